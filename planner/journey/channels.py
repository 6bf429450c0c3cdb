"""The channels customers meet the business on: names in both languages, the key a
workbook writes back, and a badge legible on any screen or projector."""

from __future__ import annotations

# Channels named in practice (DOMAIN section 2): key -> (English, German, badge, colour).
# The badge is the channel's icon: a short code on its colour, legible on any system
# (emoji fonts are missing on many Linux machines and projectors' laptops).
CHANNELS: dict[str, tuple[str, str, str, str]] = {
    "email": ("E-mail", "E-Mail", "@", "#2980B9"),
    "newsletter": ("Newsletter", "Newsletter", "NL", "#2471A3"),
    "phone": ("Phone hotline", "Telefon-Hotline", "TEL", "#8E44AD"),
    "social": ("Social media", "Social Media", "#", "#C2185B"),
    "whatsapp": ("WhatsApp", "WhatsApp", "WA", "#27AE60"),
    "chatbot": ("Chatbot", "Chatbot", "BOT", "#7F8C8D"),
    "livechat": ("Live chat", "Live-Chat", "CH", "#16A085"),
    "form": ("Contact form", "Kontaktformular", "FO", "#5D6D7E"),
    "website": ("Website / FAQ", "Website / FAQ", "WEB", "#1F618D"),
    "shop": ("Online shop", "Onlineshop", "OS", "#D35400"),
    "store": ("Store / on site", "Laden / vor Ort", "LA", "#A04000"),
    "field": ("Field sales visit", "Außendienstbesuch", "AD", "#6E2C00"),
    "event": ("Events / fairs", "Events / Messen", "EV", "#B7950B"),
    "magazine": ("Customer magazine", "Kundenmagazin", "MAG", "#7D6608"),
    "webinar": ("Seminar / webinar", "Seminar / Webinar", "SEM", "#117864"),
    "community": ("Community", "Community", "COM", "#1E8449"),
    "loyalty": ("Loyalty card / app", "Kundenkarte / App", "KK", "#B03A2E"),
    "workshop": ("Workshop / service", "Werkstatt / Service", "WS", "#566573"),
}


def channel_label(channel: str, language: str) -> str:
    """Known channel keys in the user's language; free text as typed."""
    entry = CHANNELS.get(channel)
    if entry is None:
        return channel
    return entry[1] if language == "de" else entry[0]


def channel_key(text: str) -> str:
    """A channel as a workbook or a user writes it back: a known channel's name in either
    language (or its key) gives the key, any other text stays as typed."""
    word = text.strip()
    lower = word.lower()
    for key, (english, german, _badge, _colour) in CHANNELS.items():
        if lower in (key, english.lower(), german.lower()):
            return key
    return word


def channel_badge(channel: str) -> tuple[str, str]:
    """(short code, colour) of a channel; free-text channels get their first letters."""
    entry = CHANNELS.get(channel)
    if entry is None:
        return (channel[:2].upper() or "?"), "#7F8C8D"
    return entry[2], entry[3]

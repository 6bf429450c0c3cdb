"""The demo bicycle shop's team and customer journey (about 20 touchpoints, both languages).

Emotions and pain points follow what the personas say: booking the workshop in spring and
waiting for repairs hurt most, the first ride and the personal advice delight.
"""

from __future__ import annotations

from planner import journey as j
from planner.journey.lanes import set_stage_lanes
from planner.model import Stage, TeamMember, Touchpoint
from planner.store import ProjectStore

TEAM = {
    "en": [
        ("Katrin Lindner", "Owner, marketing", "katrin@radhaus-lindner.de"),
        ("Jonas Weber", "Workshop manager", "jonas@radhaus-lindner.de"),
        ("Mira Schulz", "Sales and shop", "mira@radhaus-lindner.de"),
        ("Tom Becker", "Online shop and social media", "tom@radhaus-lindner.de"),
    ],
    "de": [
        ("Katrin Lindner", "Inhaberin, Marketing", "katrin@radhaus-lindner.de"),
        ("Jonas Weber", "Werkstattleiter", "jonas@radhaus-lindner.de"),
        ("Mira Schulz", "Verkauf und Laden", "mira@radhaus-lindner.de"),
        ("Tom Becker", "Onlineshop und Social Media", "tom@radhaus-lindner.de"),
    ],
}

# (stage index, channel, owner index, emotion, personas (indexes), English, German)
# texts: (name, description, pain points, ideas, wait target)
TOUCHPOINTS = [
    (
        0,
        "social",
        3,
        0,
        (),
        ("Instagram reels of local tours", "Tour videos around Freiburg", "", "Feature customers' own rides", ""),
        ("Instagram-Reels lokaler Touren", "Tourenvideos rund um Freiburg", "", "Touren von Kunden zeigen", ""),
    ),
    (
        0,
        "event",
        0,
        1,
        (1, 2),
        ("Bike day at the farmers' market", "Test rides for families and commuters", "", "Repeat in autumn", ""),
        ("Radtag auf dem Wochenmarkt", "Probefahrten für Familien und Pendler", "", "Im Herbst wiederholen", ""),
    ),
    (
        1,
        "website",
        3,
        -1,
        (),
        (
            "Website: opening hours and offers",
            "First look for most new customers",
            "Not mobile friendly; prices missing",
            "Show prices and stock",
            "",
        ),
        (
            "Website: Öffnungszeiten und Angebote",
            "Erster Blick für die meisten Neukunden",
            "Nicht mobilfreundlich; Preise fehlen",
            "Preise und Bestand zeigen",
            "",
        ),
    ),
    (
        1,
        "social",
        3,
        1,
        (0, 2),
        ("Recommendations in the cycling club", "Word of mouth in the Strava club", "", "Club discount", ""),
        ("Empfehlungen im Radclub", "Mundpropaganda im Strava-Club", "", "Club-Rabatt", ""),
    ),
    (
        2,
        "phone",
        2,
        -1,
        (3,),
        (
            "Phone call for advice",
            "Older customers call before they come",
            "Line often busy on Saturdays",
            "Call-back service",
            "answer within 1 hour",
        ),
        (
            "Telefonische Beratung",
            "Ältere Kunden rufen vorher an",
            "Samstags oft besetzt",
            "Rückrufservice",
            "Antwort innerhalb 1 Stunde",
        ),
    ),
    (
        2,
        "whatsapp",
        3,
        1,
        (0,),
        (
            "WhatsApp questions",
            "Quick questions about parts and e-bikes",
            "",
            "Answer templates",
            "answer within 2 hours",
        ),
        (
            "WhatsApp-Fragen",
            "Schnelle Fragen zu Teilen und E-Bikes",
            "",
            "Antwortvorlagen",
            "Antwort innerhalb 2 Stunden",
        ),
    ),
    (
        2,
        "website",
        3,
        -1,
        (),
        (
            "Comparing e-bikes online",
            "Customers compare models on the web",
            "No comparison table",
            "Comparison page for our brands",
            "",
        ),
        (
            "E-Bikes online vergleichen",
            "Kunden vergleichen Modelle im Netz",
            "Keine Vergleichstabelle",
            "Vergleichsseite für unsere Marken",
            "",
        ),
    ),
    (
        3,
        "store",
        2,
        2,
        (),
        (
            "Personal advice in the shop",
            "Time, honesty and a test ride",
            "",
            "Book advice slots online",
            "no wait over 10 minutes",
        ),
        (
            "Persönliche Beratung im Laden",
            "Zeit, Ehrlichkeit und eine Probefahrt",
            "",
            "Beratungstermine online buchbar",
            "keine Wartezeit über 10 Minuten",
        ),
    ),
    (
        3,
        "store",
        1,
        1,
        (2,),
        ("Bike fitting", "Measured fit for road bikes", "", "Offer to e-bike buyers too", ""),
        ("Bike-Fitting", "Vermessung für Rennräder", "", "Auch E-Bike-Käufern anbieten", ""),
    ),
    (
        3,
        "store",
        2,
        -1,
        (1,),
        (
            "Trade-in of children's bikes",
            "Families ask what the old bike is worth",
            "No clear rule; feels like haggling",
            "Fixed trade-in table",
            "",
        ),
        (
            "Inzahlungnahme von Kinderrädern",
            "Familien fragen, was das alte Rad wert ist",
            "Keine klare Regel; fühlt sich nach Feilschen an",
            "Feste Inzahlungnahme-Tabelle",
            "",
        ),
    ),
    (
        4,
        "store",
        2,
        1,
        (),
        (
            "Checkout and financing",
            "Payment, lease and insurance",
            "Lease paperwork takes 40 minutes",
            "Pre-filled lease forms",
            "",
        ),
        (
            "Kasse und Finanzierung",
            "Zahlung, Leasing und Versicherung",
            "Leasing-Papiere dauern 40 Minuten",
            "Vorausgefüllte Leasing-Formulare",
            "",
        ),
    ),
    (
        4,
        "shop",
        3,
        0,
        (0, 2),
        (
            "Online shop order",
            "Accessories and parts ordered online",
            "Delivery time not shown",
            "Show stock and pick-up time",
            "ship within 24 hours",
        ),
        (
            "Bestellung im Onlineshop",
            "Zubehör und Teile online bestellt",
            "Lieferzeit nicht sichtbar",
            "Bestand und Abholzeit zeigen",
            "Versand innerhalb 24 Stunden",
        ),
    ),
    (
        5,
        "store",
        2,
        2,
        (),
        ("Handover and first ride", "Bike set up, explained and ridden together", "", "Photo for social media", ""),
        (
            "Übergabe und erste Fahrt",
            "Rad eingestellt, erklärt und gemeinsam gefahren",
            "",
            "Foto für Social Media",
            "",
        ),
    ),
    (
        5,
        "workshop",
        1,
        -2,
        (0, 3),
        (
            "Booking the workshop in spring",
            "Service and repairs",
            "Booked out for three weeks in spring",
            "Online booking, spring pre-check in February",
            "repair within 24 hours",
        ),
        (
            "Werkstatttermin im Frühjahr",
            "Inspektion und Reparaturen",
            "Im Frühjahr drei Wochen ausgebucht",
            "Online-Buchung, Frühjahrs-Check im Februar",
            "Reparatur innerhalb 24 Stunden",
        ),
    ),
    (
        5,
        "workshop",
        1,
        -1,
        (0,),
        (
            "Waiting for a repair",
            "No bike while it is in the workshop",
            "No loan bike; nobody calls back",
            "Loan bikes, SMS when ready",
            "status message same day",
        ),
        (
            "Warten auf die Reparatur",
            "Kein Rad, solange es in der Werkstatt ist",
            "Kein Leihrad; niemand ruft zurück",
            "Leihräder, SMS wenn fertig",
            "Statusnachricht am selben Tag",
        ),
    ),
    (
        5,
        "email",
        0,
        0,
        (),
        (
            "Invoice and warranty e-mail",
            "Documents after the purchase",
            "Invoice hard to read",
            "Clear invoice layout",
            "",
        ),
        (
            "Rechnung und Garantie per E-Mail",
            "Unterlagen nach dem Kauf",
            "Rechnung schwer lesbar",
            "Klares Rechnungslayout",
            "",
        ),
    ),
    (
        5,
        "phone",
        1,
        0,
        (3,),
        (
            "Help with the e-bike display",
            "Questions after the first weeks",
            "Customers feel embarrassed to ask",
            "Short video guides",
            "answer within 1 day",
        ),
        (
            "Hilfe beim E-Bike-Display",
            "Fragen nach den ersten Wochen",
            "Kunden ist die Frage peinlich",
            "Kurze Videoanleitungen",
            "Antwort innerhalb 1 Tag",
        ),
    ),
    (
        6,
        "newsletter",
        0,
        0,
        (),
        (
            "Seasonal newsletter",
            "Tours, offers, service reminders",
            "Same mail for everyone",
            "Segment by bike type",
            "",
        ),
        (
            "Saison-Newsletter",
            "Touren, Angebote, Service-Erinnerungen",
            "Gleiche Mail für alle",
            "Nach Radtyp segmentieren",
            "",
        ),
    ),
    (
        6,
        "loyalty",
        0,
        1,
        (),
        ("Loyalty card", "Points on parts and service", "", "Free spring check for members", ""),
        ("Kundenkarte", "Punkte auf Teile und Service", "", "Kostenloser Frühjahrs-Check für Mitglieder", ""),
    ),
    (
        6,
        "event",
        1,
        2,
        (2, 3),
        ("Repair course and club rides", "Evening courses and Sunday rides", "", "Family ride in summer", ""),
        ("Reparaturkurs und Clubausfahrten", "Abendkurse und Sonntagsausfahrten", "", "Familienausfahrt im Sommer", ""),
    ),
    (
        6,
        "email",
        1,
        -1,
        (),
        (
            "Service reminder",
            "Reminder of the yearly service",
            "Comes when the workshop is already full",
            "Send in winter with a discount",
            "",
        ),
        (
            "Service-Erinnerung",
            "Erinnerung an die jährliche Inspektion",
            "Kommt, wenn die Werkstatt schon voll ist",
            "Im Winter mit Rabatt verschicken",
            "",
        ),
    ),
]


# what the customer does, thinks and feels per stage, and what the shop does backstage (issue 34)
LANES = {
    "en": [
        {"doing": "Rides an old bike or drives", "thinking": "Do I need a new bike?", "feeling": "Indifferent"},
        {
            "doing": "Sees reels, hears from colleagues",
            "thinking": "An e-bike for the commute?",
            "feeling": "Curious",
            "backstage": "Posts two reels a week",
        },
        {
            "doing": "Compares online shops and the website",
            "thinking": "Who can repair it quickly?",
            "feeling": "Unsure, overwhelmed by choice",
            "backstage": "Keeps opening hours and prices current",
        },
        {
            "doing": "Test-rides in the shop, bike fitting",
            "thinking": "Is it worth the price?",
            "feeling": "Excited",
            "backstage": "Books test bikes, prepares the fitting",
        },
        {
            "doing": "Pays, signs the leasing papers",
            "thinking": "Hopefully it's quick",
            "feeling": "Impatient",
            "backstage": "Prepares the leasing forms in advance",
        },
        {
            "doing": "Rides daily, brings it in for service",
            "thinking": "When will I get it back?",
            "feeling": "Annoyed when the workshop is full",
            "backstage": "Plans workshop slots, texts when ready",
        },
        {
            "doing": "Buys accessories, recommends the shop",
            "thinking": "They know me here",
            "feeling": "Loyal",
            "backstage": "Customer card, service reminder",
        },
    ],
    "de": [
        {"doing": "Fährt ein altes Rad oder Auto", "thinking": "Brauche ich ein neues Rad?", "feeling": "Gleichgültig"},
        {
            "doing": "Sieht Reels, hört von Kollegen",
            "thinking": "Ein E-Bike für den Arbeitsweg?",
            "feeling": "Neugierig",
            "backstage": "Zwei Reels pro Woche",
        },
        {
            "doing": "Vergleicht Onlineshops und die Website",
            "thinking": "Wer repariert schnell?",
            "feeling": "Unsicher, von der Auswahl erschlagen",
            "backstage": "Öffnungszeiten und Preise aktuell halten",
        },
        {
            "doing": "Probefahrt im Laden, Bike-Fitting",
            "thinking": "Ist es den Preis wert?",
            "feeling": "Begeistert",
            "backstage": "Testräder buchen, Fitting vorbereiten",
        },
        {
            "doing": "Bezahlt, unterschreibt den Leasingvertrag",
            "thinking": "Hoffentlich geht es schnell",
            "feeling": "Ungeduldig",
            "backstage": "Leasing-Formulare vorab vorbereiten",
        },
        {
            "doing": "Fährt täglich, bringt es zum Service",
            "thinking": "Wann bekomme ich es zurück?",
            "feeling": "Verärgert, wenn die Werkstatt voll ist",
            "backstage": "Werkstatttermine planen, SMS bei Fertigstellung",
        },
        {
            "doing": "Kauft Zubehör, empfiehlt den Laden",
            "thinking": "Hier kennt man mich",
            "feeling": "Treu",
            "backstage": "Kundenkarte, Service-Erinnerung",
        },
    ],
}


def add_demo_journey(store: ProjectStore, language: str, persona_ids: list[int]) -> None:
    members = [j.insert_member(store, TeamMember(name=n, role=r, email=e)) for n, r, e in TEAM[language]]
    stage_ids = [j.insert_stage(store, Stage(name=name)).id for name in j.DEFAULT_STAGES[language]]
    for stage_id, lanes in zip(stage_ids, LANES[language], strict=True):
        set_stage_lanes(store, stage_id, lanes)
    for stage, channel, owner, emotion, personas, en, de in TOUCHPOINTS:
        name, description, pains, ideas, wait = de if language == "de" else en
        j.insert_touchpoint(
            store,
            Touchpoint(
                stage_id=stage_ids[stage],
                channel=channel,
                name=name,
                description=description,
                owner_id=members[owner].id,
                emotion=emotion,
                pain_points=pains,
                ideas=ideas,
                wait_target=wait,
                personas=tuple(persona_ids[i] for i in personas if i < len(persona_ids)),
            ),
        )

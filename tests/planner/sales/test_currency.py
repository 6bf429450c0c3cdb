"""The currency is guessed from money signs, else from the country column; no guess
rather than a wrong one."""

from __future__ import annotations

import pandas as pd

from planner.sales.currency import guess_currency


def test_signs_in_the_amount_column_decide() -> None:
    frame = pd.DataFrame({"Betrag": ["1.299,00 €", "19,90 €", "49,00"], "Land": ["UK", "UK", "UK"]})
    guess = guess_currency(frame, {"amount": "Betrag"})
    # two of three amounts carry €: a majority, and signs beat the country column
    assert guess is not None and (guess.code, guess.source, guess.evidence) == ("EUR", "sign", "€")


def test_us_dollar_and_pound_signs() -> None:
    assert guess_currency(pd.DataFrame({"Sales": ["$10.00", "$5.50"]}), {"amount": "Sales"}).code == "USD"
    assert guess_currency(pd.DataFrame({"Price": ["£2.55", "£3.39"]}), {"unit_price": "Price"}).code == "GBP"


def test_the_country_column_decides_when_there_are_no_signs() -> None:
    # Online Retail: numbers without signs, 9 in 10 rows from the United Kingdom
    frame = pd.DataFrame({"UnitPrice": [2.55] * 10, "Country": ["United Kingdom"] * 9 + ["France"]})
    guess = guess_currency(frame, {"unit_price": "UnitPrice"})
    assert guess is not None and (guess.code, guess.source, guess.evidence) == ("GBP", "country", "United Kingdom")
    # the mapped region column counts too, if it holds countries
    frame = pd.DataFrame({"Gebiet": ["Deutschland", "Deutschland", "Österreich"]})
    assert guess_currency(frame, {"region": "Gebiet"}).code == "EUR"


def test_no_guess_rather_than_a_wrong_one() -> None:
    # numbers without signs and no country column
    assert guess_currency(pd.DataFrame({"Amount": [1.0, 2.0]}), {"amount": "Amount"}) is None
    # countries split evenly: no majority
    frame = pd.DataFrame({"Country": ["Germany", "United Kingdom", "USA", "France"]})
    assert guess_currency(frame, {}) is None
    # a country whose currency we do not know
    assert guess_currency(pd.DataFrame({"Country": ["Japan", "Japan"]}), {}) is None
    # a few signs among many plain amounts are no majority
    frame = pd.DataFrame({"Amount": ["$1"] + ["2"] * 5})
    assert guess_currency(frame, {"amount": "Amount"}) is None


def test_a_currency_column_beats_the_country() -> None:
    # Shopify writes the shop's currency on each order ("Currency": EUR) and ships abroad:
    # the billing country (mostly Switzerland here) does not say what the amounts are in
    frame = pd.DataFrame({"Total": [10.0, 20.0, 5.0], "Currency": ["EUR", "EUR", ""], "Country": ["CH", "CH", "DE"]})
    guess = guess_currency(frame, {"amount": "Total"})
    assert guess is not None and (guess.code, guess.source, guess.evidence, guess.column) == (
        "EUR",
        "column",
        "EUR",
        "Currency",
    )
    # a "Währung" column of words, not codes, is no evidence: the country decides
    frame = pd.DataFrame({"Währung": ["Euro", "Euro"], "Land": ["Schweiz", "Schweiz"]})
    assert guess_currency(frame, {}).code == "CHF"

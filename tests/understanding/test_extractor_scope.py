"""The extractors' general mechanisms, with phrasings written for these tests.

Addresses and links are masked before any cue; cues match whole words; a negation counts only in
the clause it governs; tier names are contracts, not wishes; an explicit numbered version beats a
later bare stage; an explicit day beats a month name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.classify import classify
from bot.understand.dates import not_before
from bot.understand.money import cash_funded
from bot.understand.normalize import cue, mask_links, mask_tiers
from bot.understand.trim import new_text
from bot.understand.versions import target_version

WRITTEN = dt.date(2026, 11, 20)


def _nb(text: str, *, migration: bool = True) -> str | None:
    found = not_before(text, WRITTEN, scheduled=True, migration=migration)
    return found.isoformat() if found else None


# ------------------------------------------------------------------ masking and word boundaries
def test_cues_match_whole_words_and_stems() -> None:
    pattern = cue("go", "annul*")
    assert pattern.search("ok, go")
    assert not pattern.search("two days ago")
    assert pattern.search("merci d'annuler")
    assert not pattern.search("ergo")


def test_addresses_and_links_are_masked() -> None:
    masked = mask_links(
        "Écrire à compta@aeroclub.test ou voir https://aeroclub.fr/v4/2027-05-02 et www.x.be/a"
    )
    assert ".test" not in masked and "2027" not in masked and "v4" not in masked and "x.be" not in masked
    assert "@" in masked  # still an address for the rules that look for one


def test_an_address_on_a_test_domain_is_not_a_test_platform_request() -> None:
    found = classify(
        "Question", "Nos pilotes ne voient plus leurs réservations, écrire à chef.pilote@vol-libre.test"
    )
    assert found.kind != "test_platform"
    assert classify("Demande", "Pourriez-vous nous créer vol-libre.test ?").kind == "test_platform"


def test_a_link_gives_neither_a_date_nor_a_version() -> None:
    text = "Nous voulons migrer, le compte rendu est sur https://club.example/ag/2027/04/30/passage-v4.html"
    assert _nb(text) is None
    assert target_version(text) is None


# ------------------------------------------------------------------ tiers are not priority
@pytest.mark.parametrize(
    "text",
    [
        "Nous sommes en First Price et prêts à payer la migration.",
        "Notre abonnement Première : pouvons-nous payer la facture par virement ?",
        "We are on the Corporate plan and would pay the invoice by card.",
    ],
)
def test_a_tier_name_is_not_a_cash_offer(text: str) -> None:
    assert cash_funded(text) is False


def test_tier_masking_keeps_ordinary_words() -> None:
    assert "xtier" in mask_tiers("Nous avons l'abonnement Première.")
    assert "xtier" in mask_tiers("We are on First Price.")
    assert "première fois" in mask_tiers("C'est la première fois que nous écrivons.")
    assert "en première position" in mask_tiers("Nous voudrions passer en première position.")


# ------------------------------------------------------------------ negation scope in cash offers
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au cas où le forfait ne couvre pas tout, le club réglera la différence.", True),
        ("Si cela ne suffit pas, nous pourrions payer un complément.", True),
        ("N'hésitez pas à nous facturer en plus pour aller plus vite.", True),
        ("Le club ne paiera pas de supplément pour passer avant.", False),
        ("We cannot pay extra to be served sooner.", False),
        ("Payer pour être prioritaires ? Hors de question.", False),
    ],
)
def test_cash_offer_negation_is_read_in_its_clause(text: str, expected: bool) -> None:
    assert cash_funded(text) is expected


# ------------------------------------------------------------------ versions
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nous aimerions la 4.0alpha ; l'alpha est-elle utilisable en production ?", "4.0alpha"),
        ("Could we move to 4.0 beta? Our instructors have heard the beta is fine.", "4.0beta"),
        ("Passage en beta souhaité, nous sommes aujourd'hui en 3.6.", "beta"),
    ],
)
def test_an_explicit_numbered_version_beats_a_later_bare_stage(text: str, expected: str) -> None:
    assert target_version(text) == expected


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Migration souhaitée le 9 février, en tout cas pas avant février.", "2027-02-09"),
        ("Pas avant janvier, le 11 idéalement.", "2027-01-11"),
        ("Surtout pas avant avril ; nous visons le 6 avril.", "2027-04-06"),
        ("Pas avant le 2 mars, ni avant mars en général.", "2027-03-02"),
        ("Pas avant mai, mais au plus tard le 20 mai.", "2027-05-01"),  # a deadline refines nothing
    ],
)
def test_an_explicit_day_beats_a_month_name(text: str, expected: str) -> None:
    assert _nb(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il faudrait que ce soit fait au plus tard le 14 janvier.", None),
        ("Could it be done before 8 January?", None),
        ("Nous aimerions que ce soit terminé avant le 3 février.", None),
        ("Merci de ne surtout rien toucher avant le 3 février.", "2027-02-03"),
        ("We'd rather you didn't start before 8 January.", "2027-01-08"),
        ("Nous ne savons pas si le bureau pourra valider avant le 3 février.", None),
        ("C'est plus avantageux pour nous d'attendre, disons le 3 février.", "2027-02-03"),
    ],
)
def test_deadlines_are_not_boundaries_and_negation_has_a_scope(text: str, expected: str | None) -> None:
    assert _nb(text) == expected


def test_a_date_of_writing_in_a_formal_letter_is_ignored() -> None:
    body = (
        "Madame, Monsieur,\n"
        "Nous demandons la migration vers la version 4, à partir du 1er mars.\n"
        "Veuillez agréer, Madame, Monsieur, l'expression de nos sincères salutations.\n"
        "Le président\nFait à Lognes, le 20 novembre 2026\n"
    )
    trimmed = new_text(body)
    assert "Lognes" not in trimmed
    assert _nb(trimmed) == "2027-03-01"
    assert _nb("Migration vers la 4.\nFait à Lognes, le 28 novembre 2026") is None

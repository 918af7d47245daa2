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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # week numbers: the Monday of that ISO week
        ("Pas avant la semaine 6, merci.", "2027-02-08"),
        ("Not before week 3 of 2027 please.", "2027-01-18"),
        # day.month with two digits each (a version such as 3.6 is not a date)
        ("Pas avant le 04.12 s'il vous plaît, nous passons en 3.6 d'abord.", "2026-12-04"),
        # a boundary word written after the date
        (
            "Nothing happens until the open day on 9 January, so the 10th of January at the earliest.",
            "2027-01-10",
        ),
        ("Le 18 janvier au plus tôt.", "2027-01-18"),
        # two boundaries: the later one binds
        ("Après le salon du 12 décembre, et à partir du 14 décembre pour être sûrs.", "2026-12-14"),
    ],
)
def test_more_ways_to_write_a_boundary(text: str, expected: str) -> None:
    assert _nb(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nous relançons notre demande de migration du 3 novembre.",  # written 20 November
        "La facture a été réglée le 9 novembre, merci de migrer.",
        "Suite à la réunion du comité du 16/11 nous voulons migrer.",
        "Please migrate; the fee was paid on 12 November.",
    ],
)
def test_a_past_event_without_a_year_is_not_next_years_date(text: str) -> None:
    assert _nb(text) is None


def test_a_signature_without_closing_keeps_its_dates_out() -> None:
    body = (
        "Bonjour,\n\nNous voulons passer en version 4 dès que possible.\n\n"
        "Armelle Dutertre\nTrésorière - Aéroclub du Lac\nProchaine AG : le 14/02/2027\nTél. 03 00 00 00 00"
    )
    assert _nb(body) is None
    kept = "Bonjour,\nMerci de migrer à partir du 8 mars.\nArmelle"
    assert _nb(kept) == "2027-03-08"


def test_a_change_that_takes_effect_on_a_day_has_a_not_before_date() -> None:
    from bot.understand.fields import Extracted

    found = Extracted("Passation\nÀ partir du 2 janvier, la responsable sera Mme Roux.", "", WRITTEN)
    assert found.not_before_for("owner_change") == dt.date(2027, 1, 2)
    assert found.not_before_for("support") is None  # a start phrase alone says nothing there


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nous voulons la version 4 stable, en aucun cas la beta ni l'alpha.", "4"),
        ("We would like to move to 4.0 stable, not the beta.", "4"),
        ("Au lieu de rester sur la 3.6 comme prévu, passez-nous en beta.", "beta"),
        ("Merci de ne pas passer en version 4 avant le 2 mars.", "4"),  # the negation governs the date
    ],
)
def test_a_version_ruled_out_is_not_the_target(text: str, expected: str) -> None:
    assert target_version(text) == expected


def test_the_version_a_test_platform_client_runs_is_not_asked_for() -> None:
    assert target_version("Une plateforme de test svp, on est en version 4.", test_platform=True) is None
    assert target_version("Une copie de test en version 4 pour essayer.", test_platform=True) == "4"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pourriez-vous passer notre dossier en priorité ? Le club est prêt à régler l'intervention.", True),
        ("If the included hours do not cover everything, we will pay the difference.", True),
        ("Vous nous facturez deux heures au-delà du forfait sans notre accord.", False),
        # A preference for paying over spending the hours is an offer (R52).
        ("Nous préférons régler cette intervention plutôt que d'utiliser nos heures.", True),
        ("We would rather pay for this one instead of using our bonus hours.", True),
        ("Nous préférons attendre plutôt que d'utiliser nos heures maintenant.", False),
        ("We'd rather not pay for it; please use our hours.", False),
    ],
)
def test_cash_object_words_and_neighbouring_sentences(text: str, expected: bool) -> None:
    assert cash_funded(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "The committee next meets on 12 January, I will come back to you then.",
        "Le bureau se réunit le 15 mars.",
        "On a fait le tour en 5 minutes.",
        "We went from 3 to 5 members on the committee.",
    ],
)
def test_a_day_or_a_count_after_a_preposition_is_not_a_version(text: str) -> None:
    assert target_version(text) is None, text


def test_a_version_beside_a_date_is_still_read() -> None:
    assert target_version("Nous voudrions passer en 4 le 15 mars.") == "4"
    assert target_version("Upgrade to 4.1beta on 2 February please") == "4.1beta"
    assert target_version("Migrer en 4 mais pas avant 2 semaines") == "4"  # "mais" is not "mai"

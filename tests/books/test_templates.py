"""Every template rendered in both languages with realistic data, read as a client would.

French: a non-breaking space before « : ; ? ! », inside « guillemets » and in « 50,00 € HT »,
amounts with two decimals, « 1er » for the first day of a month, lists on their own lines, no
English words; English: no French spacing before punctuation. Both: no template syntax, no
Python values (``None``, ``[]``), no line glued to a list item.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot.config import load_settings
from bot.hours import Balance, Usage
from bot.invoices import InvoiceView, LineView
from bot.templating import TemplateRenderer
from handlers.funding import Share
from handlers.migration import MigrationFee
from handlers.resource_change import NewTypeHour

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
INVOICED = {
    ("migration", "invoice"),
    ("migration", "setup_invoice"),
    ("resource_change", "add"),
}  # mails that always carry one
FIRST = dt.date(2027, 4, 1)  # a first of the month: « le 1er avril 2027 »


def templates(lang: str) -> list[tuple[str, str]]:
    return sorted(
        (path.parent.name, path.name.removesuffix(".txt.j2"))
        for path in (TEMPLATES / lang).glob("*/*.txt.j2")
    )


def invoice(lang: str) -> InvoiceView:
    label = (
        "Migration de la plateforme mermoz-ulm vers la version 4"
        if lang == "fr"
        else "Migration to version 4"
    )
    return InvoiceView(
        "F-2027-0012",
        "mermoz-ulm",
        "OF-2027-0042",
        "migration",
        (
            LineView(label, Decimal(1), Decimal(50), Decimal("0.2"), Decimal("50.00")),
            LineView(label, Decimal("1.5"), Decimal(1200), Decimal("0.2"), Decimal("1800.00")),
        ),
        "EUR",
        "issued",
        None,
        dt.datetime(2027, 4, 1, 8, 0, tzinfo=dt.UTC),
        None,
        None,
    )


def context(lang: str, full: bool, required_invoice: bool = False) -> dict[str, Any]:
    settings = load_settings(path=None, env={"OFBOT_CONFIG": "/dev/null"})
    subject = "Export comptable" if lang == "fr" else "Accounting export"
    client = SimpleNamespace(
        platform="mermoz-ulm",
        structure="ULM Club Mermoz",
        tier="first_price",
        version="3.5",
        resources=2,
        responsible_name="Paul Martin",
        responsible_email="paul@mermoz-ulm.example",
        client_email="ulm@mermoz-ulm.example",
        contact_email="bureau@mermoz-ulm.example",
        resource_price=Decimal(100),
    )
    request = SimpleNamespace(
        ref="OF-2027-0042",
        subject=subject,
        not_before=FIRST if full else None,
        target_version="4" if full else None,
        estimate_hours=Decimal("2.5"),
        estimated_at=dt.datetime(2027, 3, 1, 9, tzinfo=dt.UTC),
        language=lang,
        fee=Decimal(50),
    )
    usages = (
        Usage("OF-2027-0001", subject, Decimal("1.5")),
        Usage("-", "", Decimal("-1"), "adjust", "geste commercial" if lang == "fr" else "goodwill"),
        Usage("OF-2027-0003", subject, Decimal("-1.5"), "credit"),
        Usage("OF-2027-0004", subject, Decimal(2), "pool"),
    )
    balance = Balance("mermoz-ulm", 2027, Decimal(5), Decimal("1.5"), Decimal("2.5"), usages if full else ())
    share = Share("saint-ex", 1, Decimal(5), Decimal(5), Decimal(10))
    check = SimpleNamespace(
        letters=["courrier.pdf"] if full else [],
        official=["kbis.pdf"] if full else [],
        unclear=["scan.jpg"] if full else [],
        has_official=full,
        has_letter=full,
    )
    info = SimpleNamespace(
        check=check,
        company=full,
        new_name="Jeanne Roux" if full else None,
        new_email="jeanne@mermoz-ulm.example",
    )
    earlier = [SimpleNamespace(ref="OF-2027-0002", subject=subject)] * (2 if full else 1)
    return {
        "settings": settings,
        "client": client,
        "request": request,
        "ref": request.ref,
        "requester": client,
        "amount": Decimal("90"),
        "balance": balance,
        "billed_hours": Decimal("1.5") if full else Decimal(0),
        "count": 2,
        "current": "3.5",
        "day": FIRST,
        "deducted": Decimal("2.5") if full else Decimal(0),
        "development": full,
        "earlier": earlier,
        "expires": dt.date(2027, 12, 31),
        "expires_on": FIRST,
        "fee": MigrationFee(Decimal(50), "first_price") if full else MigrationFee(Decimal(0), "included"),
        "forum_url": settings.policy.forum_url,
        "hourly_rate": Decimal(60),
        "hours": Decimal("2.5"),
        "info": info,
        "invoice": invoice(lang) if full or required_invoice else None,
        "manual_fee": Decimal(30) if full else Decimal(0),
        "new_type": NewTypeHour(Decimal(1), invoice(lang)) if full else None,
        "old_email": "ancien@mermoz-ulm.example",
        "old_name": "Paul Martin",
        "on_36": full,
        "previous": FIRST if full else None,
        "questionnaire": settings.policy.questionnaire_url if full else None,
        "reason": "demande hors périmètre" if lang == "fr" else "out of scope",
        "remaining": Decimal(3),
        "remaining_after": Decimal(0),
        "remaining_before": Decimal("2.5"),
        "renewal_year": 2028,
        "replaced": Decimal(3) if full else None,
        "resources": 2,
        "same_addresses": full,
        "setup": "subscribed" if full else None,
        "setup_package": Decimal(0) if full else Decimal(300),
        "shares": (share,) if full else (),
        "tariff": Decimal(40) if full else Decimal(0),
        "target": "4",
        "text": "Bonjour, voici notre réponse." if lang == "fr" else "Hello, here is our answer.",
        "unit_price": Decimal(120),
        "url": "https://mermoz-ulm.new.openflyers.com/",
        "valid_until": FIRST,
        "wants_of4": full,
        "year": 2027,
    }


ENGLISH = re.compile(r"\b(?:the|your|please|invoice|hours|excl|thank|request|we)\b", re.IGNORECASE)
URLS = re.compile(r"https?://\S+|\S+@\S+")


def french_problems(text: str) -> list[str]:
    found: list[str] = []
    plain = URLS.sub("URL", re.sub(r"^Re: ", "", text))  # "Re:" is the mail convention, not prose
    for match in re.finditer(r"(.)([:;?!])", plain):
        if match.group(1) not in "\u00a0\u202f":
            found.append(
                f"no non-breaking space before {match.group(2)!r}: {plain[max(0, match.start() - 30) : match.end() + 5]!r}"
            )
    if re.search(r"« |«(?!\u00a0)| »", plain):
        found.append("guillemets without non-breaking spaces")
    for match in re.finditer(r"€", plain):
        before = plain[max(0, match.start() - 6) : match.start()]
        if not re.search(r"\d,\d\d\u00a0$", before):
            found.append(
                f"amount not written 12,50\u00a0€: {plain[max(0, match.start() - 12) : match.end() + 4]!r}"
            )
    if re.search(r"€ (?:HT|TTC)", plain):
        found.append("breaking space in « € HT »")
    if re.search(r"\ble 1 [a-zé]", plain) or re.search(r"\b1 (?:avril|janvier)", plain):
        found.append("« 1 avril » instead of « 1er avril »")
    english = ENGLISH.findall(plain)
    if english:
        found.append(f"English words in French mail: {english}")
    return found


def common_problems(text: str) -> list[str]:
    found: list[str] = []
    for token in ("{{", "}}", "{%", "None", "[]", "()", "Decimal("):
        if token in text:
            found.append(f"leftover {token!r}")
    for line in text.splitlines():
        if re.search(r"[:;.,!?»\u00a0\u202f]\s*- \S", line) or re.search(r"\S- \[", line):
            found.append(f"list glued to its sentence: {line!r}")
    if "\n\n\n" in text:
        found.append("two blank lines in a row")
    return found


@pytest.mark.parametrize("full", [True, False], ids=["full", "minimal"])
@pytest.mark.parametrize(("kind", "event"), templates("fr"))
def test_french_template_reads_right(kind: str, event: str, full: bool) -> None:
    rendered = TemplateRenderer().render("fr", kind, event, **context("fr", full, (kind, event) in INVOICED))
    text = f"{rendered.subject}\n{rendered.body}"
    assert french_problems(text) + common_problems(text) == []


@pytest.mark.parametrize("full", [True, False], ids=["full", "minimal"])
@pytest.mark.parametrize(("kind", "event"), templates("en"))
def test_english_template_reads_right(kind: str, event: str, full: bool) -> None:
    rendered = TemplateRenderer().render("en", kind, event, **context("en", full, (kind, event) in INVOICED))
    text = f"{rendered.subject}\n{rendered.body}"
    problems = common_problems(text)
    plain = URLS.sub("URL", text.replace('"Mot de passe oublié ?"', "UI"))  # the French button's label
    if re.search(r"[ \u00a0\u202f][:;?!]", plain):
        problems.append("French spacing before punctuation in English mail")
    if re.search(r"\d[ \u00a0]€", text):
        problems.append("French amount in English mail")
    assert problems == []


def test_every_template_exists_in_both_languages() -> None:
    assert templates("fr") == templates("en")


def test_first_of_the_month() -> None:
    from bot.templating import format_date

    assert format_date(dt.date(2027, 4, 1), "fr") == "1er avril 2027"
    assert format_date(dt.date(2027, 4, 2), "fr") == "2 avril 2027"
    assert format_date(dt.date(2027, 4, 1), "en") == "April 1, 2027"

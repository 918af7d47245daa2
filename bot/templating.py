"""Every sentence a client reads comes from ``templates/<lang>/<kind>/<event>.txt.j2``.

A template's first line is ``Subject: ...``; the rest, after one blank line, is the body.
Handlers pass data only. French is the default; English when the client writes in English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import jinja2

from bot.formats import format_date, format_hours, format_money, format_percent, format_quantity

__all__ = [
    "Rendered",
    "TemplateRenderer",
    "format_date",
    "format_hours",
    "format_money",
    "format_percent",
    "format_quantity",
    "french_typography",
]

LANGUAGES = ("fr", "en")
NBSP, NNBSP = "\u00a0", "\u202f"
_SPACE_BEFORE = re.compile(r"[ \t]+([:;?!»])")
_SPACE_AFTER = re.compile(r"«[ \t]+")
_MONEY_UNIT = re.compile(r"€ (HT|TTC)\b")


def french_typography(text: str) -> str:
    """French rules a client expects: a non-breaking space before « : » and a narrow one before
    « ; ? ! », inside « guillemets », and between an amount and « HT »/« TTC » (« 50,00 € HT »).
    Applied to every French mail, so a template written with ordinary spaces comes out right."""
    text = _SPACE_BEFORE.sub(lambda m: (NBSP if m.group(1) in ":»" else NNBSP) + m.group(1), text)
    text = _SPACE_AFTER.sub("«" + NBSP, text)
    return _MONEY_UNIT.sub("€" + NBSP + r"\1", text)


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


@jinja2.pass_context
def _quantity_filter(ctx: jinja2.runtime.Context, value: Any) -> str:
    return format_quantity(value, ctx.get("lang", "fr"))


@jinja2.pass_context
def _percent_filter(ctx: jinja2.runtime.Context, value: Any) -> str:
    return format_percent(value, ctx.get("lang", "fr"))


@jinja2.pass_context
def _hours_filter(ctx: jinja2.runtime.Context, value: Any) -> str:
    return format_hours(value, ctx.get("lang", "fr"))


@jinja2.pass_context
def _money_filter(ctx: jinja2.runtime.Context, value: Any) -> str:
    return format_money(value, ctx.get("lang", "fr"))


@jinja2.pass_context
def _date_filter(ctx: jinja2.runtime.Context, value: Any) -> str:
    return format_date(value, ctx.get("lang", "fr"))


class TemplateRenderer:
    """Loads the templates shipped in the ``templates`` package."""

    def __init__(self) -> None:
        self.env = jinja2.Environment(
            loader=jinja2.PackageLoader("templates", ""),
            autoescape=False,  # plain-text mail; nothing here is rendered as HTML
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["hours"] = _hours_filter
        self.env.filters["money"] = _money_filter
        self.env.filters["date"] = _date_filter
        self.env.filters["quantity"] = _quantity_filter
        self.env.filters["percent"] = _percent_filter

    def exists(self, lang: str, kind: str, event: str) -> bool:
        try:
            self.env.get_template(f"{lang}/{kind}/{event}.txt.j2")
        except jinja2.TemplateNotFound:
            return False
        return True

    def render(self, lang: str, kind: str, event: str, **data: Any) -> Rendered:
        lang = lang if lang in LANGUAGES else "fr"
        name = f"{lang}/{kind}/{event}.txt.j2"
        try:
            template = self.env.get_template(name)
        except jinja2.TemplateNotFound:
            template = self.env.get_template(f"fr/{kind}/{event}.txt.j2")
            lang = "fr"
        text = template.render(lang=lang, **data)
        head, _, body = text.partition("\n")
        if not head.startswith("Subject:"):
            raise ValueError(f"template {name} must start with a 'Subject:' line")
        subject = " ".join(head[len("Subject:") :].split())
        body = body.strip() + "\n"
        if lang == "fr":
            subject, body = french_typography(subject), french_typography(body)
        return Rendered(subject=subject, body=body)

"""Canned answers: common answers staff pick by name, in the client's language.

They live in ``templates/<lang>/canned/<name>.txt.j2`` like every sentence a client reads; the
``Subject:`` line is the answer's title for staff, the body is what goes inside our usual mail
(greeting and signature come from the ``staff_reply`` template around it).
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from bot.requests import find_ref
from bot.staff.errors import CommandError
from bot.templating import TemplateRenderer

if TYPE_CHECKING:
    from bot.staff.service import StaffService


def canned_names(renderer: TemplateRenderer) -> list[str]:
    folder = resources.files("templates").joinpath("fr").joinpath("canned")
    names = [p.name.removesuffix(".txt.j2") for p in folder.iterdir() if p.name.endswith(".txt.j2")]
    return sorted(names)


def render_canned(service: StaffService, ref: str, name: str) -> str:
    name = name.strip().lower()
    if name not in canned_names(service.renderer):
        raise CommandError(
            f"no canned answer {name!r}; there are: {', '.join(canned_names(service.renderer))}", usage=True
        )
    with service.sessions() as session:
        request = find_ref(session, ref)
        if request is None:
            raise CommandError(f"no request {ref.strip('[]')}")
        rendered = service.renderer.render(
            request.language,
            "canned",
            name,
            request=request,
            ref=request.ref,
            client=request.client,
            settings=service.settings,
        )
    return rendered.body.strip()

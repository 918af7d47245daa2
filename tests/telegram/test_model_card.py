"""Triage in one tap: the card shows the model's best three kinds as buttons that route the request."""

from __future__ import annotations

from collections.abc import Mapping
from zoneinfo import ZoneInfo

from bot.app import App
from bot.requests import find_ref
from bot.staff.cards import parse_button_data, render_card
from bot.staff.commands import run_command
from tests.support.mail import make_mail


class Unsure:
    model_id = "unsure"
    threshold = 0.8

    reply = None  # no reply model: the rules read replies

    def threshold_for(self, kind: str) -> float:
        return self.threshold

    def probabilities(self, subject: str, text: str) -> Mapping[str, float]:
        return {"support": 0.5, "dev_quote": 0.3, "migration": 0.15, "other": 0.05}


class Fixed:
    def current(self, session: object) -> Unsure:
        return Unsure()


def test_the_card_offers_the_best_three_kinds_and_one_tap_routes_the_request(clients: App) -> None:
    clients.ingestor.models = Fixed()  # type: ignore[assignment]
    mail = make_mail(
        "L'export ne marche plus, et pourriez-vous ajouter un export vers la paie ?", subject="Export"
    )
    data = clients.ingestor.ingest(mail, "test").explanation
    ref = str(data["request"])
    assert data["triage"] is True and data["kind"] == "support"
    with clients.sessions() as session:
        request = find_ref(session, ref)
        assert request is not None and request.state == "triage"
        card = render_card(session, request, ZoneInfo("Europe/Paris"))
    assert "Model: support 50% · dev_quote 30% · migration 15%" in card.text
    first_row = card.buttons[0]
    assert [b.label for b in first_row] == ["support 50%", "dev_quote 30%", "migration 15%"]
    press = parse_button_data(first_row[1].data)
    assert press is not None and not press.needs_value() and press.words() == ["kind", ref, "dev_quote"]
    result = run_command(clients.staff, press.words(), "telegram:4242 (Alice)")
    assert result.data["kind"] == "dev_quote" and result.data["state"] == "needs_estimate"  # type: ignore[index]
    shown = clients.staff.show(ref)
    assert shown["candidates"][1] == {"kind": "dev_quote", "p": 0.3}

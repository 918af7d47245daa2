"""The README's Postfix recipe, working: a real Postfix (an instance of its own, loopback only)
routes support@example.com, and only it, to ``ofbot run``'s LMTP listener. While ofbot is down,
Postfix defers and keeps the mail; once ofbot is back, every mail arrives, and arrives once."""

from __future__ import annotations

import smtplib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.test_service_delivery import Service, base_env, cli, wait_for
from tests.support.mail import make_mail
from tests.support.postfix import RECIPE, RELAY_RECIPIENTS, TRANSPORT, PostfixInstance, start_postfix
from tests.support.services import free_port

ROOT = Path(__file__).resolve().parents[2]
SUPPORT = "Bonjour, le planning affiche une erreur depuis ce matin, pouvez-vous regarder ?"


def test_the_readme_gives_the_tested_recipe() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert RECIPE.format(etc="/etc/postfix") in readme
    assert TRANSPORT.format(lmtp_port=8025) in readme
    assert RELAY_RECIPIENTS in readme
    assert "postmap /etc/postfix/transport /etc/postfix/relay_recipients" in readme


@pytest.fixture
def postfix_and_port() -> Iterator[tuple[PostfixInstance, int]]:
    lmtp_port = free_port()
    instance = start_postfix(lmtp_port)
    try:
        yield instance, lmtp_port
    finally:
        instance.stop()


def message_ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT message_id FROM messages ORDER BY id")]


def send(instance: PostfixInstance, recipient: str, message_id: str) -> None:
    raw = make_mail(SUPPORT, message_id=message_id, to=recipient)
    with smtplib.SMTP("127.0.0.1", instance.smtp_port, timeout=30) as smtp:
        smtp.sendmail("tresorier@mermoz.example", [recipient], raw)


def test_mail_through_postfix_arrives_once_across_an_ofbot_restart(
    tmp_path: Path, postfix_and_port: tuple[PostfixInstance, int]
) -> None:
    postfix, lmtp_port = postfix_and_port
    (tmp_path / "ofbot.toml").write_text(
        f'[mail]\naddress = "support@example.com"\n[smtp]\nlmtp = true\nport = {lmtp_port}\n',
        encoding="utf-8",
    )
    env = base_env(OFBOT_CONFIG=str(tmp_path / "ofbot.toml"), OFBOT_SMTP_PORT=str(lmtp_port))
    assert cli(tmp_path, env, "init").returncode == 0
    db = tmp_path / "ofbot.db"
    service = Service(tmp_path, env)
    service.start()
    try:
        send(postfix, "support@example.com", "<pf1@mermoz.example>")
        assert wait_for(lambda: message_ids(db) == ["<pf1@mermoz.example>"]), postfix.log()[-2000:]
        # only the support address goes to the bot: another address of the domain is refused
        with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
            send(postfix, "sales@example.com", "<pf-sales@mermoz.example>")
        assert refused.value.recipients["sales@example.com"][0] == 550

        service.stop()  # ofbot down: Postfix keeps the mail and retries
        send(postfix, "support@example.com", "<pf2@mermoz.example>")
        assert wait_for(lambda: "status=deferred" in postfix.log(), timeout=60), postfix.log()[-2000:]
        assert "pf2@mermoz.example" not in " ".join(message_ids(db))
        assert "support@example.com" in postfix.queue()

        service.start()
        postfix.flush()  # what an operator may do; Postfix's own retry comes within seconds here
        assert wait_for(lambda: len(message_ids(db)) == 2, timeout=60), postfix.log()[-2000:]
        assert wait_for(lambda: "Mail queue is empty" in postfix.queue(), timeout=60), postfix.queue()
    finally:
        service.stop()
    assert message_ids(db) == ["<pf1@mermoz.example>", "<pf2@mermoz.example>"]  # each once
    assert "status=sent" in postfix.log()

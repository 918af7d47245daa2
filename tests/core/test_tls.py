"""TLS: STARTTLS on the listener, implicit TLS (465-style) and STARTTLS to the relay, certificates
verified by default. The certificate is self-signed, generated for each test run with openssl."""

from __future__ import annotations

import asyncio
import shutil
import smtplib
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope, Session
from sqlalchemy import select

from bot.app import App
from bot.config import ConfigError, load_settings
from bot.outbox import DeliveryError, SmtpRelayTransport
from bot.smtp import DeskHandler, start_listener
from storage.models import Message, OutboxMail
from tests.support.mail import make_mail
from tests.support.services import free_port


@dataclass(frozen=True)
class Cert:
    cert: Path
    key: Path


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> Cert:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return Cert(cert, key)


class TlsListener:
    """The desk's listener with STARTTLS, in its own loop thread."""

    def __init__(self, app: App, cert: Cert, require: bool) -> None:
        self.port = free_port()
        self.settings = replace(
            app.settings.smtp,
            port=self.port,
            tls_cert=str(cert.cert),
            tls_key=str(cert.key),
            require_tls=require,
        )
        self.handler = DeskHandler(app.ingestor, self.settings.domains, lambda: None)
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        assert self.ready.wait(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.server = self.loop.run_until_complete(start_listener(self.settings, self.handler))
        self.ready.set()
        self.loop.run_forever()

    async def _shutdown(self) -> None:
        self.server.close()
        await self.server.wait_closed()

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


def test_listener_offers_starttls_and_can_require_it(app: App, cert: Cert) -> None:
    trusted = ssl.create_default_context(cafile=str(cert.cert))
    listener = TlsListener(app, cert, require=True)
    try:
        with smtplib.SMTP("localhost", listener.port, timeout=10) as smtp:
            smtp.ehlo()
            assert smtp.has_extn("starttls")
            assert smtp.mail("tresorier@mermoz.example")[0] == 530  # no MAIL before STARTTLS
        with smtplib.SMTP("localhost", listener.port, timeout=10) as smtp:
            smtp.starttls(context=trusted)
            refused = smtp.sendmail(
                "tresorier@mermoz.example", ["support@localhost"], make_mail("Bonjour, test TLS.")
            )
        assert refused == {}
    finally:
        listener.close()
    with app.sessions() as session:
        assert len(session.scalars(select(Message)).all()) == 1


def test_listener_beyond_loopback_needs_tls_unless_allowed(tmp_path: Path, cert: Cert) -> None:
    config = tmp_path / "ofbot.toml"
    config.write_text("", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"smtp\.host"):
        load_settings(config, env={"OFBOT_SMTP_HOST": "0.0.0.0"})
    assert load_settings(config, env={"OFBOT_SMTP_HOST": "0.0.0.0", "OFBOT_SMTP_ALLOW_PLAINTEXT": "1"})
    env = {
        "OFBOT_SMTP_HOST": "0.0.0.0",
        "OFBOT_SMTP_TLS_CERT": str(cert.cert),
        "OFBOT_SMTP_TLS_KEY": str(cert.key),
    }
    assert load_settings(config, env=env).smtp.tls_cert == str(cert.cert)
    with pytest.raises(ConfigError, match=r"smtp\.tls_key"):
        load_settings(config, env={"OFBOT_SMTP_TLS_CERT": str(cert.cert)})


@dataclass
class Capture:
    received: list[Envelope] = field(default_factory=list)

    async def handle_DATA(self, server: object, session: Session, envelope: Envelope) -> str:
        self.received.append(envelope)
        return "250 OK"


@pytest.fixture
def tls_relays(cert: Cert) -> Iterator[tuple[Capture, int, int]]:
    """One relay with implicit TLS, one with STARTTLS, both on the test certificate."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert.cert), str(cert.key))
    capture = Capture()
    implicit_port, starttls_port = free_port(), free_port()
    implicit = Controller(capture, hostname="127.0.0.1", port=implicit_port, ssl_context=context)
    starttls = Controller(
        capture, hostname="127.0.0.1", port=starttls_port, tls_context=context, require_starttls=True
    )
    implicit.start()
    starttls.start()
    yield capture, implicit_port, starttls_port
    implicit.stop()
    starttls.stop()


def one_mail(app: App) -> OutboxMail:
    app.ingestor.ingest(make_mail("Bonjour, le planning ne s'affiche plus."), "ingest")
    with app.sessions() as session:
        mail = session.scalars(select(OutboxMail)).first()
        assert mail is not None
        session.expunge(mail)
        return mail


def test_relay_with_implicit_tls_and_starttls_verifies_the_certificate(
    clients: App, cert: Cert, tls_relays: tuple[Capture, int, int]
) -> None:
    capture, implicit_port, starttls_port = tls_relays
    mail = one_mail(clients)
    base = replace(clients.settings.outbound, relay_host="localhost", relay_ca_file=str(cert.cert))
    SmtpRelayTransport(replace(base, relay_port=implicit_port, relay_ssl=True)).send(
        mail, "support@localhost"
    )
    SmtpRelayTransport(replace(base, relay_port=starttls_port, relay_tls=True)).send(
        mail, "support@localhost"
    )
    assert len(capture.received) == 2
    untrusted = replace(base, relay_ca_file="", relay_port=implicit_port, relay_ssl=True)
    with pytest.raises(DeliveryError, match="certificate not trusted"):
        SmtpRelayTransport(untrusted).send(mail, "support@localhost")
    with pytest.raises(DeliveryError, match="certificate not trusted"):
        SmtpRelayTransport(
            replace(untrusted, relay_port=starttls_port, relay_ssl=False, relay_tls=True)
        ).send(mail, "support@localhost")
    assert len(capture.received) == 2
    lab = replace(untrusted, relay_verify=False)
    SmtpRelayTransport(lab).send(mail, "support@localhost")
    assert len(capture.received) == 3


def test_port_465_means_implicit_tls(tmp_path: Path) -> None:
    config = tmp_path / "ofbot.toml"
    config.write_text('[outbound]\nrelay_host = "smtp.example"\nrelay_port = 465\n', encoding="utf-8")
    settings = load_settings(config, env={})
    assert settings.outbound.relay_ssl and settings.outbound.relay_verify

"""``/healthz`` and ``/metrics`` of a real ``ofbot run`` while mail flows (ARCHITECTURE "More contracts")."""

from __future__ import annotations

import json
import smtplib
import urllib.error
import urllib.request
from dataclasses import replace
from pathlib import Path

from bot.app import App, build_app
from bot.metrics import health_body, health_checks
from tests.core.test_service_delivery import Service, base_env, cli, wait_for
from tests.support.mail import make_mail
from tests.support.services import free_port

SUPPORT = "Bonjour, le planning affiche une erreur depuis ce matin, pouvez-vous regarder ?"
NAMES = (
    "ofbot_messages_stored_total",
    "ofbot_messages_processed_total",
    "ofbot_messages_quarantined_total",
    "ofbot_auto_answers_total",
    "ofbot_triage_total",
    "ofbot_outbox_pending",
    "ofbot_outbox_failed",
    "ofbot_outbox_oldest_seconds",
    "ofbot_processing_seconds_bucket",
    "ofbot_staff_card_latency_seconds_bucket",
)


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def sample(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + "{") or line.startswith(name + " "):
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"{name} not in /metrics")


def test_healthz_and_metrics_while_mail_flows(tmp_path: Path) -> None:
    from tests.conftest import CLIENTS_CSV

    (tmp_path / "clients.csv").write_text(CLIENTS_CSV, encoding="utf-8")
    smtp_port, metrics_port = free_port(), free_port()
    env = base_env(
        OFBOT_CONFIG=str(tmp_path / "ofbot.toml"),
        OFBOT_SMTP_PORT=str(smtp_port),
        OFBOT_METRICS_LISTEN=f"127.0.0.1:{metrics_port}",
        OFBOT_SERVICE_WORKER_NAME="desk-1",
    )
    (tmp_path / "ofbot.toml").write_text("", encoding="utf-8")
    assert cli(tmp_path, env, "init").returncode == 0
    assert cli(tmp_path, env, "clients", "import", "clients.csv").returncode == 0
    service = Service(tmp_path, env)
    service.start()
    base = f"http://127.0.0.1:{metrics_port}"
    try:
        status, body = get(base + "/healthz")
        assert status == 200, body
        health = json.loads(body)
        assert health["status"] == "ok" and health["worker"] == "desk-1"
        assert {"database", "listener", "outbox"} <= set(health["checks"])
        get(base + "/metrics")  # the histograms count from the first scrape on
        for i in range(3):
            with smtplib.SMTP("127.0.0.1", smtp_port, timeout=10) as smtp:
                smtp.sendmail(
                    "tresorier@mermoz.example",
                    ["support@localhost"],
                    make_mail(f"{SUPPORT} ({i})", message_id=f"<metrics{i}@mermoz.example>"),
                )

        def processed() -> bool:
            return sample(get(base + "/metrics")[1], "ofbot_messages_processed_total") == 3

        assert wait_for(processed), service.log()
        _, text = get(base + "/metrics")
        for name in NAMES:
            assert name in text, name
        assert 'worker="desk-1"' in text
        assert sample(text, "ofbot_messages_stored_total") == 3
        assert sample(text, "ofbot_auto_answers_total") == 3  # one acknowledgment each
        assert sample(text, "ofbot_processing_seconds_count") == 3
        assert get(base + "/nothing")[0] == 404
    finally:
        service.stop()


def test_healthz_fails_with_503_when_a_check_fails(app: App) -> None:
    settings = replace(app.settings, smtp=replace(app.settings.smtp, port=free_port()))  # nobody listens
    checks = health_checks(settings, app.sessions)
    assert checks["database"].ok and not checks["listener"].ok
    status, body = health_body(settings, checks)
    assert status == 503 and json.loads(body)["status"] == "failing"


def test_histograms_count_each_row_once_even_with_equal_timestamps(clients: App) -> None:
    from bot.metrics import Metrics

    worker = clients.worker_name
    metrics = Metrics(clients.sessions, worker)
    metrics.observe_new()  # from now on
    for i in range(3):  # the fixed test clock gives every row the same timestamp
        clients.ingestor.ingest(make_mail(f"{SUPPORT} ({i})", message_id=f"<h{i}@mermoz.example>"), "ingest")
    metrics.observe_new()
    metrics.observe_new()
    count = metrics.registry.get_sample_value("ofbot_processing_seconds_count", {"worker": worker})
    assert count == 3
    clients.deliver()  # the staff cards (terminal chat)
    metrics.observe_new()
    cards = metrics.registry.get_sample_value("ofbot_staff_card_latency_seconds_count", {"worker": worker})
    assert cards == 3


def test_counters_count_what_each_worker_did(clients: App) -> None:
    """Two workers on one database: each reports its own work; the gauges are the desk's."""
    from bot.metrics import Metrics

    a, b = (
        build_app(
            replace(clients.settings, service=replace(clients.settings.service, worker_name=name)),
            clock=clients.clock,
            migrate_schema=False,
        )
        for name in ("w1", "w2")
    )
    try:
        for i in range(2):
            a.ingestor.ingest(make_mail(f"{SUPPORT} ({i})", message_id=f"<a{i}@mermoz.example>"), "smtp")
        stranger = make_mail(SUPPORT, sender="someone@elsewhere.example", message_id="<b0@elsewhere.example>")
        b.ingestor.ingest(stranger, "smtp")  # unknown sender: staff triage, no automatic answer
        b.ingestor.store(make_mail(f"{SUPPORT} (later)", message_id="<b1@mermoz.example>"), "smtp")
        scraped = {}
        for app in (a, b):
            metrics = Metrics(app.sessions, app.worker_name, app.counters)
            metrics.observe_new()
            scraped[app.worker_name] = {
                name: metrics.registry.get_sample_value(name, {"worker": app.worker_name})
                for name in (
                    "ofbot_messages_stored_total",
                    "ofbot_messages_processed_total",
                    "ofbot_messages_quarantined_total",
                    "ofbot_auto_answers_total",
                    "ofbot_triage_total",
                    "ofbot_messages_pending",
                    "ofbot_outbox_pending",
                )
            }
    finally:
        a.close()
        b.close()
    assert scraped["w1"] == {
        "ofbot_messages_stored_total": 2,
        "ofbot_messages_processed_total": 2,
        "ofbot_messages_quarantined_total": 0,
        "ofbot_auto_answers_total": 2,
        "ofbot_triage_total": 0,
        "ofbot_messages_pending": 1,
        "ofbot_outbox_pending": 2,
    }
    assert scraped["w2"] == {
        "ofbot_messages_stored_total": 2,
        "ofbot_messages_processed_total": 1,
        "ofbot_messages_quarantined_total": 0,
        "ofbot_auto_answers_total": 0,
        "ofbot_triage_total": 1,
        "ofbot_messages_pending": 1,
        "ofbot_outbox_pending": 2,
    }

"""The command-line contract: exit codes, one JSON document on stdout, errors that name the fault."""

from __future__ import annotations

import json
import mailbox
import subprocess
import sys
from pathlib import Path

from tests.conftest import CLIENTS_CSV
from tests.support.mail import make_mail

SUPPORT = "Bonjour, le planning affiche une erreur depuis ce matin, pouvez-vous regarder ?"


def ofbot(tmp: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp),
        "OFBOT_NOW": "2026-11-24T10:00:00+01:00",
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=tmp,
        env={**full_env, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_clients_list_json_and_idempotent_import(workdir: Path) -> None:
    again = ofbot(workdir, "clients", "import", "clients.csv")
    assert again.returncode == 0 and "0 created, 0 updated, 4 unchanged" in again.stderr
    listed = ofbot(workdir, "clients", "list", "--json")
    data = json.loads(listed.stdout)
    assert [c["platform"] for c in data] == ["mermoz", "mermoz-ulm", "saint-ex", "skyschool"]
    assert data[0]["resources"] == 6 and isinstance(data[0]["resources"], int)
    assert data[0]["paid_until"] == 2026


def test_bad_csv_row_names_its_line_and_applies_nothing(workdir: Path) -> None:
    bad = CLIENTS_CSV.replace("mermoz-ulm,ULM Club Mermoz,first_price", "Mermoz ULM,ULM Club Mermoz,gold")
    bad += "newclub,Nouveau club,business,a@new.example,b@new.example,4,Jo,jo@new.example,3\n"
    (workdir / "bad.csv").write_text(bad, encoding="utf-8")
    result = ofbot(workdir, "clients", "import", "bad.csv")
    assert result.returncode == 1
    assert "line 3: field platform" in result.stderr and "line 3: field tier" in result.stderr
    assert "Traceback" not in result.stderr
    listed = json.loads(ofbot(workdir, "clients", "list", "--json").stdout)
    assert "newclub" not in [c["platform"] for c in listed]


def test_ingest_json_then_staff_estimate_and_balance(workdir: Path) -> None:
    (workdir / "m1.eml").write_bytes(make_mail(SUPPORT, message_id="<m1@mermoz.example>"))
    result = ofbot(workdir, "ingest", "--json", "m1.eml")
    assert result.returncode == 0, result.stderr
    (item,) = json.loads(result.stdout)
    assert item["client"] == "mermoz" and item["kind"] == "support" and item["duplicate"] is False
    ref = item["request"]
    again = json.loads(ofbot(workdir, "ingest", "--json", "m1.eml").stdout)
    assert again[0]["duplicate"] is True and again[0]["request"] == ref

    est = ofbot(workdir, "staff", "estimate", ref, "1,5", "--json")
    assert est.returncode == 0, est.stderr
    assert json.loads(est.stdout)["state"] == "awaiting_confirmation"
    queue = json.loads(ofbot(workdir, "staff", "queue", "--json").stdout)
    assert set(queue[0]) == {
        "request",
        "client",
        "kind",
        "state",
        "received_at",
        "cash_funded",
        "estimate_hours",
        "owner",
        "subject",
        "age_hours",
        "waiting_on",
    }
    assert queue[0]["estimate_hours"] == 1.5
    assert queue[0]["waiting_on"] == "client" and queue[0]["owner"] is None
    balance = json.loads(ofbot(workdir, "staff", "balance", "mermoz", "--json").stdout)
    assert balance == {
        "client": "mermoz",
        "year": 2026,
        "granted": 5.0,
        "used": 0.0,
        "reserved": 1.5,
        "remaining": 5.0,
    }
    outbox = json.loads(ofbot(workdir, "outbox", "--json").stdout)
    assert [o["state"] for o in outbox] == ["sent", "sent"] and outbox[1]["request"] == ref
    assert set(outbox[0]) == {"id", "to", "subject", "request", "state", "attempts", "created_at", "sent_at"}
    shown = json.loads(ofbot(workdir, "staff", "show", ref, "--json").stdout)
    assert {"messages", "events"} <= set(shown)
    assert set(shown["events"][0]) == {"at", "actor", "action", "detail", "worker"}


def test_staff_errors_exit_1_or_2_without_traceback(workdir: Path) -> None:
    (workdir / "m1.eml").write_bytes(make_mail(SUPPORT))
    ref = json.loads(ofbot(workdir, "ingest", "--json", "m1.eml").stdout)[0]["request"]
    wrong_state = ofbot(workdir, "staff", "done", ref)
    assert wrong_state.returncode == 1 and "needs_estimate" in wrong_state.stderr
    bad_hours = ofbot(workdir, "staff", "estimate", ref, "beaucoup")
    assert bad_hours.returncode == 2 and "hours" in bad_hours.stderr
    unknown = ofbot(workdir, "staff", "fly", ref)
    assert unknown.returncode == 2 and "unknown command" in unknown.stderr
    no_ref = ofbot(workdir, "staff", "show", "OF-2026-0999")
    assert no_ref.returncode == 1
    assert all("Traceback" not in r.stderr for r in (wrong_state, bad_hours, unknown, no_ref))
    assert ofbot(workdir, "nonsense").returncode == 2


def test_ingest_mbox_and_maildir(workdir: Path) -> None:
    box = mailbox.mbox(str(workdir / "box.mbox"))
    for i in range(3):
        box.add(make_mail(f"{SUPPORT} ({i})", message_id=f"<mbox{i}@mermoz.example>"))
    box.close()
    md = mailbox.Maildir(str(workdir / "md"))
    md.add(make_mail(SUPPORT + " maildir", message_id="<md1@mermoz.example>"))
    md.close()
    result = ofbot(workdir, "ingest", "--json", "box.mbox", "md")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data) == 4 and len({d["request"] for d in data}) == 4


def test_ingest_missing_file_exits_1(workdir: Path) -> None:
    result = ofbot(workdir, "ingest", "--json", "nowhere.eml")
    assert result.returncode == 1 and "nowhere.eml" in result.stderr
    assert json.loads(result.stdout) == []


def test_explain_writes_nothing(workdir: Path) -> None:
    (workdir / "m.eml").write_bytes(make_mail(SUPPORT, sender="president@mermoz.example"))
    before = ofbot(workdir, "staff", "queue", "--json").stdout
    result = ofbot(workdir, "explain", "m.eml", "--json")
    data = json.loads(result.stdout)
    assert data["client"] == "mermoz" and data["request"] is None and data["kind"] == "support"
    assert ofbot(workdir, "staff", "queue", "--json").stdout == before


def test_explain_without_database_creates_no_file(tmp_path: Path) -> None:
    (tmp_path / "m.eml").write_bytes(make_mail(SUPPORT))
    result = ofbot(tmp_path, "explain", "m.eml", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["client"] is None
    assert not (tmp_path / "ofbot.db").exists()


def test_secret_in_config_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "ofbot.toml").write_text(
        '[telegram]\ntoken = "123:abc"\nstaff_chat_id = -1\n', encoding="utf-8"
    )
    result = ofbot(tmp_path, "clients", "list")
    assert result.returncode == 1 and "telegram.token" in result.stderr and "123:abc" not in result.stderr


def test_invalid_value_names_the_key(tmp_path: Path) -> None:
    result = ofbot(tmp_path, "clients", "list", env={"OFBOT_SMTP_PORT": "huit"})
    assert result.returncode == 1 and "smtp.port" in result.stderr


def test_run_once_delivers_and_exits(workdir: Path) -> None:
    result = ofbot(workdir, "run", "--once")
    assert result.returncode == 0, result.stderr


def test_quarantine_lists_nothing_on_a_clean_database(workdir: Path) -> None:
    result = ofbot(workdir, "quarantine", "--json")
    assert result.returncode == 0 and json.loads(result.stdout) == []


def test_db_option_is_honoured_anywhere_on_the_line(workdir: Path) -> None:
    # Only `init` creates a database (ARCHITECTURE "More contracts"): the other one is made first.
    other = f"sqlite:///{workdir / 'other.db'}"
    assert ofbot(workdir, "init", "--db", other).returncode == 0
    after = ofbot(workdir, "staff", "queue", "--json", "--db", other)
    before = ofbot(workdir, "--db", other, "clients", "list", "--json")
    assert after.returncode == 0 and json.loads(after.stdout) == []
    assert json.loads(before.stdout) == []  # the other database has no clients
    assert (workdir / "other.db").exists()


def test_run_once_reports_an_unreachable_mailbox_with_exit_1(workdir: Path) -> None:
    from tests.support.services import free_port

    env = {
        "OFBOT_IMAP_HOST": "127.0.0.1",
        "OFBOT_IMAP_PORT": str(free_port()),  # nothing listens there
        "OFBOT_IMAP_SSL": "false",
        "OFBOT_IMAP_USER": "support",
        "OFBOT_IMAP_PASSWORD": "s3cret-pw",
    }
    result = ofbot(workdir, "run", "--once", env=env)
    assert result.returncode == 1 and "mailbox not polled" in result.stderr
    assert "s3cret-pw" not in result.stderr and "Traceback" not in result.stderr

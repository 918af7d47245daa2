"""IMAP bench: catch-up rate on a backlog, and the cost of a poll with nothing new.

Starts a Dovecot of its own (the test fixture, as a context manager), then:

0. lets getmail6 (a plain retriever, when installed: ``pip install '.[bench]'``) fetch the same
   backlog from an account of its own into a maildir, as the yardstick;
1. APPENDs ``--messages`` messages (default 5,000) and times ``poll_once`` taking them all
   (stored, acknowledged), then ``process_pending`` (the whole pipeline), printing messages/s;
2. fills a second mailbox with ``--idle-mailbox`` messages (default 50,000; delivered straight
   into the maildir, as a local delivery agent does, because 50,000 APPENDs only time APPEND),
   marks it caught up, and measures a poll with nothing new: IMAP commands sent (imaplib's tag
   counter) and wall time, on an open connection and for a whole ``poll_once``.

Usage: ``.venv/bin/python bench/imap_catchup.py [--messages N] [--idle-mailbox M] [--db URL]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pwd
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import App, build_app
from bot.config import Settings, load_settings
from bot.inbox import InboxPoller, mailbox_key, open_connection, poll_once
from storage.models import ImapState
from tests.support.dovecot import DovecotServer, MailAccount, dovecot_missing
from tests.support.mail import make_mail

SENDERS = ("tresorier@mermoz.example", "ulm@mermoz-ulm.example", "contact@saint-ex.example")


@dataclass(frozen=True)
class IdleCost:
    commands: int
    median_ms: float
    full_poll_ms: float


def sample(n: int) -> bytes:
    return make_mail(
        f"Bonjour,\n\nle planning de la plateforme ne s'affiche plus depuis ce matin (cas {n}).\n\nMerci\n",
        sender=SENDERS[n % len(SENDERS)],
        subject=f"Planning {n}",
        message_id=f"<bench.{n}.{time.time_ns()}@client.example>",
    )


def append_all(account: MailAccount, count: int, chunk: int = 500) -> float:
    start = time.perf_counter()
    with account.client() as client:
        for first in range(0, count, chunk):
            client.multiappend("INBOX", [sample(n) for n in range(first, min(count, first + chunk))])
    return time.perf_counter() - start


def deliver_to_maildir(account: MailAccount, count: int) -> None:
    """Write messages into Maildir/new as a local delivery agent would (owned by the mail user)."""
    new = account.home / "Maildir" / "new"
    for sub in ("new", "cur", "tmp"):
        (account.home / "Maildir" / sub).mkdir(parents=True, exist_ok=True)
    dv = pwd.getpwnam("dovecot")
    template = sample(0).replace(b"bench.0.", b"bench.%d.")  # one build, many Message-IDs: fast
    for n in range(count):
        path = new / f"{1_700_000_000 + n}.M{n}P1.bench"
        path.write_bytes(template.replace(b"bench.%d.", f"bench.{n}.".encode()))
        os.chown(path, dv.pw_uid, dv.pw_gid)
    for directory in (account.home / "Maildir", *(account.home / "Maildir").iterdir()):
        os.chown(directory, dv.pw_uid, dv.pw_gid)


def bench_settings(db_url: str | None, workdir: Path) -> Settings:
    config = workdir / "ofbot.toml"
    config.write_text("", encoding="utf-8")
    env = {
        "OFBOT_DATABASE_URL": db_url or f"sqlite:///{workdir / 'bench.db'}",
        "OFBOT_OUTBOUND_MAILDIR": str(workdir / "outbox"),
    }
    return load_settings(path=config, env=env)


def getmail_catch_up(server: DovecotServer, count: int, workdir: Path) -> float | None:
    """getmail6, a plain retriever, fetching the same backlog from an account of its own into a
    maildir: the yardstick for our catch-up rate (it stores nothing in a database)."""
    getmail = Path(sys.executable).parent / "getmail"
    if not getmail.exists():
        print("getmail6 not installed (pip install '.[bench]'): no comparison")
        return None
    account = server.add_account()
    append_all(account, count)
    imap = account.settings()
    target = workdir / "getmail-maildir"
    for sub in ("cur", "new", "tmp"):
        (target / sub).mkdir(parents=True, exist_ok=True)
    # getmail refuses to deliver as root: it delivers as an unprivileged user of our choosing
    deliver_as = ""
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        os.chmod(workdir, 0o755)  # the delivering user must see the maildir's parent
        for path in (target, *(target / sub for sub in ("cur", "new", "tmp"))):
            os.chown(path, nobody.pw_uid, nobody.pw_gid)
        deliver_as = "user = nobody\n"
    password = imap.password.reveal() if imap.password else ""
    rc = workdir / "getmailrc"
    rc.write_text(
        "[retriever]\ntype = SimpleIMAPRetriever\n"
        f"server = 127.0.0.1\nport = {imap.port}\nusername = {imap.user}\npassword = {password}\n"
        'mailboxes = ("INBOX",)\n\n'
        f"[destination]\ntype = Maildir\npath = {target}/\n{deliver_as}\n"
        "[options]\nread_all = true\ndelete = false\nverbose = 0\nmessage_log_syslog = false\n",
        encoding="utf-8",
    )
    start = time.perf_counter()
    done = subprocess.run(
        [str(getmail), "--rcfile", str(rc), "--getmaildir", str(workdir)], capture_output=True, text=True
    )
    if done.returncode != 0:
        print(f"getmail6 failed ({done.returncode}): {done.stderr.strip()[-300:]}")
        return None
    took = time.perf_counter() - start
    fetched = len(list((target / "new").iterdir()))
    print(
        f"getmail6 (plain retriever, maildir): {fetched} fetched in {took:.2f} s = {fetched / took:.0f} messages/s"
    )
    return fetched / took


@dataclass(frozen=True)
class CatchUp:
    """A backlog taken by ``poll_once`` (fetch, store, acknowledge), then processed."""

    stored: int
    fetch_seconds: float
    processed: int
    process_seconds: float

    @property
    def msg_per_s(self) -> float:
        """Catch-up with processing: the rate held against getmail6 fetching alone."""
        return self.processed / (self.fetch_seconds + self.process_seconds)


def catch_up(server: DovecotServer, settings: Settings, count: int) -> CatchUp:
    account = server.add_account()
    appended = append_all(account, count)
    print(f"backlog: {count} messages APPENDed in {appended:.1f} s")
    app = build_app(replace(settings, imap=account.settings()))
    try:
        start = time.perf_counter()
        report = poll_once(app)
        took = time.perf_counter() - start
        print(
            f"catch-up (poll_once: fetch, store, acknowledge): {report.stored} stored in {took:.2f} s "
            f"= {report.stored / took:.0f} messages/s"
        )
        start = time.perf_counter()
        processed = 0
        while batch := app.ingestor.process_pending(limit=1000):
            processed += len(batch)
        took_process = time.perf_counter() - start
        print(
            f"processing (pipeline + handlers): {processed} in {took_process:.2f} s "
            f"= {processed / took_process:.0f} messages/s; store + process: "
            f"{processed / (took + took_process):.0f} messages/s"
        )
        return CatchUp(report.stored, took, processed, took_process)
    finally:
        app.close()


def idle_cost(server: DovecotServer, settings: Settings, count: int, rounds: int = 20) -> IdleCost:
    account = server.add_account()
    start = time.perf_counter()
    deliver_to_maildir(account, count)
    print(f"idle mailbox: {count} messages delivered to the maildir in {time.perf_counter() - start:.1f} s")
    imap = account.settings()
    app = build_app(replace(settings, imap=imap))
    try:
        client = open_connection(imap)
        try:
            start = time.perf_counter()
            info = client.select_folder("INBOX")  # Dovecot indexes the new maildir once, here
            print(
                f"first SELECT (Dovecot builds its index): {time.perf_counter() - start:.1f} s, "
                f"{info[b'EXISTS']} messages in the mailbox"
            )
            mark_caught_up(app, mailbox_key(imap), int(info[b"UIDVALIDITY"]), int(info[b"UIDNEXT"]) - 1)
            poller = InboxPoller(app, imap)
            timings = []
            before = client._imap.tagnum
            for _ in range(rounds):
                start = time.perf_counter()
                report = poller.poll(client)
                timings.append(time.perf_counter() - start)
                assert report.stored == 0
            commands = (client._imap.tagnum - before) // rounds
        finally:
            client.logout()
        fulls = []
        for _ in range(3):  # the first new session on a fresh maildir also clears \Recent
            start = time.perf_counter()
            poll_once(app)
            fulls.append(time.perf_counter() - start)
        full = fulls[-1]
        print("whole poll_once, three in a row: " + ", ".join(f"{f * 1000:.1f} ms" for f in fulls))
    finally:
        app.close()
    return IdleCost(commands, statistics.median(timings) * 1000, full * 1000)


def mark_caught_up(app: App, mailbox: str, uidvalidity: int, last_uid: int) -> None:
    with app.sessions() as session, session.begin():
        session.merge(
            ImapState(
                mailbox=mailbox,
                uidvalidity=uidvalidity,
                last_uid=last_uid,
                updated_at=dt.datetime.now(dt.UTC),
            )
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=5000, help="backlog size (default 5000)")
    parser.add_argument("--idle-mailbox", type=int, default=50000, help="idle mailbox size (default 50000)")
    parser.add_argument("--db", default=None, help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    reason = dovecot_missing()
    if reason:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp, DovecotServer() as server:
        settings = bench_settings(args.db, Path(tmp))
        print(f"database: {settings.database.url.split('@')[-1]}; dovecot on port {server.port}")
        getmail_catch_up(server, args.messages, Path(tmp))
        catch_up(server, settings, args.messages)
        cost = idle_cost(server, settings, args.idle_mailbox)
        print(
            f"idle poll on {args.idle_mailbox} messages: {cost.commands} IMAP command(s) per poll "
            f"(open connection), median {cost.median_ms:.2f} ms; whole poll_once (connect, login, "
            f"SELECT, logout): {cost.full_poll_ms:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A real Dovecot IMAP server on loopback, started for a test and stopped after it.

Dovecot refuses to run its login processes as root, so the server is configured the way
RELIABILITY.md describes: login processes as ``dovenull``, the mail user is the ``dovecot``
system user (``first_valid_uid`` lowered for it), a passwd-file with one user per test and maildirs
under a temporary folder, no TLS, on a free high port. Everything (sockets, state, logs) lives
in the temporary folder, so several servers can run side by side and nothing touches the system
Dovecot. :class:`DovecotServer` is a plain context manager so ``bench/`` can reuse it; the
pytest fixture is :func:`dovecot`.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType

import pytest
from imapclient import IMAPClient

from bot.config import ImapSettings, Secret
from tests.support.services import free_port, port_open, unavailable

PASSWORD = "s3cret-imap-pass"

_CONF = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = no
auth_mechanisms = plain
disable_plaintext_auth = no
first_valid_uid = {uid}
last_valid_uid = 0
first_valid_gid = {gid}
default_login_user = dovenull
default_internal_user = dovecot
mail_location = maildir:~/Maildir
mail_fsync = never
mail_uid = {uid}
mail_gid = {gid}
imap_idle_notify_interval = 2 mins
# no login penalty after a test of a wrong password: later logins would wait seconds
login_trusted_networks = 127.0.0.0/8
auth_failure_delay = 0
{extra}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users/%u
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/users/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0600
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""

# Without IDLE and MOVE: the fallbacks (polling, COPY + \\Deleted + UID EXPUNGE) are then exercised.
PLAIN_CAPABILITIES = (
    "imap_capability = IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE UIDPLUS NAMESPACE"
)


def dovecot_missing() -> str | None:
    """Why a Dovecot cannot be started here, or None."""
    if shutil.which("dovecot") is None or shutil.which("doveadm") is None:
        return "dovecot not installed (Debian package dovecot-imapd; .ci/dovecot.sh installs it)"
    if os.geteuid() != 0:
        return "dovecot test servers need root (login processes run as dovenull)"
    for name in ("dovecot", "dovenull"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            return f"system user {name} missing (installed with dovecot-core)"
    return None


@dataclass
class DovecotServer:
    """One Dovecot instance in a temporary folder; ``with`` starts it and stops it."""

    extra_config: Sequence[str] = ()
    port: int = field(default_factory=free_port)
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="ofbot-dovecot-")))
    _counter: Iterator[int] = field(default_factory=lambda: itertools.count(1), repr=False)

    @property
    def conf(self) -> Path:
        return self.root / "dovecot.conf"

    def add_account(self, user: str | None = None) -> MailAccount:
        """A new, empty mail user: tests share one server and stay apart by account."""
        user = user or f"u{next(self._counter)}"
        dv = pwd.getpwnam("dovecot")
        home = self.root / "home" / user
        home.mkdir(parents=True)
        os.chown(home, dv.pw_uid, dv.pw_gid)
        # A passwd-file per user: Dovecot re-reads a changed file only when its mtime moves
        # (one-second steps), so appending users to one file loses the ones added within a second.
        (self.root / "users" / user).write_text(
            f"{user}:{{PLAIN}}{PASSWORD}:{dv.pw_uid}:{dv.pw_gid}::{home}::\n", encoding="utf-8"
        )
        return MailAccount(self, user, home)

    def write_config(self) -> None:
        dv = pwd.getpwnam("dovecot")
        self.root.chmod(0o755)
        for sub in ("run", "state", "home", "users"):
            (self.root / sub).mkdir(exist_ok=True)
        self.conf.write_text(
            _CONF.format(
                root=self.root,
                uid=dv.pw_uid,
                gid=dv.pw_gid,
                port=self.port,
                extra="\n".join(self.extra_config),
            ),
            encoding="utf-8",
        )

    def start(self, timeout: float = 10.0) -> None:
        if not self.conf.exists():
            self.write_config()
        # Dovecot daemonises: its children would keep a captured pipe open, so no capture here.
        subprocess.run(
            ["dovecot", "-c", str(self.conf)],
            check=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=30,
        )
        deadline = time.monotonic() + timeout
        while not port_open("127.0.0.1", self.port, 0.2):
            if time.monotonic() > deadline:
                raise RuntimeError(f"dovecot did not listen on {self.port}: {self.log_tail()}")
            time.sleep(0.05)

    def stop(self, wait: bool = True, closed: bool = True) -> None:
        """Stop the server and end its client sessions, as a restart of a mail server does.

        Dovecot's master exits without always taking its ``imap`` session processes with it;
        those are ended here, by the process ids recorded while the master was alive.
        ``closed``: wait until the port is closed; ``wait`` until the master has gone, so the
        server can be started again.
        """
        sessions = self._children()
        master = self._master()
        if master is not None:  # what `doveadm stop` does, without waiting for the exit
            with contextlib.suppress(ProcessLookupError):
                os.kill(master, signal.SIGTERM)
        deadline = time.monotonic() + 15
        while closed and port_open("127.0.0.1", self.port, 0.2) and time.monotonic() < deadline:
            time.sleep(0.02)
        for pid in sessions:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        while wait and (self.root / "run" / "master.pid").exists() and time.monotonic() < deadline:
            time.sleep(0.02)

    def _master(self) -> int | None:
        try:
            return int((self.root / "run" / "master.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def _children(self) -> list[int]:
        """The process ids of this server's master's children (sessions, auth, log...)."""
        master = self._master()
        if master is None:
            return []
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == master:
                    children.append(int(stat.parent.name))
        return children

    def restart(self) -> None:
        self.stop()
        self.start()

    def doveadm(self, *args: str) -> str:
        """Run ``doveadm`` against this instance (e.g. to change a mailbox's UIDVALIDITY)."""
        done = subprocess.run(
            ["doveadm", "-c", str(self.conf), *args], check=True, capture_output=True, text=True, timeout=60
        )
        return done.stdout

    def log_tail(self, lines: int = 20) -> str:
        log = self.root / "dovecot.log"
        if not log.exists():
            return "(no log)"
        return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop(wait=False, closed=False)
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass
class MailAccount:
    """One user's mailbox on a :class:`DovecotServer`."""

    server: DovecotServer
    user: str
    home: Path

    def settings(self, **overrides: object) -> ImapSettings:
        """IMAP settings for this account (plain text on loopback, short intervals for tests)."""
        base = ImapSettings(
            host="127.0.0.1",
            port=self.server.port,
            ssl=False,
            starttls=False,
            user=self.user,
            password=Secret(PASSWORD),
            poll_seconds=1,
            idle_seconds=30,
        )
        return replace(base, **overrides)  # type: ignore[arg-type]

    def client(self) -> IMAPClient:
        """A separate IMAP session, as a mail client or the sending side would have."""
        client = IMAPClient("127.0.0.1", port=self.server.port, ssl=False, timeout=10)
        client.login(self.user, PASSWORD)
        return client

    def append(self, *raws: bytes, folder: str = "INBOX") -> None:
        with self.client() as client:
            for raw in raws:
                client.append(folder, raw)

    def uids(self, folder: str = "INBOX") -> list[int]:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            return sorted(int(u) for u in client.search("ALL"))

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self.client() as client:
            return int(client.select_folder(folder, readonly=True)[b"UIDVALIDITY"])


def _server(extra: Sequence[str] = ()) -> Iterator[DovecotServer]:
    reason = dovecot_missing()
    if reason is not None:
        unavailable(reason)
    with DovecotServer(extra_config=extra) as server:
        yield server


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    """One Dovecot with IDLE, MOVE and UIDPLUS for the session (a start and stop costs seconds)."""
    yield from _server()


@pytest.fixture(scope="session")
def plain_dovecot_server() -> Iterator[DovecotServer]:
    """One Dovecot advertising neither IDLE nor MOVE: the fallbacks must do."""
    yield from _server([PLAIN_CAPABILITIES])


@pytest.fixture
def dovecot(dovecot_server: DovecotServer) -> MailAccount:
    """A fresh, empty mailbox of its own for one test."""
    return dovecot_server.add_account()


@pytest.fixture
def plain_dovecot(plain_dovecot_server: DovecotServer) -> MailAccount:
    """A fresh mailbox on the server without IDLE and MOVE."""
    return plain_dovecot_server.add_account()


@pytest.fixture
def own_dovecot() -> Iterator[DovecotServer]:
    """A server of the test's own, for tests that stop and restart it."""
    yield from _server()

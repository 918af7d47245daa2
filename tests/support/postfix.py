"""A real Postfix on loopback, an instance of its own, started for a test and stopped after it.

Its ``main.cf`` holds the README's recipe (the lines between the ``recipe`` markers are checked
against the README by the test) plus what makes a private instance: configuration, queue and
data folders under a temporary folder, ``inet_interfaces = loopback-only``, the SMTP server on a
free high port, no chroot, a log file of its own, and short retry times so that a deferred
message is retried within seconds instead of minutes. Nothing touches the system Postfix.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.support.services import free_port, port_open, unavailable

RECIPE = """\
relay_domains = example.com
relay_recipient_maps = hash:{etc}/relay_recipients
transport_maps = hash:{etc}/transport
"""

TRANSPORT = "support@example.com    lmtp:inet:127.0.0.1:{lmtp_port}\n"
RELAY_RECIPIENTS = "support@example.com    OK\n"

MAIN_CF = """\
compatibility_level = 3.6
queue_directory = {root}/queue
data_directory = {root}/data
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = loopback-only
inet_protocols = ipv4
myhostname = mx.example.com
mydestination =
mynetworks = 127.0.0.0/8
alias_maps =
alias_database =
maillog_file = {root}/maillog
maillog_file_prefixes = {root}
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
# a private test instance retries within seconds (the defaults are minutes)
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
# recipe
{recipe}# end of recipe
"""

# Debian's master.cf, services this instance needs, chroot off (no copy of /etc in the queue).
MASTER_CF = """\
127.0.0.1:{smtp_port} inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""


@dataclass
class PostfixInstance:
    root: Path
    smtp_port: int
    lmtp_port: int

    @property
    def etc(self) -> Path:
        return self.root / "etc"

    def postfix(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["postfix", "-c", str(self.etc), *args], capture_output=True, text=True, timeout=60
        )

    def queue(self) -> str:
        """``postqueue -p``: what Postfix still holds (deferred mail and why)."""
        return subprocess.run(
            ["postqueue", "-c", str(self.etc), "-p"], capture_output=True, text=True, timeout=60
        ).stdout

    def flush(self) -> None:
        subprocess.run(["postqueue", "-c", str(self.etc), "-f"], capture_output=True, timeout=60)

    def log(self) -> str:
        path = self.root / "maillog"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def stop(self) -> None:
        self.postfix("stop")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and port_open("127.0.0.1", self.smtp_port):
            time.sleep(0.1)
        shutil.rmtree(self.root, ignore_errors=True)


def start_postfix(lmtp_port: int) -> PostfixInstance:
    """Start a private instance relaying support@example.com to ``lmtp_port``; skip if absent."""
    for tool in ("postfix", "postmap", "postqueue"):
        if shutil.which(tool) is None:
            unavailable(f"{tool} is not installed (Debian package postfix)")
    # Postfix's daemons run as the postfix user: the folder must be reachable, not under pytest's 0700 tmp
    root = Path(tempfile.mkdtemp(prefix="ofbot-postfix-", dir="/tmp"))
    root.chmod(0o755)
    instance = PostfixInstance(root, free_port(), lmtp_port)
    etc = instance.etc
    for sub in ("etc", "queue", "data"):
        (root / sub).mkdir()
    shutil.chown(root / "data", user="postfix")
    recipe = RECIPE.format(etc=etc)
    (etc / "main.cf").write_text(MAIN_CF.format(root=root, recipe=recipe), encoding="utf-8")
    (etc / "master.cf").write_text(MASTER_CF.format(smtp_port=instance.smtp_port), encoding="utf-8")
    (etc / "transport").write_text(TRANSPORT.format(lmtp_port=lmtp_port), encoding="utf-8")
    (etc / "relay_recipients").write_text(RELAY_RECIPIENTS, encoding="utf-8")
    subprocess.run(
        ["postmap", "-c", str(etc), str(etc / "transport"), str(etc / "relay_recipients")],
        check=True,
        timeout=60,
    )
    started = instance.postfix("start")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not port_open("127.0.0.1", instance.smtp_port):
        time.sleep(0.1)
    if not port_open("127.0.0.1", instance.smtp_port):
        text = f"{started.stdout}{started.stderr}{instance.log()}"
        instance.stop()
        unavailable(f"the test Postfix did not start: {text.strip()[-500:]}")
    return instance

"""Sender authentication as the receiving MTA judged it: ``Authentication-Results`` (RFC 8601).

We do not verify SPF, DKIM or DMARC ourselves: the MTA in front of us did, and wrote its verdict
in a header. Anyone can write such a header too, so only the headers of our own MTA count: those
whose authserv-id is one of ``[mail] authserv_id``; with none configured, the topmost header
only (the last one added, by the server closest to us). A result is used only to hold a
sensitive change back (RELIABILITY 13), never to trust a sender more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

METHODS = ("spf", "dkim", "dmarc")
_FAILING = frozenset({"fail", "softfail", "permerror"})
_RESULT = re.compile(r"(?i)(?:^|[;\s])(spf|dkim|dmarc)\s*=\s*([a-z]+)")


@dataclass(frozen=True)
class SenderAuth:
    """The MTA's verdicts on one message; ``None`` for a method it did not report."""

    authserv_id: str
    spf: str | None = None
    dkim: str | None = None
    dmarc: str | None = None

    @property
    def failed(self) -> bool:
        """A method reported a failure. DMARC's own pass outweighs a failed SPF or DKIM (it
        needs only one of them aligned); without a DMARC verdict any failure counts."""
        if self.dmarc is not None:
            return self.dmarc in _FAILING
        return any(v in _FAILING for v in (self.spf, self.dkim))

    def summary(self) -> str:
        """``SPF fail, DKIM none, DMARC fail``: for the card, ``show`` and the log."""
        parts = [f"{m.upper()} {getattr(self, m)}" for m in METHODS if getattr(self, m) is not None]
        return ", ".join(parts) or "no result"

    def to_json(self) -> dict[str, object]:
        return {
            "authserv_id": self.authserv_id,
            "spf": self.spf,
            "dkim": self.dkim,
            "dmarc": self.dmarc,
            "failed": self.failed,
        }

    @classmethod
    def from_json(cls, data: object) -> SenderAuth | None:
        if not isinstance(data, dict):
            return None
        return cls(
            authserv_id=str(data.get("authserv_id") or ""),
            spf=_str_or_none(data.get("spf")),
            dkim=_str_or_none(data.get("dkim")),
            dmarc=_str_or_none(data.get("dmarc")),
        )


def _str_or_none(value: object) -> str | None:
    return str(value) if value is not None else None


def sender_auth(headers: Sequence[tuple[str, str]], authserv_ids: Sequence[str] = ()) -> SenderAuth | None:
    """The verdicts of our own MTA, or None when it left none we can attribute to it."""
    values = [value for key, value in headers if key.lower() == "authentication-results"]
    wanted = {a.lower() for a in authserv_ids}
    if not wanted:
        values = values[:1]  # the topmost: added last, by the server closest to us
    verdicts: dict[str, str] = {}
    server = ""
    for value in values:
        authserv_id = value.split(";", 1)[0].strip().split()[0].lower() if value.strip() else ""
        if wanted and authserv_id not in wanted:
            continue
        server = server or authserv_id
        for method, result in _RESULT.findall(_without_comments(value.split(";", 1)[-1])):
            # the first verdict per method stands, except that a failure is never hidden by a pass
            current = verdicts.get(method.lower())
            if current is None or (result.lower() in _FAILING and current not in _FAILING):
                verdicts[method.lower()] = result.lower()
    if not verdicts:
        return None
    return SenderAuth(server, verdicts.get("spf"), verdicts.get("dkim"), verdicts.get("dmarc"))


def _without_comments(value: str) -> str:
    """RFC 8601 allows comments in parentheses anywhere: ``spf=pass (sender is ...)``."""
    return re.sub(r"\([^()]*\)", " ", value)

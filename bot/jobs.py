"""Periodic jobs: reminders, expiry, year-end notices and renewal alerts.

Each job is idempotent and remembers what it did (``job_runs``, ``reminded_at``, the state), and
runs under an advisory lock of its own (:func:`bot.claims.job_lock`), so a restart, several
workers or ``ofbot run --once`` from cron neither skip nor repeat anything: once per due time.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot import states
from bot.claims import job_lock
from bot.clock import Clock
from bot.config import Settings
from bot.effects import Effects
from bot.hours import balance
from bot.templating import TemplateRenderer
from handlers import common
from handlers.context import Context
from storage.models import Client, JobRun, Request

log = logging.getLogger("ofbot.jobs")


@dataclass(frozen=True)
class JobReport:
    name: str
    count: int


class Jobs:
    def __init__(
        self, sessions: sessionmaker[Session], settings: Settings, clock: Clock, renderer: TemplateRenderer
    ) -> None:
        self.sessions = sessions
        self.settings = settings
        self.clock = clock
        self.renderer = renderer

    def all(self) -> list[Callable[[], JobReport]]:
        return [self.remind_and_expire, self.year_end_notice, self.renewal_alerts]

    def run_due(self) -> list[JobReport]:
        reports = []
        for job in self.all():
            try:
                reports.append(job())
            except Exception:
                log.exception("job %s failed; it runs again next time", job.__name__)
        return reports

    def _ctx(self, session: Session) -> Context:
        effects = Effects(session, self.settings, self.clock, self.renderer)
        return Context(session, self.settings, self.clock, effects, "bot")

    @staticmethod
    def _mark(session: Session, name: str, now: dt.datetime) -> bool:
        """Record that ``name`` ran; False when it had already run (the key is the name)."""
        if session.get(JobRun, name) is not None:
            return False
        session.add(JobRun(name=name, last_run_at=now))
        return True

    def remind_and_expire(self) -> JobReport:
        """Estimates without an answer: a reminder after ``reminder_days``, closed after ``expiry_days``."""
        policy = self.settings.policy
        now = self.clock.now()
        count = 0
        with self.sessions() as session, session.begin(), job_lock(session, "remind_and_expire") as mine:
            if not mine:
                return JobReport("remind_and_expire", 0)  # another worker runs it right now
            waiting = session.scalars(
                select(Request).where(Request.state == states.AWAITING_CONFIRMATION).order_by(Request.id)
            ).all()
            ctx = self._ctx(session)
            for request in waiting:
                since = request.estimated_at or request.state_changed_at
                if now - since >= dt.timedelta(days=policy.expiry_days):
                    common.change_state(ctx, request, states.EXPIRED, "expired", "no answer to the estimate")
                    common.mail_client(ctx, request, "expired")
                    common.notify(ctx, request, "expired", "No answer from the client: request expired")
                    count += 1
                elif request.reminded_at is None and now - since >= dt.timedelta(days=policy.reminder_days):
                    request.reminded_at = now
                    expires_on = self.clock.local(since + dt.timedelta(days=policy.expiry_days)).date()
                    common.mail_client(ctx, request, "reminder", expires_on=expires_on)
                    ctx.effects.event(request, "bot", "reminder", f"expires on {expires_on}")
                    count += 1
        return JobReport("remind_and_expire", count)

    def year_end_notice(self) -> JobReport:
        """In January, once, tell staff last year's unused hours are gone (R53).

        Only clients on record before the new year count: a desk installed in November has no
        "last year" to report.
        """
        today = self.clock.today()
        if today.month != 1:
            return JobReport("year_end_notice", 0)
        year = today.year
        now = self.clock.now()
        new_year = dt.datetime(year, 1, 1, tzinfo=self.clock.tz)
        count = 0
        with self.sessions() as session, session.begin(), job_lock(session, "year_end_notice") as mine:
            if not mine or not self._mark(session, f"year_end:{year}", now):
                return JobReport("year_end_notice", 0)
            ctx = self._ctx(session)
            lost = []
            for client in session.scalars(
                select(Client).where(Client.created_at < new_year).order_by(Client.platform)
            ):
                bal = balance(session, client, self.settings.catalogue, year - 1)
                if bal.remaining > 0:
                    lost.append(f"{client.platform} {bal.remaining}")
                    count += 1
            if lost:
                ctx.effects.notify_staff(
                    None,
                    "year_end",
                    f"New year {year}: bonus hours start afresh. Unused {year - 1} hours lost: "
                    + ", ".join(lost),
                )
        return JobReport("year_end_notice", count)

    def renewal_alerts(self) -> JobReport:
        """From 1 December, clients not yet paid for next year get one renewal alert (R4, R34)."""
        today = self.clock.today()
        if today.month != 12:
            return JobReport("renewal_alerts", 0)
        next_year = today.year + 1
        now = self.clock.now()
        count = 0
        with self.sessions() as session, session.begin(), job_lock(session, "renewal_alerts") as mine:
            if not mine:
                return JobReport("renewal_alerts", 0)
            ctx = self._ctx(session)
            clients = session.scalars(select(Client).where(Client.paid_until < next_year)).all()
            for client in clients:
                if not self._mark(session, f"renewal:{next_year}:{client.platform}"[:64], now):
                    continue
                request = _notice_request(ctx, client, "renewal", f"Renouvellement {next_year}")
                ctx.effects.mail(
                    request,
                    [client.client_email, client.contact_email],
                    "renewal",
                    "alert",
                    auto="auto-generated",
                    client=client,
                    settings=self.settings,
                    year=next_year,
                )
                count += 1
        return JobReport("renewal_alerts", count)


def _notice_request(ctx: Context, client: Client, kind: str, subject: str) -> Request:
    """A closed request that carries a notice, so every mail we send has a reference."""
    from bot.requests import allocate_ref

    now = ctx.clock.now()
    request = Request(
        ref=allocate_ref(ctx.session, ctx.clock.year()),
        client_id=client.id,
        client=client,
        kind=kind,
        state=states.ANSWERED,
        received_at=now,
        state_changed_at=now,
        language=client.language,
        subject=subject,
        requester=client.client_email,
    )
    ctx.session.add(request)
    ctx.session.flush()
    ctx.effects.event(request, "bot", "notice", subject)
    return request

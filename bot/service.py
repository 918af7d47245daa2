"""``ofbot run``: the listener, the worker loop, the periodic jobs, and the staff chat.

One asyncio loop. The ingress adapters only store; the worker processes what is stored, then
delivers the outbox and the staff notifications. Database work runs in a thread so that the
SMTP listener always answers promptly.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable

from sqlalchemy import select

from bot.app import App, build_app
from bot.claims import Deadline
from bot.clients import import_clients, parse_clients_csv
from bot.config import Settings
from bot.delivery import deliver_or_leave
from bot.heartbeat import Heartbeat, keep_beating
from bot.jobs import Jobs
from bot.smtp import DeskHandler
from bot.startup import create_or_upgrade, require_outbox_folder, require_schema
from bot.startup_probes import open_listener, open_metrics, probe_accounts, ready_lines
from storage.models import Client

log = logging.getLogger("ofbot.run")

DEMO_CLIENTS = """\
platform,structure,tier,client_email,contact_email,version,responsible_name,responsible_email,resources
mermoz,Aéro-club Jean Mermoz,business,club@mermoz.example,tresorier@mermoz.example,3.6,Claire Dupont,president@mermoz.example,6
mermoz-ulm,ULM Club Mermoz,first_price,ulm@mermoz-ulm.example,bureau@mermoz-ulm.example,3.5,Paul Martin,paul.martin@mermoz-ulm.example,2
saint-ex,Aéroclub Saint-Exupéry,premiere,contact@saint-ex.example,secretariat@saint-ex.example,4,Anne Leroy,chef-pilote@saint-ex.example,12
skyschool,Sky School Ltd,corporate,office@skyschool.example,ops@skyschool.example,4.0alpha,John Smith,john@skyschool.example,25
"""

WORKER_PERIOD = 5.0  # seconds between two passes when nothing wakes the worker
JOBS_PERIOD = 300.0
PASS_SECONDS = 2.0  # processing time per pass before deliveries get their turn


def seed_demo(app: App) -> None:
    with app.sessions() as session, session.begin():
        if session.scalar(select(Client.id).limit(1)) is not None:
            return
        rows, _ = parse_clients_csv(DEMO_CLIENTS, app.clock.year())
        import_clients(session, rows, app.clock)
    log.info("demo clients seeded: mermoz, mermoz-ulm, saint-ex, skyschool")


def run_once(app: App) -> int:
    """For cron: poll the mailbox, process, run due jobs, deliver, exit.

    A mailbox that cannot be reached does not stop the rest (stored mail is still processed and
    delivered), but the exit code is 1 so that cron reports it.
    """
    status = 0
    if app.settings.imap.enabled:
        from bot.inbox import poll_once

        report = poll_once(app)
        if report.error:
            log.error("mailbox not polled: %s", report.error)
            status = 1
    budget = Deadline(app.settings.service.run_once_seconds)
    app.ingestor.drain(budget)  # the whole backlog, within the time budget
    Jobs(app.sessions, app.settings, app.clock, app.renderer).run_due()
    if deliver_or_leave(app) != 0:
        status = 1
    if app.ingestor.has_pending():
        log.warning(
            "run --once: time budget of %.0f s spent; the rest of the backlog waits for the next run",
            app.settings.service.run_once_seconds,
        )
    return status


def run_service(settings: Settings, demo: bool = False, once: bool = False) -> int:
    if settings.database.migrate_on_start:
        create_or_upgrade(settings)
    else:
        require_schema(settings)
    require_outbox_folder(settings)
    app = build_app(settings, migrate_schema=False)
    try:
        if demo:
            seed_demo(app)
        if once:
            return run_once(app)
        asyncio.run(serve(app))
        return 0
    finally:
        app.close()


class Worker:
    """Processes stored messages, runs jobs and delivers, when woken or every few seconds."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.wake = asyncio.Event()
        self.jobs = Jobs(app.sessions, app.settings, app.clock, app.renderer)
        self.extra_deliveries: list[Callable[[], Awaitable[None]]] = []

    def poke(self) -> None:
        self.wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        last_jobs = 0.0
        while not stop.is_set():
            self.wake.clear()
            more = False
            try:
                # A slice of the backlog, then deliveries: answers and cards never wait for a
                # long catch-up to end.
                done = await asyncio.to_thread(
                    self.app.ingestor.process_pending, None, Deadline(PASS_SECONDS)
                )
                more = bool(done)
                if loop.time() - last_jobs >= JOBS_PERIOD:
                    await asyncio.to_thread(self.jobs.run_due)
                    last_jobs = loop.time()
                await asyncio.to_thread(self.app.deliver)
                for deliver in self.extra_deliveries:
                    await deliver()
            except Exception:
                log.exception("worker pass failed; next pass in %.0f s", WORKER_PERIOD)
            if more:
                continue
            waker = asyncio.ensure_future(self.wake.wait())
            stopper = asyncio.ensure_future(stop.wait())
            await asyncio.wait({waker, stopper}, timeout=WORKER_PERIOD, return_when=asyncio.FIRST_COMPLETED)
            waker.cancel()
            stopper.cancel()


async def serve(app: App, stop: asyncio.Event | None = None) -> None:
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not in the main thread
            loop.add_signal_handler(sig, stop.set)
    worker = Worker(app)
    tasks: list[asyncio.Task[None]] = []
    await probe_accounts(app.settings)
    server = None
    if app.settings.smtp.enabled:
        handler = DeskHandler(app.ingestor, app.settings.smtp.domains, worker.poke)
        server = await open_listener(app.settings.smtp, handler)
    metrics_server = await open_metrics(app.settings, app.sessions, app.counters)
    name = app.worker_name
    await asyncio.to_thread(Heartbeat(app.sessions, name).beat)  # shell commands now leave delivery to us
    tasks.append(
        asyncio.create_task(keep_beating(app.sessions, app.engine, name, stop, worker.poke), name="heartbeat")
    )
    tasks.append(asyncio.create_task(worker.run(stop), name="worker"))
    if app.settings.imap.enabled:
        from bot.inbox import watch_inbox

        tasks.append(asyncio.create_task(watch_inbox(app, stop, worker.poke), name="imap"))
    if app.settings.telegram.enabled:
        from bot.staff.telegram import run_telegram

        tasks.append(asyncio.create_task(run_telegram(app, stop, worker), name="telegram"))
    else:
        log.info("no Telegram token: staff notifications are printed here; act with `ofbot staff ...`")
    log.info("ofbot running (database %s)", app.settings.database.url.split("@")[-1])
    for line in ready_lines(app.settings):
        log.info("%s", line)
    await stop.wait()
    for listening in (server, metrics_server):
        if listening is not None:
            listening.close()
            await listening.wait_closed()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    log.info("ofbot stopped")

"""One worker at a time runs an elected task (the Telegram poller); another takes over when it dies."""

from __future__ import annotations

import asyncio

import pytest

from bot.app import App, build_app
from bot.claims import AdvisoryLock, run_elected


def test_one_worker_is_elected_and_another_takes_over(app: App) -> None:
    if app.engine.dialect.name != "postgresql":
        pytest.skip("the advisory lock is PostgreSQL's; on SQLite one process runs")
    other = build_app(app.settings, clock=app.clock, migrate_schema=False)
    running: list[str] = []

    def work(name: str):  # type: ignore[no-untyped-def]
        async def receive(halt: asyncio.Event) -> None:
            running.append(name)
            await halt.wait()
            running.remove(name)

        return receive

    async def scenario() -> None:
        stop_a, stop_b = asyncio.Event(), asyncio.Event()
        lock_a = AdvisoryLock(app.engine, "test-election")
        lock_b = AdvisoryLock(other.engine, "test-election")
        a = asyncio.create_task(run_elected(lock_a, stop_a, work("a"), "test", retry_seconds=0.2))
        await asyncio.sleep(0.5)
        b = asyncio.create_task(run_elected(lock_b, stop_b, work("b"), "test", retry_seconds=0.2))
        await asyncio.sleep(1.0)
        assert running == ["a"]  # b stands by
        stop_a.set()  # a goes away: its lock's session ends
        await a
        for _ in range(50):
            if running == ["b"]:
                break
            await asyncio.sleep(0.1)
        assert running == ["b"]
        stop_b.set()
        await b
        assert running == []

    try:
        asyncio.run(scenario())
    finally:
        other.close()

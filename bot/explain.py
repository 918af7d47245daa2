"""``ofbot explain``: what the bot would do with a message. Writes nothing.

The pipeline runs in a transaction that is always rolled back; on a database that was never
initialised it runs against an empty in-memory one, so explaining never creates files.
"""

from __future__ import annotations

from bot.clock import clock_from_env
from bot.config import Settings
from bot.learning.store import LiveModel
from bot.pipeline import decide, explain_json
from bot.understand import OurIdentity
from storage.db import is_initialised, make_engine, migrate, session_factory


def explain_file(settings: Settings, raw: bytes, models: LiveModel | None = None) -> dict[str, object]:
    """``models`` (the composition root's) gives the live kind model; by default the database's."""
    models = models or LiveModel()
    engine = make_engine(settings.database.url) if _database_exists(settings) else None
    if engine is None or not is_initialised(engine):
        if engine is not None:
            engine.dispose()
        engine = make_engine("sqlite://")
        migrate(engine)
    try:
        our = OurIdentity(
            address=settings.mail.address,
            domain=settings.mail_domain,
            authserv_ids=settings.mail.authserv_id,
        )
        with session_factory(engine)() as session:
            try:
                model = models.current(session)
                decision = decide(
                    session,
                    raw,
                    our,
                    today=clock_from_env(settings.tz).today(),
                    classifier=model,
                    understanding=settings.understanding,
                    replies=model.reply,
                )
                return explain_json(decision)
            finally:
                session.rollback()
    finally:
        engine.dispose()


def _database_exists(settings: Settings) -> bool:
    url = settings.database.url
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////:memory:"):
        from pathlib import Path

        return Path(url[len("sqlite:///") :]).exists()
    return True

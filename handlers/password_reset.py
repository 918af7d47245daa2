"""Client-account password (R6, R7, R8, R70).

The client resets it itself with "Mot de passe oublié ?" on the client-account login page (login =
platform name, e-mail = the client or contact e-mail on the record) (R6). The client account is
not the personal login a member uses on the platform, and the bot says so (R8). A manual reset by
staff is billed to First Price clients (``manual_fee``) and free for the other tiers (R6, R70); it
needs staff approval and is answered only to addresses on record (R7). The request is
``answered`` at once; a client who replies insisting reaches staff.
"""

from __future__ import annotations

from handlers import common, information
from handlers.context import Context
from handlers.manual_change import ManualChangeHandler
from storage.models import Request


class PasswordResetHandler(ManualChangeHandler):
    kind = "password_reset"
    label_key = "manual_password_reset"
    description = "Client-account password: self-service steps at once; manual reset only by staff (R6-R8)."

    def on_new(self, ctx: Context, request: Request) -> None:
        if information.answer(ctx, request):  # R1, R3, R8: a short answer, not billed
            return
        fee = self.send_steps(ctx, request)
        common.notify(
            ctx,
            request,
            "answered",
            "Password reset: self-service steps sent (R6), client account vs platform login explained (R8). "
            + (f"A manual reset would cost {fee} € HT (First Price)" if fee > 0 else "A manual reset is free")
            + " and needs staff approval (R7).",
        )

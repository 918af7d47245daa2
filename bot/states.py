"""Request states (ARCHITECTURE "States") and which staff command accepts which state."""

from __future__ import annotations

NEEDS_ESTIMATE = "needs_estimate"
AWAITING_CONFIRMATION = "awaiting_confirmation"
QUEUED = "queued"
IN_PROGRESS = "in_progress"
DONE = "done"
DECLINED = "declined"
REJECTED = "rejected"
EXPIRED = "expired"
WAITING_DOCUMENTS = "waiting_documents"
WAITING_PAYMENT = "waiting_payment"
SCHEDULED = "scheduled"
TRIAGE = "triage"
ANSWERED = "answered"
CLIENT_WROTE = "client_wrote"  # open: a client wrote on an answered or closed request; staff decide

CLOSED = frozenset({DONE, DECLINED, REJECTED, EXPIRED, ANSWERED})

# Who an open request waits on (``queue --json`` ``waiting_on``); every other open state: staff.
WAITING_ON: dict[str, str] = {
    AWAITING_CONFIRMATION: "client",
    WAITING_PAYMENT: "payment",
    WAITING_DOCUMENTS: "documents",
}


def waiting_on(state: str) -> str:
    return WAITING_ON.get(state, "staff")

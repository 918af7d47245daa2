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

CLOSED = frozenset({DONE, DECLINED, REJECTED, EXPIRED, ANSWERED})

"""TLS contexts: STARTTLS on our listener, implicit TLS or STARTTLS to the relay.

The listener offers STARTTLS when ``[smtp] tls_cert`` and ``tls_key`` are set (and refuses MAIL
before it with ``require_tls``); a listener beyond loopback without TLS is refused at start-up
(:mod:`bot.opsconfig`). Towards the relay, certificates and host names are verified by default
(``relay_verify = false`` only for a lab); ``relay_ca_file`` trusts a private CA.
"""

from __future__ import annotations

import ssl

from bot.config import OutboundSettings, SmtpSettings


class TlsSetupError(Exception):
    """A certificate or key that cannot be loaded; the message names the files."""


def listener_context(settings: SmtpSettings) -> ssl.SSLContext | None:
    if not settings.tls_cert:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(settings.tls_cert, settings.tls_key)
    except (OSError, ssl.SSLError) as exc:
        raise TlsSetupError(
            f"cannot load the listener certificate {settings.tls_cert} with key {settings.tls_key}: "
            f"{getattr(exc, 'strerror', None) or exc}; check smtp.tls_cert and smtp.tls_key"
        ) from exc
    return context


def relay_context(settings: OutboundSettings) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=settings.relay_ca_file or None)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if not settings.relay_verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context

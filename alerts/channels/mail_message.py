"""Building the email itself: headers that cannot be injected into, a Message-ID that is the
same on every retry of one delivery, and the unsubscribe header every alert email carries."""

from __future__ import annotations

import hashlib
import re
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, parseaddr
from urllib.parse import quote

from alerts import render

_DOMAIN = re.compile(r"^[A-Za-z0-9.-]+$")
# Bodies are encoded under policy.SMTP (lines <= 78). Headers are then written unfolded (one
# line, <= 998 as RFC 5322 allows): a folded "Subject:\r\n [CRITICAL] ..." is valid but many
# parsers, Python's included, then report the value with a leading space.
HEADER_POLICY = SMTP.clone(max_line_length=998)


def mail_domain(mail_from: str) -> str:
    """The domain of the From address, used for Message-IDs (``localhost`` if unusable)."""
    domain = parseaddr(mail_from)[1].rpartition("@")[2]
    return domain if domain and _DOMAIN.match(domain) else "localhost"


def message_id(kind: str, delivery_id: int, salt: str, mail_from: str) -> str:
    """``<policywatch.alert.42.1a2b3c4d5e6f@example.com>``: derived, so a retry reuses it.

    ``salt`` (the unsubscribe token, or the admin subject) keeps ids from two installations
    that share a From domain apart; some mail services drop a second message with a known id.
    """
    digest = hashlib.sha256(f"{kind}:{delivery_id}:{salt}".encode()).hexdigest()[:12]
    return f"<policywatch.{kind}.{int(delivery_id)}.{digest}@{mail_domain(mail_from)}>"


def list_unsubscribe(mail_from: str, token: str) -> str:
    address = parseaddr(mail_from)[1] or "policywatch@localhost"
    return f"<mailto:{address}?subject={quote('unsubscribe ' + token, safe='')}>"


def build_message(
    *,
    kind: str,
    delivery_id: int,
    mail_from: str,
    to: str,
    subject: str,
    text: str,
    html: str | None = None,
    unsubscribe_token: str | None = None,
) -> EmailMessage:
    """A multipart/alternative (text, then HTML) message; every header value is one line."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = render.one_line(mail_from, 300)
    msg["To"] = render.one_line(to, 300)
    msg["Subject"] = render.one_line(subject, render.SUBJECT_LIMIT)
    msg["Date"] = formatdate(usegmt=True)
    salt = unsubscribe_token or subject
    msg["Message-ID"] = message_id(kind, delivery_id, salt, mail_from)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    if unsubscribe_token:
        msg["List-Unsubscribe"] = list_unsubscribe(mail_from, render.one_line(unsubscribe_token))
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    msg.policy = HEADER_POLICY
    return msg

"""Email through smtplib, against a local aiosmtpd server (tests/smtp_server.py)."""

from __future__ import annotations

import shutil
import socket
import subprocess
from html.parser import HTMLParser

import pytest

from alerts.channels import DeliveryError, get_channel
from alerts.model import AdminNotice, Alert, Digest, DigestEntry, DigestGroup, Evidence, Place
from tests.smtp_server import PASSWORD, SmtpStandin

pytest_plugins = ["tests.smtp_server"]  # the smtp_server and smtp_server_auth fixtures

TO = "ops@example.com"


def make_alert(**overrides) -> Alert:
    fields = dict(
        delivery_id=51,
        event_ids=[7],
        event_kind="new",
        title="Temporary suspension of goods to the United States",
        url="https://post.example/news/us-suspension",
        severity="critical",
        change_kind="suspension",
        destinations=["US"],
        categories=["all_goods"],
        evidence=[
            Evidence("change_kind", "suspension", "suspended"),
            Evidence("destinations", "US", "United States"),
        ],
        summary="From 25 August we have suspended acceptance of goods to the United States.",
        text="From 25 August we have suspended acceptance of goods to the United States.\n\n"
        "Letters and documents are still accepted.",
        places=[
            Place(
                "ep",
                "Example Post news",
                "Example Post",
                "https://post.example/news",
                "2026-11-28T13:29:59Z",
            )
        ],
        published="2026-11-27",
        detected_at="2026-11-28T13:29:59Z",
        subscription_id=3,
        subscription_name="US all goods",
        unsubscribe_token="unsub-3-Zm9vYmFy",
    )
    fields.update(overrides)
    return Alert(**fields)


def make_digest() -> Digest:
    suspension = DigestEntry(
        1,
        "Goods to the US suspended",
        "https://post.example/n/1",
        "critical",
        "suspension",
        ["US"],
        ["all_goods"],
        "Example Post news",
        "Example Post",
        "2026-11-24T09:00:00Z",
        "Suspended.",
    )
    delay = DigestEntry(
        2,
        "Delays to Canada",
        "https://post.example/n/2",
        "medium",
        "delay",
        ["CA"],
        ["all_goods"],
        "Example Post news",
        "Example Post",
        "2026-11-25T09:00:00Z",
        "Slower.",
    )
    return Digest(
        77,
        3,
        "North America",
        "weekly",
        "2026-11-21T00:00:00Z",
        "2026-11-28T00:00:00Z",
        [suspension],
        [DigestGroup("US", "United States", [suspension]), DigestGroup("CA", "Canada", [delay])],
        "unsub-digest",
    )


class Tags(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.text = ""
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.hrefs += [v for k, v in attrs if k == "href"]

    def handle_data(self, data):
        self.text += data


def parts(message) -> tuple[str, str]:
    return (message.get_body(("plain",)).get_content(), message.get_body(("html",)).get_content())


def test_alert_email_is_multipart_with_subject_ids_and_unsubscribe(smtp_server):
    get_channel("email", smtp_server.env()).send_alert(TO, make_alert())

    [message] = smtp_server.messages
    assert smtp_server.envelopes[0].rcpt_tos == [TO]
    assert smtp_server.envelopes[0].mail_from == "policywatch@example.test"
    assert message.get_content_type() == "multipart/alternative"
    assert message["Subject"] == "[CRITICAL] Suspension: United States (Example Post)"
    assert message["To"] == TO and message["From"] == "policywatch@example.test"
    assert message["Message-ID"].startswith("<policywatch.alert.51.")
    assert message["Message-ID"].endswith("@example.test>")
    assert message["List-Unsubscribe"] == (
        "<mailto:policywatch@example.test?subject=unsubscribe%20unsub-3-Zm9vYmFy>"
    )
    text, html = parts(message)
    assert "To stop these alerts: policywatch unsubscribe unsub-3-Zm9vYmFy" in text
    assert "why: 'suspended' (kind), 'United States' (destination)" in text
    page = Tags(html)
    assert "policywatch unsubscribe unsub-3-Zm9vYmFy" in page.text
    assert "https://post.example/news/us-suspension" in page.hrefs


def test_a_retried_delivery_keeps_its_message_id(smtp_server):
    channel = get_channel("email", smtp_server.env())
    smtp_server.refuse_next(1, code=451)
    with pytest.raises(DeliveryError):
        channel.send_alert(TO, make_alert())
    channel.send_alert(TO, make_alert())  # the retry
    channel.send_alert(TO, make_alert())  # a retry after a lost acknowledgement
    channel.send_alert(TO, make_alert(delivery_id=52))
    ids = [m["Message-ID"] for m in smtp_server.messages]
    assert ids[0] == ids[1] and ids[2] != ids[0]


def test_hostile_notice_text_arrives_as_plain_text(smtp_server):
    paragraph = "Lorem ipsum dolor sit amet. " * 360  # ~10,000 characters in one paragraph
    alert = make_alert(
        title='<script>alert("x")</script> <!channel> @here *urgent* & more',
        summary="<img src=x onerror=alert(1)> & @everyone",
        text=f"<script>steal()</script>\n\n{paragraph}",
    )
    get_channel("email", smtp_server.env()).send_alert(TO, alert)

    [message] = smtp_server.messages
    text, html = parts(message)
    page = Tags(html)
    assert "script" not in page.tags and "img" not in page.tags
    assert '<script>alert("x")</script> <!channel> @here *urgent* & more' in page.text
    assert "<img src=x onerror=alert(1)> & @everyone" in page.text
    assert "<script>steal()</script>" in page.text
    assert "<script>steal()</script>" in text and "*urgent* & more" in text
    assert "Lorem ipsum dolor sit amet. Lorem" in text and "Lorem ipsum" in page.text
    assert "[cut: the full notice is at https://post.example/news/us-suspension]" in text


def test_newlines_in_untrusted_text_cannot_inject_headers(smtp_server):
    alert = make_alert(
        destinations=[],
        title="Notice\r\nBcc: victim@example.com\r\n\r\nbody",
        places=[Place("s", "Post\nX-Evil: 1", "Post\nX-Evil: 1", None, "2026-11-28T13:29:59Z")],
    )
    get_channel("email", smtp_server.env()).send_alert(TO, alert)
    [message] = smtp_server.messages
    assert message["Bcc"] is None and message["X-Evil"] is None
    assert smtp_server.envelopes[0].rcpt_tos == [TO]
    assert message["Subject"] == (
        "[CRITICAL] Suspension: Notice Bcc: victim@example.com body (Post X-Evil: 1)"
    )


def test_digest_email(smtp_server):
    get_channel("email", smtp_server.env()).send_digest(TO, make_digest())
    [message] = smtp_server.messages
    assert message["Subject"] == (
        "policywatch weekly digest 21 Nov – 28 Nov 2026: 2 changes, 1 critical"
    )
    assert message["Message-ID"].startswith("<policywatch.digest.77.")
    assert "unsubscribe%20unsub-digest" in message["List-Unsubscribe"]
    text, html = parts(message)
    assert text.index("ACTIVE SUSPENSIONS") < text.index("UNITED STATES") < text.index("CANADA")
    assert "To stop these alerts: policywatch unsubscribe unsub-digest" in text
    assert {"https://post.example/n/1", "https://post.example/n/2"} <= set(Tags(html).hrefs)


def test_admin_email_is_text_only(smtp_server):
    notice = AdminNotice(8, "Source ep failing", "HTTP 503 three times.", "ep")
    get_channel("email", smtp_server.env()).send_admin(TO, notice)
    [message] = smtp_server.messages
    assert message.get_content_type() == "text/plain"
    assert message["Subject"] == "[policywatch admin] Source ep failing"
    assert message["List-Unsubscribe"] is None
    assert "HTTP 503 three times." in message.get_content()


def test_login_with_the_configured_user(smtp_server_auth):
    get_channel("email", smtp_server_auth.env()).send_alert(TO, make_alert())
    assert smtp_server_auth.logins == [("policywatch", True)]
    assert len(smtp_server_auth.messages) == 1


def test_a_wrong_password_is_permanent(smtp_server_auth):
    env = smtp_server_auth.env(POLICYWATCH_SMTP_PASSWORD=PASSWORD + "x")
    with pytest.raises(DeliveryError, match="535") as failure:
        get_channel("email", env).send_alert(TO, make_alert())
    assert failure.value.permanent and smtp_server_auth.messages == []


def test_a_refused_recipient_is_permanent(smtp_server):
    smtp_server.refuse_next(1, code=550, message="5.1.1 No such user")
    with pytest.raises(DeliveryError, match="No such user") as failure:
        get_channel("email", smtp_server.env()).send_alert(TO, make_alert())
    assert failure.value.permanent


@pytest.mark.parametrize("stage", ["mail", "rcpt", "data"])
def test_4xx_replies_are_temporary(smtp_server, stage):
    smtp_server.refuse_next(1, code=451, stage=stage)
    with pytest.raises(DeliveryError) as failure:
        get_channel("email", smtp_server.env()).send_alert(TO, make_alert())
    assert not failure.value.permanent
    assert smtp_server.messages == []


def test_an_outage_is_temporary_and_delivery_works_after_it(smtp_server):
    channel = get_channel("email", smtp_server.env())
    smtp_server.stop()
    with pytest.raises(DeliveryError) as failure:
        channel.send_alert(TO, make_alert())
    assert not failure.value.permanent
    smtp_server.start()
    channel.send_alert(TO, make_alert())
    assert len(smtp_server.messages) == 1


def test_a_silent_server_times_out_as_temporary():
    with socket.socket() as silent:  # accepts connections (backlog) but never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        env = {
            "POLICYWATCH_SMTP_HOST": "127.0.0.1",
            "POLICYWATCH_SMTP_PORT": str(silent.getsockname()[1]),
            "POLICYWATCH_SMTP_SECURITY": "none",
            "POLICYWATCH_SMTP_TIMEOUT": "0.3",
        }
        with pytest.raises(DeliveryError) as failure:
            get_channel("email", env).send_alert(TO, make_alert())
    assert not failure.value.permanent


def test_starttls_required_but_not_offered_is_permanent(smtp_server):
    env = smtp_server.env(POLICYWATCH_SMTP_SECURITY="starttls")
    with pytest.raises(DeliveryError, match="STARTTLS") as failure:
        get_channel("email", env).send_alert(TO, make_alert())
    assert failure.value.permanent


def test_an_invalid_address_is_permanent(smtp_server):
    with pytest.raises(DeliveryError) as failure:
        get_channel("email", smtp_server.env()).send_alert("not an address", make_alert())
    assert failure.value.permanent and smtp_server.envelopes == []


def test_settings_come_from_the_environment():
    channel = get_channel(
        "email", {"POLICYWATCH_SMTP_HOST": "mail.example.com", "POLICYWATCH_SMTP_SECURITY": "ssl"}
    )
    assert (channel.host, channel.port, channel.mail_from) == (
        "mail.example.com",
        465,
        "policywatch@localhost",
    )
    assert get_channel("email", {"POLICYWATCH_SMTP_HOST": "m"}).port == 587
    assert (
        get_channel(
            "email", {"POLICYWATCH_SMTP_HOST": "m", "POLICYWATCH_SMTP_SECURITY": "none"}
        ).port
        == 25
    )
    with pytest.raises(ValueError, match="POLICYWATCH_SMTP_SECURITY"):
        get_channel("email", {"POLICYWATCH_SMTP_HOST": "m", "POLICYWATCH_SMTP_SECURITY": "tls"})


@pytest.fixture
def certificate(tmp_path):
    """A self-signed certificate for 127.0.0.1, made with the openssl command."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return str(cert), str(key)


@pytest.mark.parametrize("implicit", [False, True], ids=["starttls", "ssl"])
def test_tls_with_a_trusted_certificate(certificate, monkeypatch, implicit):
    monkeypatch.setenv("SSL_CERT_FILE", certificate[0])  # trust our test CA only
    with SmtpStandin(tls=certificate, implicit_tls=implicit) as server:
        get_channel("email", server.env()).send_alert(TO, make_alert())
        assert len(server.messages) == 1


def test_tls_with_an_untrusted_certificate_is_not_sent(certificate, monkeypatch, tmp_path):
    empty = tmp_path / "empty.pem"
    empty.write_text("")
    monkeypatch.setenv("SSL_CERT_FILE", str(empty))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
    with SmtpStandin(tls=certificate) as server:
        with pytest.raises(DeliveryError, match="CERTIFICATE_VERIFY_FAILED"):
            get_channel("email", server.env()).send_alert(TO, make_alert())
        assert server.messages == []

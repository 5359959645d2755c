"""monitor.fetch against hostile or broken servers: every case ends in a typed FetchError (or
a decoded result), quickly, never a hang or a stray exception.

The server is http.server in a thread, writing raw bytes, so that it can lie about
Content-Length, stream forever, stall, loop redirects or not speak HTTP at all.
"""

from __future__ import annotations

import gzip
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from monitor.charset import codec_for, decode, detect_encoding
from monitor.fetch import Fetcher, FetchError

CAP = 64 * 1024

Route = Callable[[BaseHTTPRequestHandler], None]


class RawServer:
    """Routes by path to functions that write the whole response themselves."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                server.hits.append(self.path)
                route = server.routes.get(self.path)
                try:
                    if route is None:
                        send(self, 404, b"no route")
                    else:
                        route(self)
                except (BrokenPipeError, ConnectionResetError, TimeoutError):
                    self.close_connection = True

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, path: str) -> int:
        return self.hits.count(path)


def send(h: BaseHTTPRequestHandler, status: int, body: bytes = b"", **headers: str) -> None:
    h.send_response(status)
    headers.setdefault("Content-Length", str(len(body)))
    for name, value in headers.items():
        h.send_header(name.replace("_", "-"), value)
    h.end_headers()
    h.wfile.write(body)


def redirect(location: str) -> Route:
    return lambda h: send(h, 302, Location=location)


def chunked(h: BaseHTTPRequestHandler, status: int, chunks, **headers: str) -> None:
    h.send_response(status)
    h.send_header("Transfer-Encoding", "chunked")
    for name, value in headers.items():
        h.send_header(name.replace("_", "-"), value)
    h.end_headers()
    for chunk in chunks:
        h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        h.wfile.flush()
    h.wfile.write(b"0\r\n\r\n")


def endless(block: bytes = b"x" * 16384, pause: float = 0.0):
    while True:
        if pause:
            time.sleep(pause)
        yield block


@pytest.fixture(scope="module")
def raw_server():
    server = RawServer()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture
def srv(raw_server: RawServer):
    raw_server.routes.clear()
    raw_server.hits.clear()
    return raw_server


@pytest.fixture
def f():
    fetcher = Fetcher(
        contact="ops@example.org",
        host_spacing=0,
        backoff_factor=0,
        max_retry_after=1,
        retries=1,
        respect_robots=False,
        max_bytes=CAP,
        connect_timeout=1,
        read_timeout=0.5,
        body_timeout=1.0,
    )
    yield fetcher
    fetcher.close()


def fails(fetcher: Fetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    message = str(caught.value)
    assert message and "\n" not in message
    return caught.value


# -- size ------------------------------------------------------------------------------------


def test_declared_size_over_the_cap_is_refused_before_reading(srv, f):
    def huge(h):
        h.send_response(200)
        h.send_header("Content-Length", str(50 * 1024 * 1024))
        h.end_headers()
        h.wfile.write(b"x" * 1024)  # and then nothing: reading it would hang till timeout

    srv.routes["/huge"] = huge
    err = fails(f, srv.url("/huge"))
    assert (err.kind, err.status) == ("too_large", 200)


def test_body_over_the_cap_without_content_length_is_cut(srv, f):
    def close_delimited(h):
        h.send_response(200)
        h.send_header("Connection", "close")
        h.end_headers()
        h.wfile.write(b"y" * (CAP * 4))

    srv.routes["/big"] = close_delimited
    assert fails(f, srv.url("/big")).kind == "too_large"


def test_content_length_that_lies_small_does_not_bypass_the_cap(srv, f):
    # Chunked framing wins over Content-Length, so the body is what the chunks say.
    srv.routes["/liar"] = lambda h: chunked(h, 200, [b"z" * 8192] * 32, Content_Length="100")
    assert fails(f, srv.url("/liar")).kind == "too_large"


def test_endless_stream_is_cut_at_the_cap(srv, f):
    srv.routes["/endless"] = lambda h: chunked(h, 200, endless())
    started = time.monotonic()
    assert fails(f, srv.url("/endless")).kind == "too_large"
    assert time.monotonic() - started < 10  # not a hang (generous: no speed claim)


def test_endless_trickle_ends_in_a_timeout(srv, f):
    # A byte every 50 ms never trips the read timeout; the body deadline catches it.
    srv.routes["/trickle"] = lambda h: chunked(h, 200, endless(b".", pause=0.05))
    assert fails(f, srv.url("/trickle")).kind == "timeout"


def test_gzip_bomb_is_cut_at_the_decompressed_cap(srv, f):
    bomb = gzip.compress(b"\0" * (CAP * 20))
    srv.routes["/bomb"] = lambda h: send(h, 200, bomb, Content_Encoding="gzip")
    assert len(bomb) < CAP
    assert fails(f, srv.url("/bomb")).kind == "too_large"


def test_body_cut_short_is_a_network_error(srv, f):
    def short(h):
        h.send_response(200)
        h.send_header("Content-Length", "1000")
        h.send_header("Connection", "close")
        h.end_headers()
        h.wfile.write(b"only ten b")
        h.close_connection = True

    srv.routes["/short"] = short
    assert fails(f, srv.url("/short")).kind == "network"


def test_corrupt_gzip_is_a_network_error(srv, f):
    srv.routes["/badgz"] = lambda h: send(
        h, 200, b"\x1f\x8bnot gzip at all", Content_Encoding="gzip"
    )
    assert fails(f, srv.url("/badgz")).kind == "network"


# -- time ------------------------------------------------------------------------------------


def test_slow_server_times_out_and_is_not_asked_again(srv, f):
    def slow(h):
        time.sleep(1.5)
        send(h, 200, b"too late")

    srv.routes["/slow"] = slow
    err = fails(f, srv.url("/slow"))
    assert err.kind == "timeout"
    assert srv.count("/slow") == 1


def test_error_status_with_endless_body_still_ends(srv, f):
    srv.routes["/503forever"] = lambda h: chunked(h, 503, endless())
    err = fails(f, srv.url("/503forever"))
    assert (err.kind, err.status) == ("http", 503)
    assert srv.count("/503forever") == 2  # retries=1


def test_unparseable_retry_after_falls_back_to_backoff(srv, f):
    srv.routes["/soon"] = lambda h: send(h, 503, b"busy", Retry_After="soon, promise")
    err = fails(f, srv.url("/soon"))
    assert (err.kind, err.status, err.retry_after) == ("http", 503, None)
    assert srv.count("/soon") == 2


def test_retry_after_as_http_date_is_reported_in_seconds(srv, f):
    srv.routes["/date"] = lambda h: send(
        h,
        429,
        b"",
        Retry_After=time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 3600)),
    )
    err = fails(f, srv.url("/date"))
    assert err.kind == "http" and 3500 < err.retry_after <= 3600
    assert srv.count("/date") == 1  # beyond max_retry_after: not retried


# -- redirects and schemes -------------------------------------------------------------------


def test_redirect_loop(srv, f):
    srv.routes["/a"] = redirect("/b")
    srv.routes["/b"] = redirect("/a")
    err = fails(f, srv.url("/a"))
    assert err.kind == "redirects"
    assert srv.count("/a") == 1  # stopped as soon as the loop closed


def test_redirect_chain_longer_than_allowed(srv, f):
    for i in range(10):
        srv.routes[f"/r{i}"] = redirect(f"/r{i + 1}")
    srv.routes["/r10"] = lambda h: send(h, 200, b"end")
    err = fails(f, srv.url("/r0"))
    assert err.kind == "redirects" and "more than 5 redirects" in str(err)
    assert srv.count("/r6") == 0


@pytest.mark.parametrize(
    "target", ["ftp://example.org/notices.txt", "file:///etc/passwd", "gopher://x/", "data:,hi"]
)
def test_redirect_to_another_scheme_is_refused(srv, f, target):
    srv.routes["/away"] = redirect(target)
    err = fails(f, srv.url("/away"))
    assert err.kind == "scheme"
    assert "redirect" in str(err)


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/x",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "/relative/path",
        "",
        "http://",
        "https:///nohost",
        "http://exa mple.org/",
    ],
)
def test_non_http_urls_are_refused_without_network(url):
    with Fetcher(contact="ops@example.org") as fetcher:
        err = fails(fetcher, url)
    assert err.kind == "scheme"


def test_connection_refused_is_a_network_error(f):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nobody listens there
    err = fails(f, f"http://127.0.0.1:{port}/")
    assert err.kind == "network"
    assert "refused" in str(err).lower()


def test_not_http_at_all_is_a_network_error():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]

    def babble():
        for _ in range(2):  # the first try and one retry
            conn, _ = listener.accept()
            conn.recv(4096)
            conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")
            conn.close()

    thread = threading.Thread(target=babble, daemon=True)
    thread.start()
    with Fetcher(
        contact="ops@example.org", host_spacing=0, respect_robots=False, retries=1, backoff_factor=0
    ) as f:
        err = fails(f, f"http://127.0.0.1:{port}/")
    listener.close()
    assert err.kind == "network"


def test_robots_txt_that_misbehaves_means_allowed(srv):
    srv.routes["/robots.txt"] = lambda h: chunked(h, 200, endless())
    srv.routes["/page"] = lambda h: send(h, 200, b"page")
    with Fetcher(contact="ops@example.org", host_spacing=0, read_timeout=0.5) as fetcher:
        assert fetcher.fetch(srv.url("/page")).content == b"page"


# -- charsets --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content_type",
    [
        "text/html; charset=x-no-such-charset",
        "text/html; charset=undefined",
        "text/html; charset=rot13",
        "text/html; charset=",
        'text/html; charset="utf-8',
    ],
)
def test_unknown_or_absurd_charset_falls_back(srv, f, content_type):
    body = "<p>Suspensão dos envios para os Estados Unidos</p>".encode()
    srv.routes["/cs"] = lambda h: send(h, 200, body, Content_Type=content_type)
    result = f.fetch(srv.url("/cs"))
    assert result.text() == "<p>Suspensão dos envios para os Estados Unidos</p>"


def test_wrong_charset_decodes_with_replacement_not_an_exception(srv, f):
    body = b"\xfa\xfb bad utf-8 \xc3"
    srv.routes["/bad"] = lambda h: send(h, 200, body, Content_Type="text/plain; charset=utf-8")
    result = f.fetch(srv.url("/bad"))
    assert result.encoding == "utf-8"
    assert result.text().endswith("bad utf-8 \ufffd")


def test_decode_never_raises_even_for_a_bogus_encoding_name():
    assert decode(b"caf\xc3\xa9", "no-such-codec") == "café"
    assert decode(b"caf\xe9", "undefined") == "caf\ufffd"


def test_meta_claiming_utf16_in_an_ascii_page_means_utf8():
    assert detect_encoding(b'<meta charset="utf-16"><p>ok</p>', "text/html") == "utf-8"


def test_bom_wins_over_a_wrong_header():
    body = "\ufeffZölle".encode("utf-8")
    encoding = detect_encoding(body, "text/plain; charset=iso-8859-1")
    assert decode(body, encoding) == "Zölle"


def test_labels_map_to_the_charsets_pages_really_use():
    assert codec_for("ISO-8859-1") == "cp1252"
    assert codec_for("us-ascii") == "cp1252"
    assert codec_for("Shift_JIS") == "cp932"
    assert codec_for("hex") is None and codec_for("nonsense") is None


# -- TLS -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    """An HTTPS server with a self-signed certificate for 127.0.0.1."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-nodes", "-newkey", "ec", "-pkeyopt",
         "ec_paramgen_curve:prime256v1", "-keyout", str(key), "-out", str(cert), "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    server = RawServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
    server.base = server.base.replace("http://", "https://")
    server.routes["/secure"] = lambda h: send(h, 200, b"secret notice")
    yield server, cert
    server.httpd.shutdown()
    server.httpd.server_close()


def test_untrusted_certificate_is_refused(tls_server):
    server, _cert = tls_server
    with Fetcher(contact="ops@example.org", respect_robots=False, retries=0) as fetcher:
        err = fails(fetcher, server.url("/secure"))
    assert err.kind == "network"
    assert "certificate" in str(err).lower()


def test_ca_bundle_from_the_environment_is_trusted(tls_server, monkeypatch):
    server, cert = tls_server
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))
    with Fetcher(contact="ops@example.org", respect_robots=False, retries=0) as fetcher:
        assert fetcher.fetch(server.url("/secure")).content == b"secret notice"


def test_malformed_redirect_target_is_refused(srv, f):
    srv.routes["/ipv6"] = redirect("http://[::1/broken")
    assert fails(f, srv.url("/ipv6")).kind == "scheme"


def test_a_url_that_is_not_a_string_is_refused():
    with Fetcher(contact="ops@example.org") as fetcher:
        assert fails(fetcher, None).kind == "scheme"  # type: ignore[arg-type]

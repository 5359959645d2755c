"""monitor.fetch against well-behaved (if demanding) servers on loopback, via pytest-httpserver.

Hostile servers (endless bodies, lies, loops, timeouts) are in test_fetch_bad_input.py.
"""

from __future__ import annotations

import gzip
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

from monitor.fetch import Fetcher, FetchError
from monitor.host_spacing import HostSpacer
from monitor.robots import RobotsCache, RobotsRules

CONTACT = "mailto:ops@example.org"


@pytest.fixture(scope="module")
def server():
    srv = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    srv.start()
    yield srv
    srv.clear()
    srv.stop()


@pytest.fixture
def http(server: HTTPServer):
    server.clear()
    yield server
    server.clear()


def fetcher(**kw) -> Fetcher:
    """A Fetcher with test-speed defaults: no spacing, no backoff, no robots unless asked."""
    options = dict(
        contact=CONTACT, host_spacing=0, backoff_factor=0, max_retry_after=5, respect_robots=False
    )
    options.update(kw)
    return Fetcher(**options)


class Arrivals:
    """Server-side record of when each request arrived, and with which headers."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.seen: list[tuple[float, str, dict[str, str]]] = []

    def wrap(self, respond):
        def handler(request: Request) -> Response:
            with self.lock:
                self.seen.append((time.monotonic(), request.path, dict(request.headers)))
            return respond(request)

        return handler

    def times(self, path: str | None = None) -> list[float]:
        return [t for t, p, _ in self.seen if path is None or p == path]

    def count(self, path: str) -> int:
        return len(self.times(path))


def serve_sequence(http: HTTPServer, path: str, responses: list[Response]) -> Arrivals:
    """Answer ``path`` with the responses in turn (the last one repeats)."""
    arrivals = Arrivals()
    calls = iter(range(10**6))

    def respond(_request: Request) -> Response:
        return responses[min(next(calls), len(responses) - 1)]

    http.expect_request(path).respond_with_handler(arrivals.wrap(respond))
    return arrivals


def test_conditional_get_sends_validators_and_returns_304(http):
    arrivals = Arrivals()

    def respond(request: Request) -> Response:
        if request.headers.get("If-None-Match") == '"v7"':
            return Response(status=304, headers={"ETag": '"v7"'})
        return Response(
            b"<feed>one</feed>",
            content_type="application/atom+xml; charset=utf-8",
            headers={"ETag": '"v7"', "Last-Modified": "Wed, 21 Oct 2026 07:28:00 GMT"},
        )

    http.expect_request("/feed.xml").respond_with_handler(arrivals.wrap(respond))
    with fetcher() as f:
        first = f.fetch(http.url_for("/feed.xml"))
        second = f.fetch(
            http.url_for("/feed.xml"), etag=first.etag, last_modified=first.last_modified
        )

    assert first.status == 200 and not first.not_modified
    assert first.content == b"<feed>one</feed>"
    assert first.content_type == "application/atom+xml"
    assert first.encoding == "utf-8"
    assert first.text() == "<feed>one</feed>"
    assert (first.etag, first.last_modified) == ('"v7"', "Wed, 21 Oct 2026 07:28:00 GMT")
    assert second.status == 304 and second.not_modified and second.content is None
    assert second.text() == ""
    sent = arrivals.seen[1][2]
    assert sent["If-None-Match"] == '"v7"'
    assert sent["If-Modified-Since"] == "Wed, 21 Oct 2026 07:28:00 GMT"
    assert "If-None-Match" not in arrivals.seen[0][2]


def test_user_agent_names_the_product_and_the_contact(http):
    arrivals = serve_sequence(http, "/page", [Response("ok")])
    with fetcher(contact="https://example.org/policywatch-contact") as f:
        f.fetch(http.url_for("/page"))
        assert f.user_agent.startswith("policywatch/")
    user_agent = arrivals.seen[0][2]["User-Agent"]
    assert user_agent.startswith("policywatch/")
    assert "(+https://example.org/policywatch-contact)" in user_agent


def test_contact_must_be_one_line():
    with pytest.raises(ValueError):
        Fetcher(contact="ops@example.org\r\nX-Evil: 1")


def test_429_with_retry_after_is_retried_after_the_wait(http):
    arrivals = serve_sequence(
        http,
        "/busy",
        [Response("slow down", status=429, headers={"Retry-After": "1"}), Response("done")],
    )
    with fetcher(retries=2, max_retry_after=5) as f:
        result = f.fetch(http.url_for("/busy"))
    assert result.status == 200 and result.content == b"done"
    first, second = arrivals.times("/busy")
    assert second - first >= 0.9  # the server asked for 1 s


def test_retry_after_beyond_the_cap_is_reported_not_slept(http):
    arrivals = serve_sequence(
        http, "/later", [Response("later", status=429, headers={"Retry-After": "3600"})]
    )
    with fetcher(retries=3, max_retry_after=2) as f, pytest.raises(FetchError) as caught:
        f.fetch(http.url_for("/later"))
    err = caught.value
    assert (err.kind, err.status, err.retry_after) == ("http", 429, 3600.0)
    assert arrivals.count("/later") == 1  # not knocked again before the server said
    assert "429" in str(err) and "\n" not in str(err)


def test_503_every_time_gives_http_error_after_all_attempts(http):
    arrivals = serve_sequence(http, "/down", [Response("down", status=503)])
    with fetcher(retries=2) as f, pytest.raises(FetchError) as caught:
        f.fetch(http.url_for("/down"))
    err = caught.value
    assert (err.kind, err.status) == ("http", 503)
    assert err.url == http.url_for("/down")
    assert arrivals.count("/down") == 3
    assert str(err).startswith("HTTP 503 ")
    assert str(err).endswith(f"from {err.url} after 3 attempts")


def test_503_then_200_recovers(http):
    serve_sequence(
        http, "/flaky", [Response("x", status=503), Response("x", status=502), Response("up")]
    )
    with fetcher(retries=3) as f:
        assert f.fetch(http.url_for("/flaky")).content == b"up"


def test_404_is_an_error_at_once_without_retries(http):
    arrivals = serve_sequence(http, "/gone", [Response("no", status=404)])
    with fetcher(retries=3) as f, pytest.raises(FetchError) as caught:
        f.fetch(http.url_for("/gone"))
    assert (caught.value.kind, caught.value.status) == ("http", 404)
    assert arrivals.count("/gone") == 1


def test_redirects_are_followed_to_the_final_url(http):
    http.expect_request("/old").respond_with_response(
        Response(status=301, headers={"Location": "/middle"})
    )
    http.expect_request("/middle").respond_with_response(
        Response(status=302, headers={"Location": http.url_for("/new")})
    )
    http.expect_request("/new").respond_with_data("here")
    with fetcher() as f:
        result = f.fetch(http.url_for("/old"))
    assert result.url == http.url_for("/new")
    assert result.content == b"here"


def test_gzip_body_is_decompressed(http):
    body = "Zollanmeldung für Pakete ab 1. März. ".encode() * 200
    http.expect_request("/gz").respond_with_response(
        Response(
            gzip.compress(body),
            headers={"Content-Encoding": "gzip", "Content-Type": "text/plain; charset=utf-8"},
        )
    )
    with fetcher() as f:
        result = f.fetch(http.url_for("/gz"))
    assert result.content == body
    assert result.text().startswith("Zollanmeldung für Pakete ab 1. März.")


ROBOTS = b"""# our own group wins over '*'
User-agent: *
Disallow: /

User-agent: PolicyWatch
Disallow: /private
Allow: /private/notices
"""


def test_robots_txt_disallow_is_an_error_and_robots_is_fetched_once(http):
    robots = Arrivals()
    http.expect_request("/robots.txt").respond_with_handler(
        robots.wrap(lambda _r: Response(ROBOTS, content_type="text/plain"))
    )
    http.expect_request("/private/notices/1").respond_with_data("open")
    http.expect_request("/news").respond_with_data("news")
    with fetcher(respect_robots=True) as f:
        with pytest.raises(FetchError) as caught:
            f.fetch(http.url_for("/private/internal"))
        assert caught.value.kind == "robots"
        assert "robots.txt" in str(caught.value)
        assert f.fetch(http.url_for("/private/notices/1")).content == b"open"
        with ThreadPoolExecutor(8) as pool:
            pages = list(pool.map(lambda _: f.fetch(http.url_for("/news")).content, range(16)))
    assert pages == [b"news"] * 16
    assert robots.count("/robots.txt") == 1


def test_robots_txt_fetched_once_when_threads_start_together(http):
    robots = Arrivals()

    def slow_robots(_request: Request) -> Response:
        time.sleep(0.2)  # all threads arrive while it is being fetched
        return Response(b"User-agent: *\nDisallow: /admin\n", content_type="text/plain")

    http.expect_request("/robots.txt").respond_with_handler(robots.wrap(slow_robots))
    http.expect_request("/feed").respond_with_data("feed")
    with fetcher(respect_robots=True) as f, ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: f.fetch(http.url_for("/feed")).status, range(8)))
    assert results == [200] * 8
    assert robots.count("/robots.txt") == 1


@pytest.mark.parametrize("robots_status", [404, 500])
def test_missing_or_failing_robots_txt_allows_everything(http, robots_status):
    http.expect_request("/robots.txt").respond_with_data("nope", status=robots_status)
    http.expect_request("/anything").respond_with_data("fine")
    with fetcher(respect_robots=True, retries=0) as f:
        assert f.fetch(http.url_for("/anything")).content == b"fine"


def test_windows_1252_declared_only_in_meta_decodes_right(http):
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    page += "</head><body>Tarifs: 5 € – envoi “express” vers la Réunion</body></html>"
    http.expect_request("/fr").respond_with_response(
        Response(page.encode("cp1252"), headers={"Content-Type": "text/html"})
    )
    with fetcher() as f:
        result = f.fetch(http.url_for("/fr"))
    assert result.encoding == "cp1252"
    assert "5 € – envoi “express” vers la Réunion" in result.text()


def test_shift_jis_declared_only_in_meta_decodes_right(http):
    page = '<html><head><meta charset="Shift_JIS"><title>お知らせ</title></head>'
    page += "<body>米国宛て郵便物の引受停止について</body></html>"
    http.expect_request("/jp").respond_with_response(
        Response(page.encode("shift_jis"), headers={"Content-Type": "text/html"})
    )
    with fetcher() as f:
        result = f.fetch(http.url_for("/jp"))
    assert result.encoding == "cp932"
    assert "米国宛て郵便物の引受停止について" in result.text()


def test_xml_declaration_names_the_charset_of_a_feed(http):
    feed = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Envíos a España</title></rss>'
    http.expect_request("/rss").respond_with_response(
        Response(feed.encode("latin-1"), headers={"Content-Type": "application/rss+xml"})
    )
    with fetcher() as f:
        assert "Envíos a España" in f.fetch(http.url_for("/rss")).text()


def test_header_charset_wins_over_meta(http):
    page = '<meta charset="shift_jis"><p>Größe</p>'
    http.expect_request("/de").respond_with_response(
        Response(page.encode("utf-8"), headers={"Content-Type": "text/html; charset=UTF-8"})
    )
    with fetcher() as f:
        result = f.fetch(http.url_for("/de"))
    assert result.encoding == "utf-8"
    assert "Größe" in result.text()


def test_undeclared_legacy_charset_is_guessed(http):
    text = "Les envois à destination de la Nouvelle-Calédonie sont suspendus jusqu'à nouvel ordre. "
    http.expect_request("/guess").respond_with_response(
        Response((text * 20).encode("cp1252"), headers={"Content-Type": "text/plain"})
    )
    with fetcher() as f:
        result = f.fetch(http.url_for("/guess"))
    assert result.encoding != "utf-8"
    assert "Nouvelle-Calédonie sont suspendus jusqu'à" in result.text()


def test_requests_to_one_host_are_spaced_across_threads(http):
    arrivals = serve_sequence(http, "/spaced", [Response("x")])
    with fetcher(host_spacing=0.3) as f, ThreadPoolExecutor(3) as pool:
        list(pool.map(lambda _: f.fetch(http.url_for("/spaced")), range(3)))
    times = sorted(arrivals.times("/spaced"))
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert len(times) == 3
    # sent 0.3 s apart; the server sees them as its threads get to run, so one arrival late
    # by a tenth of a second shortens one gap and lengthens the next: the span of all three
    # keeps two spacings, and no two arrive together
    assert times[-1] - times[0] >= 0.5
    assert min(gaps) >= 0.1


def test_waiting_for_one_host_does_not_hold_up_another(http):
    other = HTTPServer(host="127.0.0.2", port=0, threaded=True)
    other.start()
    try:
        arrivals = Arrivals()
        for srv in (http, other):
            srv.expect_request("/p").respond_with_handler(arrivals.wrap(lambda _r: Response("x")))
        host_a, host_b = http.url_for("/p"), other.url_for("/p")
        with fetcher(host_spacing=1.0) as f, ThreadPoolExecutor(3) as pool:
            f.fetch(host_a)
            second_a = pool.submit(f.fetch, host_a)  # waits its turn, about 1 s
            time.sleep(0.1)  # so that it is waiting when B is asked for
            first_b = pool.submit(f.fetch, host_b)  # must not wait behind it
            second_a.result(), first_b.result()
    finally:
        other.clear()
        other.stop()
    order = [headers["Host"].split(":")[0] for _, _, headers in sorted(arrivals.seen)]
    assert order == ["127.0.0.1", "127.0.0.2", "127.0.0.1"]
    a_times = [t for t, _, headers in arrivals.seen if headers["Host"].startswith("127.0.0.1")]
    assert a_times[1] - a_times[0] >= 0.9


def test_concurrent_fetches_share_one_fetcher(http):
    for i in range(40):
        http.expect_request(f"/n/{i}").respond_with_data(f"notice {i}")
    with fetcher(pool_size=8) as f, ThreadPoolExecutor(8) as pool:
        texts = list(pool.map(lambda i: f.fetch(http.url_for(f"/n/{i}")).text(), range(40)))
    assert texts == [f"notice {i}" for i in range(40)]


def test_retries_keep_the_host_spacing(http):
    arrivals = serve_sequence(http, "/retry", [Response("x", status=503), Response("ok")])
    with fetcher(host_spacing=0.3, retries=2) as f:
        assert f.fetch(http.url_for("/retry")).content == b"ok"
    first, second = arrivals.times("/retry")
    assert second - first >= 0.25  # no immediate retry, even with backoff_factor=0


def test_proxy_from_the_environment_is_used(http, monkeypatch):
    arrivals = Arrivals()
    # A forward proxy receives the absolute URL; the test server plays the proxy.
    http.expect_request("/notices").respond_with_handler(
        arrivals.wrap(lambda r: Response(f"via proxy for {r.host}"))
    )
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", http.url_for("/"))
    monkeypatch.setenv("http_proxy", http.url_for("/"))
    with fetcher() as f:
        result = f.fetch("http://notices.policywatch.invalid/notices")
    assert result.text() == "via proxy for notices.policywatch.invalid"
    assert result.url == "http://notices.policywatch.invalid/notices"


# -- the parts, without a server -------------------------------------------------------------


def test_robots_rules_longest_match_wildcards_and_groups():
    text = """
User-agent: Googlebot
Disallow: /

User-agent: policywatch/1.0
User-agent: otherbot
Disallow: /notices/
Allow: /notices/public
Disallow: /*.pdf$
Disallow: /search?*q=
Allow: /~archive   # comment
Disallow: /%7Earchive/old

User-agent: *
Disallow: /everything
"""
    rules = RobotsRules.parse(text, "policywatch")
    assert not rules.allows("/notices/internal")
    assert rules.allows("/notices/public/2026.html")  # the longer Allow wins
    assert not rules.allows("/files/tariffs.pdf")
    assert rules.allows("/files/tariffs.pdf?download=1")  # "$" anchors the end
    assert not rules.allows("/search?lang=en&q=vapes")
    assert rules.allows("/search?lang=en")
    assert rules.allows("/everything")  # the '*' group does not apply: we have our own
    assert not rules.allows("/~archive/old/1")  # %7E and ~ are the same path
    assert rules.allows("/robots.txt")
    anonymous = RobotsRules.parse(text, "somebot")
    assert not anonymous.allows("/everything/else") and anonymous.allows("/notices/internal")


def test_robots_allow_wins_a_tie_and_empty_disallow_allows():
    assert RobotsRules.parse("User-agent: *\nDisallow: /a\nAllow: /a\n", "pw").allows("/a/b")
    assert RobotsRules.parse("User-agent: *\nDisallow:\n", "pw").allows("/anything")
    assert RobotsRules.parse("Disallow: /\n", "pw").allows("/x")  # no group: ignored


def test_robots_cache_loads_each_origin_once_and_expires():
    now = [0.0]
    loads: list[str] = []

    def load(origin: str) -> str | None:
        loads.append(origin)
        return "User-agent: *\nDisallow: /private\n" if origin.endswith("a.example") else None

    cache = RobotsCache("policywatch", load, ttl=100, clock=lambda: now[0])
    assert not cache.allows("https://a.example", "/private/x")
    assert cache.allows("https://a.example", "/public")
    assert cache.allows("https://b.example", "/private/x")  # no robots.txt: allowed
    assert loads == ["https://a.example", "https://b.example"]
    now[0] = 101
    cache.allows("https://a.example", "/")
    assert loads == ["https://a.example", "https://b.example", "https://a.example"]


def test_host_spacer_reserves_slots_per_host():
    now = [10.0]
    slept: list[float] = []
    spacer = HostSpacer(1.0, clock=lambda: now[0], sleep=slept.append)
    assert spacer.wait_turn("a") == 0
    assert spacer.wait_turn("b") == 0  # another host: no wait
    assert spacer.wait_turn("a") == 1.0
    assert spacer.wait_turn("a") == 2.0  # queued behind the previous reservation
    now[0] = 20.0
    assert spacer.wait_turn("a") == 0
    assert spacer.wait_turn("b", delay=5.0) == 5.0  # a retry's backoff, still a slot
    assert slept == [1.0, 2.0, 5.0]

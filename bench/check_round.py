"""Benchmark: check rounds over N generated sources served on loopback.

    python bench/check_round.py 2000 [--hosts 8] [--workers 8] [--spacing 0.005]

Half the sources are Atom feeds, half HTML notice pages (about 50 KB each), spread over
127.0.0.2 ... 127.0.0.(hosts+1), served by separate processes so that the figures are the
checker's own. The servers honour ETag/If-None-Match like real ones. Three rounds: the first
(a baseline: everything fetched, extracted and stored), an unchanged one (all 304), and one
where 5% of the sources changed. Prints wall time, CPU time, CPU per source and peak memory.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PARAGRAPH = (
    "Please be advised that postal items for the destinations listed below may be subject to "
    "delays owing to reduced flight capacity. Customers are asked to check the list before "
    "posting. Items already in the network will be forwarded as soon as possible. "
)
COUNTRIES = ["Chile", "Peru", "Kenya", "Norway", "Japan", "Canada", "Brazil", "Egypt", "Fiji"]


def page_html(sid: int, version: int) -> bytes:
    items = []
    for i in range(40):
        country = COUNTRIES[(sid + i) % len(COUNTRIES)]
        status = "suspended" if (i == 0 and version % 2) else "delayed"
        items.append(
            f'<div class="notice"><h3>Service update {i}: {country}</h3>'
            f"<p>Mail to {country} is {status} (v{version if i == 0 else 0}).</p>"
            f"<p>{PARAGRAPH * 4}</p>"
            f'<a href="/n/{sid}/{i}">Read more</a></div>'
        )
    body = "".join(items)
    return (
        f"<html><head><title>Operator {sid} alerts</title></head><body><nav>menu</nav>"
        f'<main id="content"><h1>International service alerts</h1>{body}</main></body></html>'
    ).encode()


def feed_xml(sid: int, version: int) -> bytes:
    entries = []
    for i in range(40):
        country = COUNTRIES[(sid + i) % len(COUNTRIES)]
        status = "suspended" if (i == 0 and version % 2) else "delayed"
        entries.append(
            f"<entry><id>tag:bench,{sid}:{i}</id><title>Notice {i}: mail to {country}</title>"
            f'<link href="http://example.org/{sid}/{i}"/><updated>2026-11-0{1 + i % 9}T10:00:00Z'
            f'</updated><summary type="html">&lt;p&gt;Mail to {country} is {status} '
            f"(v{version if i == 0 else 0}).&lt;/p&gt;&lt;p&gt;{PARAGRAPH * 4}&lt;/p&gt;</summary>"
            "</entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Operator {sid}</title><id>tag:bench,{sid}</id><updated>2026-11-01T00:00:00Z"
        f"</updated>{''.join(entries)}</feed>"
    ).encode()


def serve(host: str, port: int, ready: mp.Event) -> None:
    versions: dict[int, int] = {}
    cache: dict[tuple[int, int], bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # quiet
            pass

        def do_POST(self):  # /_bump?ids=1,2,3 : those sources change
            ids = self.path.split("ids=", 1)[1].split(",") if "ids=" in self.path else []
            for sid in ids:
                versions[int(sid)] = versions.get(int(sid), 0) + 1
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self):
            parts = self.path.strip("/").split("/")
            if len(parts) != 2 or parts[0] not in ("feed", "page"):
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            sid = int(parts[1])
            version = versions.get(sid, 0)
            etag = f'"{sid}-{version}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            key = (sid, version)
            if key not in cache:
                cache[key] = (
                    feed_xml(sid, version) if parts[0] == "feed" else page_html(sid, version)
                )
            body = cache[key]
            self.send_response(200)
            ctype = "application/atom+xml" if parts[0] == "feed" else "text/html; charset=utf-8"
            self.send_header("Content-Type", ctype)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    ready.set()
    server.serve_forever()


def free_port(host: str) -> int:
    import socket

    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=2000)
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--spacing", type=float, default=0.005, help="per-host spacing, s")
    args = parser.parse_args()

    from monitor.checker import Checker
    from monitor.config import Settings, Source

    hosts = [f"127.0.0.{i + 2}" for i in range(args.hosts)]
    servers, endpoints = [], []
    for host in hosts:
        port = free_port(host)
        ready = mp.Event()
        proc = mp.Process(target=serve, args=(host, port, ready), daemon=True)
        proc.start()
        ready.wait(10)
        servers.append(proc)
        endpoints.append(f"http://{host}:{port}")

    sources = []
    for i in range(args.n):
        base = endpoints[i % len(endpoints)]
        kind = "feed" if i % 2 == 0 else "page"
        sources.append(
            Source(
                id=f"bench-{i}",
                name=f"Bench source {i}",
                operator=f"Operator {i}",
                kind="postal",
                origin="GB",
                type="feed" if kind == "feed" else "html",
                url=f"{base}/{kind}/{i}",
                selector="#content" if kind == "page" else None,
                item_selector="div.notice" if kind == "page" else None,
                interval=3600,
            )
        )
    tmp = tempfile.mkdtemp(prefix="pw-bench-")
    db_path = os.path.join(tmp, "bench.db")
    settings = Settings(host_spacing=args.spacing, workers=args.workers)
    checker = Checker(db_path, settings)
    print(
        f"{args.n} sources ({args.n // 2} feeds, {args.n - args.n // 2} HTML pages of"
        f" ~{len(page_html(1, 0)) // 1024} KB; feeds ~{len(feed_xml(0, 0)) // 1024} KB) on"
        f" {len(hosts)} loopback hosts; {args.workers} workers; per-host spacing {args.spacing}s"
    )

    def run_round(name: str) -> None:
        c0, w0 = time.process_time(), time.perf_counter()
        summary = checker.check_many(sources)
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        statuses: dict[str, int] = {}
        for r in summary.results:
            statuses[r.status] = statuses.get(r.status, 0) + 1
        print(
            f"{name:<14} wall {wall:6.2f} s   CPU {cpu:6.2f} s"
            f"   CPU/source {cpu / args.n * 1000:6.3f} ms"
            f"   peak RSS {peak:6.1f} MB   events {summary.events:5d}   {statuses}"
        )

    run_round("first round")
    run_round("unchanged")
    changed = list(range(0, args.n, 20))  # 5%
    by_host: dict[str, list[str]] = {}
    for i in changed:
        by_host.setdefault(endpoints[i % len(endpoints)], []).append(str(i))
    for base, ids in by_host.items():
        urllib.request.urlopen(
            urllib.request.Request(f"{base}/_bump?ids={','.join(ids)}", method="POST")
        )
    run_round("5% changed")
    checker.close()
    for proc in servers:
        proc.terminate()
    print(f"database: {os.path.getsize(db_path) / 1e6:.1f} MB at {db_path}")


if __name__ == "__main__":
    threading.current_thread().name = "bench"
    main()

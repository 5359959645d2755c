"""Micro-benchmark: client CPU per conditional fetch answered 304.

    python bench/fetch_micro.py [--fetches 2000] [--threads 8] [--hosts 8] [--rounds 3]
                                [--spacing 0]

The 304s come from a separate process (http.server, keep-alive, one server per address on
127.0.0.2 ... 127.0.0.(hosts+1)), so the CPU time measured is the fetching process's own:
one shared Fetcher, a thread pool, every fetch sending If-None-Match. robots.txt (404) and the
connections are warmed up first, as in a long-running service. Prints client CPU ms per fetch
and fetches per wall-clock second for each round.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ETAG = '"v1"'


class NotModifiedHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path == "/robots.txt":
            self.send_response(404)
            self.send_header("Content-Length", "0")
        elif self.headers.get("If-None-Match") == ETAG:
            self.send_response(304)
            self.send_header("ETag", ETAG)
        else:
            body = b"<feed/>"
            self.send_response(200)
            self.send_header("ETag", ETAG)
            self.send_header("Content-Type", "application/atom+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def serve(port: int, hosts: int) -> None:
    """Run in the child process: one threaded server per loopback address."""
    for i in range(hosts):
        server = ThreadingHTTPServer((f"127.0.0.{2 + i}", port), NotModifiedHandler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
    print("ready", flush=True)
    threading.Event().wait()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.2", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fetches", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--spacing", type=float, default=0.0, help="per-host spacing, seconds")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.hosts)
        return

    from monitor.fetch import Fetcher

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(port), "--hosts", str(args.hosts)],
        stdout=subprocess.PIPE,
    )
    try:
        assert server.stdout is not None
        server.stdout.readline()
        urls = [
            f"http://127.0.0.{2 + i % args.hosts}:{port}/feeds/{i}.xml" for i in range(args.fetches)
        ]
        fetcher = Fetcher(
            host_spacing=args.spacing, pool_size=args.threads, contact="bench@example.org"
        )

        def check(url: str) -> int:
            return fetcher.fetch(url, etag=ETAG).status

        with ThreadPoolExecutor(args.threads) as pool:
            warm = list(pool.map(check, urls[: args.hosts * args.threads * 4]))
            assert set(warm) == {304}, set(warm)
            for round_no in range(1, args.rounds + 1):
                cpu0, wall0 = time.process_time(), time.perf_counter()
                statuses = list(pool.map(check, urls))
                cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
                assert set(statuses) == {304}, set(statuses)
                print(
                    f"round {round_no}: {args.fetches} fetches, {args.threads} threads, "
                    f"{args.hosts} hosts, spacing {args.spacing:g} s: "
                    f"client CPU {cpu * 1000 / args.fetches:.3f} ms/fetch, "
                    f"{args.fetches / wall:.0f} fetches/s wall"
                )
        fetcher.close()
    finally:
        server.kill()
        server.wait()


if __name__ == "__main__":
    main()

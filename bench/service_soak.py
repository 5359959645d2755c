"""Soak: `policywatch run` for a few minutes over many local sources with short intervals.

    python bench/service_soak.py [--sources 500] [--minutes 4] [--interval 30] [--workers 8]

Serves N RSS feeds from a separate process on 127.0.0.1 (ETag / If-None-Match honoured, like
real servers); every feed gets a new item on about one fetch in ten, a third of them notices
a subscriber is alerted to (a console subscription, its output thrown away), so the service
fetches, extracts, detects, classifies, stores and delivers as it would for real. Samples
the service process every 10 s from /proc and the database, and prints checks per minute,
CPU share, and memory at the start and the end (after the first round, and at the last
sample), then stops it with SIGTERM and reports how long stopping took.

The database size is printed too: SQLite keeps a page cache of up to 2 MiB per connection
(one per worker thread), which fills as the database grows; that, not the Python heap, is what
resident memory follows. ``--change-every 0`` serves feeds that never change after the first
fetch (the database then grows by the fetch log only).
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing as mp
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

COUNTRIES = ["Chile", "Peru", "Kenya", "Norway", "Japan", "Canada", "Brazil", "Egypt", "Fiji"]
TICK = os.sysconf("SC_CLK_TCK")


def feed(sid: int, version: int) -> bytes:
    items = []
    for v in range(max(0, version - 9), version + 1):
        country = COUNTRIES[(sid + v) % len(COUNTRIES)]
        if v % 3 == 0:
            title = f"Suspension of mail to {country}"
            text = (
                f"With immediate effect, acceptance of all mail items for {country} is suspended."
            )
        else:
            title = f"Notice {v}: new stamps for {country} collectors"
            text = f"A new set of stamps about {country} is on sale in our shops from today."
        items.append(
            f"<item><guid isPermaLink='false'>s{sid}-{v}</guid><title>{title}</title>"
            f"<link>https://post{sid}.example/n/{v}</link><description>{text}</description></item>"
        )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Post {sid}</title><link>https://post{sid}.example/</link>"
        + "".join(reversed(items))
        + "</channel></rss>"
    ).encode()


def serve(port_queue: mp.Queue, change_every: int) -> None:
    """The sites, in their own process so that their CPU is not counted as the service's."""
    lock = threading.Lock()
    fetches: dict[int, int] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/robots.txt":
                return self._send(404, b"", None)
            try:
                sid = int(self.path.removeprefix("/feed/").removesuffix(".xml"))
            except ValueError:
                return self._send(404, b"", None)
            with lock:
                n = fetches[sid] = fetches.get(sid, 0) + 1
            version = (n + sid) // change_every if change_every else 0
            body = feed(sid, version)
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", etag)
            return self._send(200, body, etag)

        def _send(self, status: int, body: bytes, etag: str | None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/rss+xml")
            if etag:
                self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_queue.put(server.server_address[1])
    server.serve_forever()


def proc_sample(pid: int) -> tuple[float, int]:
    """(CPU seconds, user + system, of the process; resident memory in KiB)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / TICK
    rss = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1])
    return cpu, rss


def count(db: Path, sql: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
        try:
            return conn.execute(sql).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=int, default=500)
    ap.add_argument("--minutes", type=float, default=4.0)
    ap.add_argument("--interval", type=int, default=30, help="seconds")
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--change-every", type=int, default=10, help="fetches per new item")
    args = ap.parse_args()

    ports: mp.Queue = mp.Queue()
    server = mp.Process(target=serve, args=(ports, args.change_every), daemon=True)
    server.start()
    port = ports.get(timeout=10)

    work = Path(tempfile.mkdtemp(prefix="policywatch-soak-"))
    db, sources = work / "soak.db", work / "sources.yaml"
    lines = [
        "settings:",
        "  host_spacing: 0s",
        "  timeout: 10s",
        f"  workers: {args.workers}",
        "sources:",
    ]
    for i in range(args.sources):
        lines += [
            f"  - id: post-{i}",
            f"    name: Post {i} notices",
            f"    operator: Post {i}",
            "    kind: postal",
            "    origin: GB",
            "    type: feed",
            f"    url: http://127.0.0.1:{port}/feed/{i}.xml",
            f"    interval: {args.interval}s",
        ]
    sources.write_text("\n".join(lines) + "\n")
    cli = [sys.executable, "-m", "monitor.cli", "--db", str(db), "--sources", str(sources)]
    subprocess.run(
        [*cli, "subscribe", "--name", "soak", "--console", "--destination", "*"],
        check=True,
        capture_output=True,
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYWATCH_")}
    log_path = work / "service.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [*cli, "run", "--log-level", "warning"],
            stdout=subprocess.DEVNULL,
            stderr=log,
            env=env,
            cwd=ROOT,
        )
    print(
        f"soak: {args.sources} sources, interval {args.interval}s, {args.workers} workers,"
        f" {args.minutes:g} min; pid {proc.pid}; files in {work}"
    )
    print(" time   checks  per min   events  alerts sent   CPU %   RSS MiB   DB MiB")
    t0 = time.monotonic()
    end = t0 + args.minutes * 60
    samples: list[tuple[float, int, float, int]] = []  # (t, checks, cpu s, rss KiB)
    first_round: tuple[float, int, float, int] | None = None
    try:
        while time.monotonic() < end and proc.poll() is None:
            time.sleep(10)
            t = time.monotonic() - t0
            cpu, rss = proc_sample(proc.pid)
            checks = count(db, "SELECT COUNT(*) FROM fetches")
            events = count(db, "SELECT COUNT(*) FROM events")
            sent = count(db, "SELECT COUNT(*) FROM deliveries WHERE status = 'sent'")
            prev = samples[-1] if samples else (0.0, 0, 0.0, 0)
            rate = (checks - prev[1]) / (t - prev[0]) * 60
            share = (cpu - prev[2]) / (t - prev[0]) * 100
            samples.append((t, checks, cpu, rss))
            db_mib = sum(p.stat().st_size for p in work.glob("soak.db*")) / 2**20
            print(
                f"{t:5.0f}s {checks:8d} {rate:8.0f} {events:8d} {sent:12d}"
                f" {share:7.1f} {rss / 1024:9.1f} {db_mib:8.1f}"
            )
            if first_round is None and checks >= args.sources:
                first_round = samples[-1]
    finally:
        stop_started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = "killed"
        stopped = time.monotonic() - stop_started
        server.terminate()

    if not samples:
        sys.exit(f"the service ended at once; see {log_path}")
    last = samples[-1]
    start = first_round or samples[0]
    steady = [s for s in samples if s[0] >= start[0]]
    span = steady[-1][0] - steady[0][0]
    print()
    print(f"checks: {last[1]} in {last[0]:.0f} s", end="")
    if span > 0:
        per_min = (steady[-1][1] - steady[0][1]) / span * 60
        expected = args.sources * 60 / args.interval
        print(f"; after the first round {per_min:.0f}/min (the schedule asks for {expected:.0f})")
        cpu_share = (steady[-1][2] - steady[0][2]) / span * 100
        print(f"CPU: {cpu_share:.1f}% of one core after the first round;", end="")
    else:
        print()
        print("CPU:", end="")
    print(f" {last[2] / last[0] * 100:.1f}% over the whole run ({os.cpu_count()} cores here)")
    print(
        f"memory (RSS): {start[3] / 1024:.1f} MiB after the first round (t={start[0]:.0f}s),"
        f" {last[3] / 1024:.1f} MiB at the end, peak sample {max(s[3] for s in samples) / 1024:.1f}"
        " MiB"
    )
    print(f"stop on SIGTERM: exit {code} after {stopped:.1f} s")
    errors = [line for line in log_path.read_text().splitlines() if " ERROR " in line]
    print(f"service log: {len(errors)} errors ({log_path})")
    for line in errors[:5]:
        print("  " + line)


if __name__ == "__main__":
    main()

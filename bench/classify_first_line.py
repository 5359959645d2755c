"""How long `policywatch classify` takes to answer its first line, from the start of the process.

    python bench/classify_first_line.py [--runs N] [--root DIR] [--file FILE]

Starts the command ``--runs`` times, writes one notice (the first of ``--file``, else a short
one) and times the first line out: three starts with an empty table cache (a fresh install),
the others with the tables stored (every later start), one with the cache switched off. Only
the first line is timed: regexes a later notice needs are compiled when it comes. The table
cache and the compiled bytecode (which an installed package has) live in temporary
directories, so the user's own are not touched. ``--root`` runs another copy of the project
(compare two trees). Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_NOTICE = {
    "title": "Suspension of mail to Poland",
    "text": "We suspend the acceptance of parcels to Poland from 5 May until further notice.",
}


def first_line_seconds(root: Path, line: str, cache: str, pycache: str) -> float:
    env = {**os.environ, "POLICYWATCH_CACHE_DIR": cache, "PYTHONPATH": str(root)}
    # compiled bytecode kept (in a temporary place), as an installed package has it
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache
    cmd = [sys.executable, "-c", "from monitor.cli import main; main()", "classify"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=root
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(line + "\n")
    proc.stdin.flush()
    answer = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.stdin.close()
    proc.wait()
    if not answer.strip():
        raise SystemExit(f"no answer from {root} (exit {proc.returncode})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--file", type=Path, help="JSON lines: the first notice is sent")
    args = parser.parse_args()
    notice = _NOTICE
    if args.file:
        first = args.file.read_text("utf-8").splitlines()[0]
        row = json.loads(first)
        notice = {"title": row.get("title", ""), "text": row.get("text", "")}
    line = json.dumps(notice, ensure_ascii=False)
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as pycache:
        first_line_seconds(args.root, line, "off", pycache)  # compiles the bytecode
        off = first_line_seconds(args.root, line, "off", pycache)
        cold = []
        for _ in range(3):  # each with an empty cache of its own
            with tempfile.TemporaryDirectory() as empty:
                cold.append(first_line_seconds(args.root, line, empty, pycache))
        first_line_seconds(args.root, line, cache, pycache)  # stores the tables
        warm = [
            first_line_seconds(args.root, line, cache, pycache)
            for _ in range(max(1, args.runs - 1))
        ]
    print(f"first line of `policywatch classify` ({args.root}):")
    print(
        f"  empty table cache    median {statistics.median(cold) * 1000:,.0f} ms, "
        f"{min(cold) * 1000:,.0f} to {max(cold) * 1000:,.0f} ms over {len(cold)} starts "
        "(builds and stores the tables; the data files already in the OS's file cache)"
    )
    print(
        f"  stored tables        median {statistics.median(warm) * 1000:,.0f} ms, "
        f"{min(warm) * 1000:,.0f} to {max(warm) * 1000:,.0f} ms over {len(warm)} starts"
    )
    print(f"  cache switched off   {off * 1000:,.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Time the classifier on shapes of text that make regular expressions backtrack.

    python bench/classify_stress.py [--top K]

Long lists with a long last item, runs of spaces, blank lines, digits, dots, dividers, capital
codes, and real notices (bench/*_notices.jsonl) joined into one line. Prints the slowest
cases: a hang shows as a traceback after 20 s (faulthandler), a slow shape as its time.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.classify import classify  # noqa: E402

_NAMES = ["Belgien", "France", "Germany", "Italy", "Spain", "Poland", "Canada", "Mexico", "Brazil",
          "Japan", "China", "India", "Kenya", "Norway", "Sweden", "Chile", "Peru"]  # fmt: skip
_LONG_LAST = "Singapur und die Vereinigten Arabischen Emirate und noch viel mehr Text hier."
_SEPARATORS = [", ", ",  ", "; ", "\u3001", ",\t "]


def cases(rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for n in (10, 30, 120):
        for sep in _SEPARATORS:
            line = sep.join(rng.choice(_NAMES) for _ in range(n)) + sep + _LONG_LAST
            out.append((f"list of {n}", "Mail to the following countries is suspended:\n" + line))
            out.append((f"colon list of {n}", "Destinations: " + line))
    for n in (500, 3000):
        out += [
            ("spaces", "Parcel services to the European Union" + " " * n + "x France."),
            ("blank lines", "Previous update\n" + "x" * 50 + "\n" + "\n" * n + "x"),
            ("digits", "Mail to France is suspended. Maximum weight " + "0" * n + " kg."),
            ("divider", "Fraud warning\nBeware.\n\n" + "=" * (n // 10) + "\nMail to France."),
            ("e.g. gap", "Mail to France" + " e.g." * (n // 10) + " Germany is suspended."),
            ("dots", "Mail to Canada" + ". " * n),
            ("pipes", " | ".join(rng.choice(_NAMES) for _ in range(n))),
            ("capital codes", " ".join(rng.choice(["US", "UK", "EU", "USA"]) for _ in range(n))),
        ]
    for path in sorted(Path(__file__).parent.glob("*_notices.jsonl"))[:4]:
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                out.append(("notice on one line", json.loads(line)["text"].replace("\n", " ")))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    classify("warm-up", "Mail to Canada is suspended.")
    timed: list[tuple[float, str, int]] = []
    for name, text in cases(random.Random(7)):
        faulthandler.dump_traceback_later(20, exit=True)
        t0 = time.perf_counter()
        classify("Notice", text)
        faulthandler.cancel_dump_traceback_later()
        timed.append((time.perf_counter() - t0, name, len(text)))
    timed.sort(reverse=True)
    print(f"{len(timed)} cases, {sum(t for t, _, _ in timed):.2f} s in all; slowest:")
    for seconds, name, chars in timed[: args.top]:
        print(f"  {seconds * 1000:9.1f} ms  {name} ({chars:,} chars)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

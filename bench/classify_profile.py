"""Profile the classifier over a JSON-lines file of notices (the /work/shared/eval schema).

    python bench/classify_profile.py FILE [--loops N] [--cprofile] [--top K] [--root DIR]

Classifies every notice once to warm up (lexicons compiled, first-use tables built), then
``--loops`` more times: with ``--cprofile`` under cProfile (the top ``--top`` functions by
own time), else plainly, for an instruction counter such as callgrind. The instructions of
one notice are the difference of two runs with different ``--loops``, divided by the extra
notices (that removes start-up and warm-up)::

    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p python bench/classify_profile.py \\
        FILE --loops 2

``--root`` puts another copy of the project first on ``sys.path`` (compare two trees).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import re
import sys
from pathlib import Path
from typing import Any

_CUSTOMS = re.compile(r"\b(customs|CBP|border|douane|zoll|aduana)\b", re.IGNORECASE)
_POSTAL = re.compile(r"\b(post|posts|postal|mail|poste|correos|ukrposhta|usps|singpost)\b", re.I)


def source_kind_of(row: dict[str, Any]) -> str | None:
    """As bench/classify_eval.py reads it (kept apart so that ``--root`` decides the code)."""
    kind = row.get("source_kind")
    if kind in ("customs", "postal", "carrier", "other"):
        return kind
    operator = row.get("operator") or ""
    if _CUSTOMS.search(operator):
        return "customs"
    if _POSTAL.search(operator):
        return "postal"
    return "carrier"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--loops", type=int, default=3)
    parser.add_argument("--cprofile", action="store_true")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    args = parser.parse_args()
    sys.path.insert(0, str(args.root))
    from monitor.classify import classify

    rows = [json.loads(line) for line in args.file.read_text("utf-8").splitlines() if line.strip()]
    work = [(r["title"], r["text"], source_kind_of(r)) for r in rows]

    def run(loops: int) -> None:
        for _ in range(loops):
            for title, text, kind in work:
                classify(title, text, source_kind=kind)

    run(1)
    if args.cprofile:
        prof = cProfile.Profile()
        prof.runcall(run, args.loops)
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.top)
    else:
        run(args.loops)
    print(f"{len(work)} notices x {args.loops} loops", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

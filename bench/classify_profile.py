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
import sys
from pathlib import Path

from source_kinds import source_kind_of  # noqa: E402


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

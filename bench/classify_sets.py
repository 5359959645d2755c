"""Classify whole groups of labelled sets with one tree, store every answer, score and compare.

    python bench/classify_sets.py run OUT.jsonl read|unseen|dev|FILE... [--root DIR]
    python bench/classify_sets.py score OUT.jsonl [--by-set] [--sets PREFIX...]
    python bench/classify_sets.py compare A.jsonl B.jsonl [--list]

``run`` classifies as ``classify_eval.py`` does (source kind from ``operator``, origin from
``url``, through ``source_kinds.py``) with the tree at ``--root``, on two processes, and writes
one line per notice: its id, its set, the labels and the answer. ``read`` is
``bench/heldout*_notices.jsonl``, ``unseen`` is ``bench/unseen/*.jsonl``, ``dev`` is
``../shared/eval/dev_notices.jsonl``. Storing the answers lets two trees be compared notice by
notice (``compare``: how many changed, got better or worse by their count of wrong fields),
which the printed figures of ``classify_eval.py`` cannot show.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from multiprocessing import Pool
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from classify_eval import label_set, prf  # noqa: E402
from source_kinds import origin_of, source_kind_of  # noqa: E402

GROUPS = {
    "read": lambda: sorted(HERE.glob("heldout*_notices.jsonl")),
    "unseen": lambda: sorted((HERE / "unseen").glob("*.jsonl")),
    "dev": lambda: [HERE.parent.parent / "shared" / "eval" / "dev_notices.jsonl"],
}


def _files(names: list[str]) -> list[Path]:
    out: list[Path] = []
    for name in names:
        out.extend(GROUPS[name]() if name in GROUPS else [Path(name)])
    return out


def _classify_file(path: Path) -> list[dict[str, Any]]:
    from monitor.classify import classify  # the tree put first on sys.path by ``run``

    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        got = classify(
            row["title"], row["text"], origin=origin_of(row), source_kind=source_kind_of(row)
        )
        out.append(
            {
                "id": row.get("id"),
                "set": path.name.split("_")[0],
                "g_relevant": bool(row["relevant"]),
                "g_destinations": sorted(label_set(row["destinations"])),
                "g_categories": sorted(label_set(row["categories"])),
                "g_kind": row["change_kind"],
                "relevant": got.relevant,
                "severity": got.severity,
                "destinations": sorted(got.destinations),
                "categories": sorted(got.categories),
                "kind": got.change_kind,
            }
        )
    return out


def run(out: Path, names: list[str], root: Path) -> None:
    sys.path.insert(0, str(root.resolve()))
    os.environ.setdefault("POLICYWATCH_CACHE_DIR", "off")
    import monitor

    # (nothing may import the project before this: the tree scored is the one at --root)
    if Path(monitor.__file__).resolve().parents[1] != root.resolve():
        raise SystemExit(f"{monitor.__file__} is not under {root}")
    files = _files(names)
    with Pool(2) as pool, out.open("w", encoding="utf-8") as fh:
        for rows in pool.imap(_classify_file, files):
            for rec in rows:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def metrics(recs: list[dict[str, Any]]) -> dict[str, float]:
    tp = fp = fn = tn = quiet = irr = kind_ok = 0
    d = [0, 0, 0]
    c = [0, 0, 0]
    for r in recs:
        want, got = r["g_relevant"], r["relevant"]
        tp += want and got
        fn += want and not got
        fp += got and not want
        tn += not want and not got
        if not want:
            irr += 1
            quiet += r["severity"] == "none"
        kind_ok += r["g_kind"] == r["kind"]
        if want:
            for acc, field in ((d, "destinations"), (c, "categories")):
                gs, ws = set(r[field]), set(r["g_" + field])
                acc[0] += len(gs & ws)
                acc[1] += len(gs - ws)
                acc[2] += len(ws - gs)
    tpr = tp / (tp + fn) if tp + fn else 1.0
    tnr = tn / (tn + fp) if tn + fp else 1.0
    return {
        "n": len(recs),
        "ba": (tpr + tnr) / 2,
        "quiet": quiet,
        "irrelevant": irr,
        "dest": prf(*d)[2],
        "cat": prf(*c)[2],
        "kind": kind_ok / len(recs) if recs else 0.0,
    }


def fmt(m: dict[str, float]) -> str:
    return (
        f"n {m['n']:>6}  BA {m['ba']:.4f}  quiet {m['quiet']}/{m['irrelevant']}  "
        f"dest {m['dest']:.4f}  cat {m['cat']:.4f}  kind {m['kind']:.4f}"
    )


def errors(r: dict[str, Any]) -> int:
    """How many fields of one notice are wrong: relevance, kind, and each destination and
    category too many or missing (those only where the notice is relevant, as scored)."""
    n = (r["g_relevant"] != r["relevant"]) + (r["g_kind"] != r["kind"])
    if r["g_relevant"]:
        n += len(set(r["destinations"]) ^ set(r["g_destinations"]))
        n += len(set(r["categories"]) ^ set(r["g_categories"]))
    return n


def _fields(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r["relevant"], r["severity"], r["destinations"], r["categories"], r["kind"])


def score(path: Path, by_set: bool, prefixes: list[str]) -> None:
    recs = [r for r in load(path) if not prefixes or r["set"].startswith(tuple(prefixes))]
    print(f"all     {fmt(metrics(recs))}")
    if by_set:
        groups: dict[str, list] = defaultdict(list)
        for r in recs:
            groups[r["set"]].append(r)
        for name in sorted(groups):
            print(f"{name:<14} {fmt(metrics(groups[name]))}")


def compare(a: Path, b: Path, listing: bool) -> None:
    old = {r["id"]: r for r in load(a)}
    new = [r for r in load(b) if r["id"] in old]  # (both figures over the notices of both)
    better = worse = same = 0
    lines = []
    for r in new:
        o = old[r["id"]]
        if _fields(o) == _fields(r):
            continue
        ea, eb = errors(o), errors(r)
        if eb < ea:
            better += 1
            tag = "better"
        elif eb > ea:
            worse += 1
            tag = "WORSE"
        else:
            same += 1
            tag = "neither"
        changes = [
            f"{k} {o[k]} -> {r[k]}"
            for k in ("relevant", "severity", "destinations", "categories", "kind")
            if o[k] != r[k]
        ]
        lines.append(f"  {tag:<7} {r['id']}: " + "; ".join(changes))
    print(f"changed {better + worse + same}: {better} better, {worse} worse, {same} neither")
    ids = {r["id"] for r in new}
    print(f"A {fmt(metrics([r for r in old.values() if r['id'] in ids]))}")
    print(f"B {fmt(metrics(new))}")
    if listing:
        print("\n".join(sorted(lines, key=lambda s: (not s.startswith("  WORSE"), s))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_run = sub.add_parser("run")
    p_run.add_argument("out", type=Path)
    p_run.add_argument("sets", nargs="+")
    p_run.add_argument("--root", type=Path, default=HERE.parent)
    p_score = sub.add_parser("score")
    p_score.add_argument("out", type=Path)
    p_score.add_argument("--by-set", action="store_true")
    p_score.add_argument("--sets", nargs="*", default=[], help="only sets whose name starts so")
    p_cmp = sub.add_parser("compare")
    p_cmp.add_argument("a", type=Path)
    p_cmp.add_argument("b", type=Path)
    p_cmp.add_argument("--list", action="store_true", help="every changed notice")
    args = parser.parse_args()
    if args.cmd == "run":
        run(args.out, args.sets, args.root)
    elif args.cmd == "score":
        score(args.out, args.by_set, args.sets)
    else:
        compare(args.a, args.b, args.list)
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # (read through `| head`)
        sys.stderr.close()
        raise SystemExit(0) from None

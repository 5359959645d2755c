"""Score the classifier on a labelled JSON-lines file (the /work/shared/eval schema).

    python bench/classify_eval.py ../shared/eval/dev_notices.jsonl [--no-source-kind]
        [--no-origin] [--quiet]

Each notice is classified as the service would classify it from a sources.yaml entry for its
publisher: with the source kind read from ``operator`` and the origin from ``url`` (see
``source_kinds.py``); ``--no-source-kind`` and ``--no-origin`` leave them out.

Prints relevance precision/recall/balanced accuracy, how many irrelevant notices would alert,
micro-averaged destination and category precision/recall/F1 over (notice, code) pairs on the
notices labelled relevant, kind accuracy, single-core throughput, and every miss.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from source_kinds import origin_of, source_kind_of  # noqa: E402


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def label_set(values: list[str]) -> set[str]:
    return {v for v in values if v and v != "none"}


def evaluate(
    rows: list[dict[str, Any]], use_source_kind: bool, use_origin: bool = True
) -> dict[str, Any]:
    tp = fp = fn = tn = 0
    alerts_on_irrelevant = 0
    d_tp = d_fp = d_fn = 0
    c_tp = c_fp = c_fn = 0
    kind_ok = kind_rel_ok = n_rel = 0
    misses: list[str] = []
    from monitor.classify import classify  # (imported late: classify_sets.py picks the tree)

    for row in rows:
        kind = source_kind_of(row) if use_source_kind else None
        origin = origin_of(row) if use_origin else row.get("origin")
        got = classify(row["title"], row["text"], origin=origin, source_kind=kind)
        want_rel = bool(row["relevant"])
        if want_rel and got.relevant:
            tp += 1
        elif want_rel:
            fn += 1
        elif got.relevant:
            fp += 1
        else:
            tn += 1
        if not want_rel and got.severity != "none":
            alerts_on_irrelevant += 1
        problems = []
        if want_rel != got.relevant:
            problems.append(f"relevant {want_rel} got {got.relevant}")
        if row["change_kind"] == got.change_kind:
            kind_ok += 1
        else:
            problems.append(f"kind {row['change_kind']} got {got.change_kind}")
        if want_rel:
            n_rel += 1
            kind_rel_ok += row["change_kind"] == got.change_kind
            want_d, got_d = label_set(row["destinations"]), set(got.destinations)
            d_tp += len(want_d & got_d)
            d_fp += len(got_d - want_d)
            d_fn += len(want_d - got_d)
            if want_d != got_d:
                problems.append(
                    f"destinations missing {sorted(want_d - got_d)} extra {sorted(got_d - want_d)}"
                )
            want_c, got_c = label_set(row["categories"]), set(got.categories)
            c_tp += len(want_c & got_c)
            c_fp += len(got_c - want_c)
            c_fn += len(want_c - got_c)
            if want_c != got_c:
                problems.append(
                    f"categories missing {sorted(want_c - got_c)} extra {sorted(got_c - want_c)}"
                )
        if problems:
            misses.append(f"  {row.get('id')}: " + "; ".join(problems))
    tpr = tp / (tp + fn) if tp + fn else 1.0
    tnr = tn / (tn + fp) if tn + fp else 1.0
    return {
        "n": len(rows),
        "relevance": prf(tp, fp, fn),
        "balanced_accuracy": (tpr + tnr) / 2,
        "alerts_on_irrelevant": alerts_on_irrelevant,
        "irrelevant_total": tn + fp,
        "destinations": prf(d_tp, d_fp, d_fn),
        "categories": prf(c_tp, c_fp, c_fn),
        "kind_accuracy": kind_ok / len(rows) if rows else 0.0,
        "kind_accuracy_relevant": kind_rel_ok / n_rel if n_rel else 0.0,
        "misses": misses,
    }


def throughput(
    rows: list[dict[str, Any]], use_origin: bool = True, seconds: float = 2.0
) -> tuple[float, float, float]:
    """Notices classified per CPU second of this one process (what one core does, whatever
    else the machine runs), per wall-clock second, and the mean notice length."""
    from monitor.classify import classify

    count = 0
    kinds = [(source_kind_of(r), origin_of(r) if use_origin else r.get("origin")) for r in rows]
    cpu0, wall0 = time.process_time(), time.perf_counter()
    while time.process_time() - cpu0 < seconds:
        for row, (kind, origin) in zip(rows, kinds, strict=True):
            classify(row["title"], row["text"], origin=origin, source_kind=kind)
        count += len(rows)
    cpu = time.process_time() - cpu0
    wall = time.perf_counter() - wall0
    mean_len = sum(len(r["title"]) + len(r["text"]) for r in rows) / max(len(rows), 1)
    return count / cpu, count / wall, mean_len


def report(name: str, res: dict[str, Any]) -> None:
    p, r, _ = res["relevance"]
    print(f"{name}: {res['n']} notices")
    print(
        f"  relevance      precision {p:.3f}  recall {r:.3f}  "
        f"balanced accuracy {res['balanced_accuracy']:.3f}"
    )
    print(
        f"  irrelevant notices that would alert: {res['alerts_on_irrelevant']}"
        f" of {res['irrelevant_total']}"
    )
    for key in ("destinations", "categories"):
        p, r, f = res[key]
        print(f"  {key:<14} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    print(
        f"  kind accuracy  {res['kind_accuracy']:.3f} (all notices), "
        f"{res['kind_accuracy_relevant']:.3f} (relevant ones)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--no-source-kind", action="store_true", help="also score without it")
    parser.add_argument(
        "--no-origin", action="store_true", help="no origin read from the url (only a row's own)"
    )
    parser.add_argument("--quiet", action="store_true", help="no list of misses")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.file.read_text("utf-8").splitlines() if line.strip()]

    t0 = time.perf_counter()
    from monitor.classify import classify

    classify("warm-up", "Mail to Canada is suspended.")
    first = time.perf_counter() - t0
    use_origin = not args.no_origin
    res = evaluate(rows, use_source_kind=True, use_origin=use_origin)
    report(str(args.file), res)
    if args.no_source_kind:
        report(
            "  (without source kinds)",
            evaluate(rows, use_source_kind=False, use_origin=use_origin),
        )
    rate, wall_rate, mean_len = throughput(rows, use_origin)
    print(
        f"  speed          {rate:,.0f} notices per CPU second, one core "
        f"({wall_rate:,.0f}/s wall clock; mean {mean_len:,.0f} chars)"
    )
    print(f"                 first classification in-process {first * 1000:.0f} ms")
    if not args.quiet:
        print(f"misses ({len(res['misses'])}):")
        print("\n".join(res["misses"]) or "  none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``policywatch classify``: JSON lines in, one JSON line out per line, flushed as it goes."""

from __future__ import annotations

import json
from typing import Any, TextIO

from monitor.classify import classify, classify_change
from monitor.classify.table_cache import store_built

_TEXTS = ("title", "text", "old_text")


def _classify_record(record: dict[str, Any]) -> dict[str, Any]:
    title = record.get("title")
    text = record.get("text")
    if not isinstance(title, str) or not isinstance(text, str):
        raise ValueError("each line needs string fields 'title' and 'text'")
    opts = {
        "origin": record.get("origin") or None,
        "source_kind": record.get("source_kind") or None,
        "severity_overrides": record.get("severity_overrides") or None,
    }
    old_text = record.get("old_text")
    if isinstance(old_text, str):
        result = classify_change(title, old_text, text, **opts)
    else:
        result = classify(title, text, **opts)
    # fields other than the texts pass through (id, source, url, ...), then the result
    out = {k: v for k, v in record.items() if k not in _TEXTS}
    out.setdefault("id", None)
    out.update(result.to_dict())
    return out


def classify_lines(infile: TextIO, outfile: TextIO, errfile: TextIO) -> int:
    """The `policywatch classify` contract: one JSON object per input line with `title` and
    `text` (other fields such as `id`, `origin`, `source_kind` pass through / are used);
    one JSON line out per input line with at least id, relevant, destinations, categories,
    change_kind, severity, evidence. Flush after each line (a pipe reader waits for it).
    A bad line: an error naming the line number on errfile, an output line with "error",
    and go on; return the process exit code (0, or 1 if any line was bad)."""
    status = 0
    for number, line in enumerate(infile, start=1):
        if not line.strip():
            continue
        record: Any = None
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("a line must be a JSON object")
            out = _classify_record(record)
        except (ValueError, TypeError) as exc:
            status = 1
            message = f"line {number}: {exc}"
            errfile.write(f"policywatch classify: {message}\n")
            errfile.flush()
            rid = record.get("id") if isinstance(record, dict) else None
            out = {"id": rid, "line": number, "error": message}
        outfile.write(json.dumps(out, ensure_ascii=False) + "\n")
        outfile.flush()
        store_built()  # the tables a first line built, once it is answered
    return status

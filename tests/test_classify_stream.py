"""`policywatch classify`: JSON lines in, JSON lines out, one per line, flushed."""

from __future__ import annotations

import io
import json
import os
import select
import subprocess
import sys
from pathlib import Path

from monitor.classify.stream import classify_lines

ROOT = Path(__file__).resolve().parents[1]


def run(lines: list[str]) -> tuple[int, list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    code = classify_lines(io.StringIO("\n".join(lines) + "\n"), out, err)
    return code, [json.loads(x) for x in out.getvalue().splitlines()], err.getvalue()


def test_one_json_line_out_per_line_in_with_the_contract_fields():
    lines = [
        json.dumps(
            {
                "id": "a1",
                "url": "https://example.org/n/1",
                "title": "Suspension",
                "text": "Mail to Fiji is suspended.",
            }
        ),
        json.dumps({"id": 2, "title": "New stamps", "text": "Bird stamps on sale now."}),
    ]
    code, out, err = run(lines)
    assert code == 0 and err == ""
    assert [o["id"] for o in out] == ["a1", 2]
    for o in out:
        assert {
            "id",
            "relevant",
            "destinations",
            "categories",
            "change_kind",
            "severity",
            "evidence",
        } <= set(o)
    assert out[0]["destinations"] == ["FJ"] and out[0]["change_kind"] == "suspension"
    assert out[0]["url"] == "https://example.org/n/1" and "text" not in out[0]
    assert out[1]["relevant"] is False and out[1]["severity"] == "none"


def test_origin_and_source_kind_are_used():
    line = {
        "id": "c",
        "title": "New rule",
        "text": "Electronic data is now required for all parcels from China.",
        "origin": "CA",
        "source_kind": "customs",
    }
    _, out, _ = run([json.dumps(line)])
    assert out[0]["destinations"] == ["CA"] and out[0]["change_kind"] == "new_requirement"


def test_a_bad_line_is_reported_with_its_number_and_the_rest_goes_on():
    lines = [
        "{not json",
        json.dumps({"id": "x", "title": "t"}),
        json.dumps({"id": "ok", "title": "Delay", "text": "Parcels to Chad are delayed."}),
    ]
    code, out, err = run(lines)
    assert code == 1
    assert "line 1" in err and "line 2" in err
    assert "error" in out[0] and out[1]["id"] == "x" and "error" in out[1]
    assert out[2]["id"] == "ok" and out[2]["destinations"] == ["TD"]


def test_each_answer_is_flushed_before_the_next_line_arrives():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    code = (
        "import sys; from monitor.classify.stream import classify_lines; "
        "sys.exit(classify_lines(sys.stdin, sys.stdout, sys.stderr))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        proc.stdin.write(json.dumps({"id": 1, "title": "x", "text": "Mail to Togo is delayed."}))
        proc.stdin.write("\n")
        proc.stdin.flush()
        # stdin stays open: the answer must come anyway (a guard, not a speed check)
        ready, _, _ = select.select([proc.stdout], [], [], 30)
        assert ready, "no answer while the input stayed open"
        first = json.loads(proc.stdout.readline())
        assert first["id"] == 1 and first["destinations"] == ["TG"]
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
    assert proc.returncode == 0


def test_an_old_text_makes_it_an_update():
    old = "Mail acceptance is suspended for:\n- Chile\n- Peru"
    new = "Mail acceptance is suspended for:\n- Chile"
    line = {"id": "u", "title": "Suspensions", "text": new, "old_text": old}
    _, out, _ = run([json.dumps(line)])
    assert out[0]["change_kind"] == "resumption" and out[0]["destinations"] == ["PE"]

"""Causes found in session 12, each with sentences of our own."""

from __future__ import annotations

import json
import subprocess
import sys

_LONG_LIST = (
    "Austria, Belgium, Croatia, Cyprus, Czechia, Denmark, Estonia, Finland, France, Greece, "
    "Hungary, Iceland, Ireland, Italy, Latvia, Lithuania, Luxembourg, Malta, Netherlands, "
    "Norway, Poland, Portugal, Romania, Slovakia, Slovenia, Spain, Sweden, Switzerland as well "
    "as Australia, Japan, New Zealand and the United Arab Emirates in the Gulf region."
)


def test_a_long_list_line_with_a_long_last_item_is_read_in_time():
    """A list line of 30 names whose last item is longer than an item may be once made the
    enumeration pattern try 2^30 ways (the classifier never returned). A child process with a
    generous limit turns such a hang into a failure instead of a stalled run; the work itself
    takes milliseconds."""
    text = (
        "From 1 March 2026 insured letters can no longer be sent to Brazil, Chile and India.\n\n"
        "Insured letters remain possible to the following countries:\n"
        + _LONG_LIST.replace(", ", ",  ")
    )
    code = (
        "import json, sys\n"
        "from monitor.classify import classify\n"
        "r = classify('Insured letters: fewer destinations', sys.stdin.read(), origin='DE')\n"
        "print(json.dumps(r.destinations))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=text, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert {"BR", "CL", "IN"} <= set(json.loads(done.stdout))

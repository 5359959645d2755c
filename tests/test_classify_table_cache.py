"""The table cache: compiled lexicon tables kept on disk between runs, under a fingerprint of
what they are built from, read only when they can be trusted, and never a cause of an error or
of a different answer."""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from monitor.classify import table_cache
from monitor.classify.gazetteer import Gazetteer
from monitor.classify.lazy_pattern import LazyPattern, lazy_compile
from monitor.classify.matcher import PhraseMatcher

ROOT = Path(__file__).resolve().parents[1]
NOTICES = [
    {"id": 1, "title": "Suspension of mail to Poland", "text": "We suspend parcels to Poland."},
    {
        "id": 2,
        "title": "Lithium batteries",
        "text": "From 1 March, power banks can no longer be sent to Japan or Türkiye.",
    },
    {"id": 3, "title": "Neue Briefmarken", "text": "Die Sondermarke zum Jubiläum ist da."},
    {"id": 4, "title": "Отправления в Казахстан", "text": "Прием посылок в Казахстан возобновлен."},
]


def _classify_cli(cache: str) -> list[dict]:
    env = {**os.environ, "POLICYWATCH_CACHE_DIR": cache}
    lines = "".join(json.dumps(n, ensure_ascii=False) + "\n" for n in NOTICES)
    proc = subprocess.run(
        [sys.executable, "-c", "from monitor.cli import main; main()", "classify"],
        input=lines,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    return [json.loads(line) for line in proc.stdout.splitlines()]


def _tables(folder: Path) -> dict[str, os.stat_result]:
    return {p.name: p.stat() for p in sorted(folder.glob("*.pickle"))}


def test_stored_tables_give_the_answers_built_ones_give(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    built = _classify_cli("off")
    first = _classify_cli(str(cache))  # builds and stores
    stored = _tables(cache)
    assert {name.split("-")[0] for name in stored} >= {"gazetteer", "lexicon0", "lexicon1"}
    long_ago = time.time() - 24 * 3600
    for name in stored:
        os.utime(cache / name, (long_ago, long_ago))
    again = _classify_cli(str(cache))  # reads
    assert first == built and again == built
    assert built[0]["destinations"] == ["PL"] and built[0]["change_kind"] == "suspension"
    assert built[1]["destinations"] == ["JP", "TR"]
    assert built[2]["relevant"] is False
    assert built[3]["destinations"] == ["KZ"] and built[3]["change_kind"] == "resumption"
    # read, not built again: every file is the one the first run wrote (a new table would
    # be a new file), and reading marks it as in use
    after = _tables(cache)
    assert after.keys() == stored.keys()
    for name, st in after.items():
        assert st.st_ino == stored[name].st_ino
        if name.split("-")[0] in ("gazetteer", "lexicon0", "lexicon1"):
            assert st.st_mtime > long_ago + 3600


def _table_bytes(table: object) -> bytes:
    """A table file as the cache writes one (a header with a digest, then the pickle)."""
    payload = pickle.dumps(table)
    return table_cache._MAGIC + hashlib.sha256(payload).digest() + payload


def _stored(path: Path) -> object:
    return pickle.loads(path.read_bytes()[len(table_cache._MAGIC) + 32 :])


def test_a_damaged_table_is_built_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    built = _classify_cli(str(cache))
    gazetteer = next(cache.glob("gazetteer-*.pickle"))
    whole = gazetteer.read_bytes()
    # cut short by a crash: unpickled, an automaton cut short can bring the process down
    gazetteer.write_bytes(whole[: len(whole) // 2])
    lexicon = next(cache.glob("lexicon0-*.pickle"))
    lexicon.write_bytes(_table_bytes({"a": "table of another kind"}))
    window = next(cache.glob("window-*.pickle"))
    window.write_bytes(b"\x80\x05not a table at all")
    assert _classify_cli(str(cache)) == built
    assert isinstance(_stored(gazetteer), Gazetteer)
    assert isinstance(_stored(lexicon), PhraseMatcher)
    assert isinstance(_stored(window), PhraseMatcher)


def test_tables_of_another_fingerprint_are_ignored_and_removed_once_unused(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    table = _table_bytes(PhraseMatcher([("poland", "", "stale")]))
    unused = cache / "lexicon1-00000000000000000000.pickle"  # an old version's
    other = cache / "lexicon1-11111111111111111111.pickle"  # another install's, in use
    unused.write_bytes(table)
    other.write_bytes(table)
    os.utime(unused, (time.time() - 30 * 24 * 3600,) * 2)
    answers = _classify_cli(str(cache))
    assert answers == _classify_cli("off")
    assert not unused.exists()
    assert other.exists()
    assert len(list(cache.glob(f"lexicon1-{table_cache.fingerprint()}.pickle"))) == 1


def test_files_left_by_a_killed_writer_are_removed_later(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    name = f"gazetteer-{table_cache.fingerprint()}.pickle"
    old, fresh = cache / f".{name}.abc123.tmp", cache / f".{name}.def456.tmp"
    for left in (old, fresh):
        left.write_bytes(b"half a table")
    os.utime(old, (time.time() - 2 * 3600,) * 2)
    _classify_cli(str(cache))
    assert not old.exists()
    assert fresh.exists()  # another process may be writing it now


def test_switched_off_or_unusable_caches_store_nothing(tmp_path: Path) -> None:
    built = _classify_cli("off")
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)  # anyone could have put a table there
    planted = shared / f"lexicon0-{table_cache.fingerprint()}.pickle"
    planted.write_bytes(_table_bytes(PhraseMatcher([("poland", "", "planted")])))
    assert _classify_cli(str(shared)) == built
    assert [p.name for p in shared.iterdir()] == [planted.name]
    not_a_dir = tmp_path / "a-file"
    not_a_dir.write_text("")
    assert _classify_cli(str(not_a_dir)) == built


def test_a_table_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    # where the table would go, a directory: reading and replacing it both fail, even as root
    blocked = cache / f"lexicon0-{table_cache.fingerprint()}.pickle"
    blocked.mkdir()
    assert _classify_cli(str(cache)) == _classify_cli("off")
    assert blocked.is_dir() and list(blocked.iterdir()) == []
    assert not list(cache.glob(".*.tmp"))  # no half-written file left behind
    assert len(list(cache.glob("lexicon1-*.pickle"))) == 1  # the others are stored


_ORDER_SCRIPT = """
import io, json, sys
from monitor.classify import table_cache
from monitor.classify.stream import classify_lines

events = []
write = table_cache._write

def logged_write(folder, name, table):
    events.append("store " + name)
    write(folder, name, table)

table_cache._write = logged_write

class Out(io.StringIO):
    def write(self, text):
        events.append("answer")
        return super().write(text)

lines = "".join(json.dumps(n) + "\\n" for n in json.loads(sys.argv[1]))
classify_lines(io.StringIO(lines), Out(), sys.stderr)
print(json.dumps(events))
"""


def test_tables_built_for_the_first_line_are_stored_once_it_is_answered(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "POLICYWATCH_CACHE_DIR": str(cache)}
    run = [sys.executable, "-c", _ORDER_SCRIPT, json.dumps(NOTICES[:2])]
    proc = subprocess.run(run, capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    events = json.loads(proc.stdout)
    # the first answer waits for no write; every table is stored before the second answer
    assert events[0] == "answer"
    stores = [e for e in events if e.startswith("store ")]
    assert "store gazetteer" in stores and "store lexicon0" in stores
    assert events.index("answer", 1) > max(events.index(e) for e in stores)
    assert len(stores) == len(set(stores)) == len(list(cache.glob("*.pickle")))
    # a later start reads them all and stores nothing
    proc = subprocess.run(run, capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert json.loads(proc.stdout) == ["answer", "answer"]


def test_tables_built_outside_the_command_are_stored_at_exit(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "POLICYWATCH_CACHE_DIR": str(cache)}
    script = "from monitor.classify import classify; classify('Mail to Poland', 'Suspended.')"
    subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, check=True, timeout=120)
    assert {p.name.split("-")[0] for p in cache.glob("*.pickle")} >= {"gazetteer", "lexicon0"}
    assert _classify_cli(str(cache)) == _classify_cli("off")


def test_the_fingerprint_follows_what_the_tables_are_built_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "classify"
    shutil.copytree(ROOT / "monitor" / "classify", copy)
    taxonomy = tmp_path / "taxonomy.py"
    shutil.copy(ROOT / "storage" / "taxonomy.py", taxonomy)
    seen = {table_cache.fingerprint_of(copy, (taxonomy,))}
    assert table_cache.fingerprint_of(copy, (taxonomy,)) in seen  # the same inputs, the same

    def changed() -> bool:
        now = table_cache.fingerprint_of(copy, (taxonomy,))
        new = now not in seen
        seen.add(now)
        return new

    kinds = copy / "data" / "kinds.yaml"
    kinds.write_text(kinds.read_text("utf-8") + "\n# one more line\n", "utf-8")
    assert changed()
    matcher = copy / "matcher.py"
    matcher.write_text(matcher.read_text("utf-8") + "\n", "utf-8")
    assert changed()
    # the kinds of change the tables are read by live in the taxonomy
    taxonomy.write_text(taxonomy.read_text("utf-8") + "\n", "utf-8")
    assert changed()
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert changed()
    monkeypatch.setattr(table_cache.ahocorasick, "__file__", str(taxonomy))
    assert changed()
    # and the installed classifier's own reads the taxonomy
    installed = table_cache.fingerprint_of(
        importlib.resources.files("monitor.classify"),
        (importlib.resources.files("storage").joinpath("taxonomy.py"),),
    )
    assert table_cache.fingerprint.__wrapped__() == installed


def test_where_the_cache_lives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("POLICYWATCH_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert table_cache.cache_dir() == tmp_path / "xdg" / "policywatch"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert table_cache.cache_dir() == tmp_path / "home" / ".cache" / "policywatch"

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))  # no HOME, no password entry
    assert table_cache.cache_dir() is None
    for off in ("off", "", "OFF", "none"):
        monkeypatch.setenv("POLICYWATCH_CACHE_DIR", off)
        assert table_cache.cache_dir() is None
    monkeypatch.setenv("POLICYWATCH_CACHE_DIR", str(tmp_path / "mine"))
    assert table_cache.cache_dir() == tmp_path / "mine"
    monkeypatch.setenv("POLICYWATCH_CACHE_DIR", "~/tables")
    monkeypatch.setattr(Path, "expanduser", lambda self: no_home())  # "~" with no home
    assert table_cache.cache_dir() is None


def test_lazy_patterns_match_as_compiled_ones_do() -> None:
    text = "Mail to Poland, mail to Chile; MAIL TO PERU."
    for pattern, flags in ((r"\bmail to (\w+)", 0), (r"mail to (?P<c>\w+)", re.I)):
        lazy, rx = lazy_compile(pattern, flags), re.compile(pattern, flags)
        assert lazy.pattern == rx.pattern
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in rx.finditer(text)]
        assert lazy.search(text, 5).group(1) == rx.search(text, 5).group(1)
        assert lazy.sub("X", text) == rx.sub("X", text)
        assert lazy.groups == rx.groups and lazy.groupindex == rx.groupindex
        assert pickle.loads(pickle.dumps(lazy)).findall(text) == rx.findall(text)


def test_every_lazy_pattern_of_the_classifier_compiles() -> None:
    """A pattern compiled on first use would otherwise fail only on the notice that reaches it."""
    import gc
    import importlib
    import pkgutil

    import monitor.classify as package

    for info in pkgutil.walk_packages(package.__path__, "monitor.classify."):
        importlib.import_module(info.name)
    patterns = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]
    assert len(patterns) > 450
    for pattern in patterns:
        assert pattern.compiled().pattern == pattern.pattern


def test_what_is_stored_does_not_depend_on_the_first_line(tmp_path: Path) -> None:
    plain, mixed = tmp_path / "plain", tmp_path / "mixed"
    _classify_cli(str(plain))
    # a line that mixes scripts builds the automaton of all of them, which is not stored
    env = {**os.environ, "POLICYWATCH_CACHE_DIR": str(mixed)}
    line = json.dumps({"title": "Посылки в Японию", "text": "日本宛て。Прием в Японию."})
    subprocess.run(
        [sys.executable, "-c", "from monitor.cli import main; main()", "classify"],
        input=line + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    plain_sizes = {name: st.st_size for name, st in _tables(plain).items()}
    mixed_sizes = {name: st.st_size for name, st in _tables(mixed).items()}
    assert any(name.startswith("gazetteer-") for name in mixed_sizes)
    assert all(plain_sizes[name] == size for name, size in mixed_sizes.items())


_SERVICE_START = """
import os, sys
from monitor.checker import Checker
Checker(sys.argv[1])
os._exit(0)  # no exit hook: what is stored was stored at the start
"""


def test_the_service_stores_every_table_when_it_starts(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "POLICYWATCH_CACHE_DIR": str(cache)}
    run = [sys.executable, "-c", _SERVICE_START, str(tmp_path / "policywatch.db")]
    subprocess.run(run, env=env, cwd=ROOT, timeout=120, check=True)
    stored = _tables(cache)
    assert stored
    _classify_cli(str(cache))
    assert _tables(cache).keys() == stored.keys()  # nothing was left to build

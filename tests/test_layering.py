"""Data flows one way: monitor/ and alerts/ meet only in storage/.

Only the composition roots (the command line, the service and the demo, which run both halves
in one process) may import both.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMPOSITION_ROOTS = {"monitor/cli.py", "monitor/service.py", "monitor/service_cli.py"}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def offenders(package: str, forbidden: str) -> list[str]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in COMPOSITION_ROOTS or rel.startswith("monitor/demo/"):
            continue
        if forbidden in imported_packages(path):
            found.append(rel)
    return found


def test_monitor_does_not_import_alerts():
    assert offenders("monitor", "alerts") == []


def test_alerts_does_not_import_monitor():
    assert offenders("alerts", "monitor") == []


def test_storage_imports_neither():
    assert offenders("storage", "monitor") == [] and offenders("storage", "alerts") == []

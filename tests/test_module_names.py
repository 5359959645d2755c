"""A module-level name bound twice: the second binding silently replaces the first, so whichever
was written first is dead code (ruff does not flag a reassigned constant). A binding that wraps
the name's own earlier value (``_P = word_start(_P)``) is a deliberate second step."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bound_twice(path: Path) -> list[str]:
    seen: dict[str, int] = {}
    twice: list[str] = []
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            value = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names, value = [node.target.id], node.value
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names, value = [node.name], None
        else:
            continue
        read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value else set()
        for name in names:
            if name in seen and name not in read:
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                twice.append(f"{where} {name} (first at {seen[name]})")
            seen.setdefault(name, node.lineno)
    return twice


def test_no_module_level_name_is_bound_twice() -> None:
    found = [
        line
        for package in ("monitor", "alerts", "storage")
        for path in sorted((ROOT / package).rglob("*.py"))
        for line in _bound_twice(path)
    ]
    assert found == []

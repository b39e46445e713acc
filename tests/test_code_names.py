"""No module binds a top-level name twice.

A second ``_SENTENCE_END = ...`` further down a module silently replaces the first for every function that
reads it at call time, although each was written against its own pattern; ruff flags a redefined function or
import (F811), not a rebound constant. This happened twice in ``parse/tables.py``.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).parent.parent / "src" / "vlaq_lod").rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert not [name for name, n in counts.items() if n > 1], f"{path}: bound more than once"

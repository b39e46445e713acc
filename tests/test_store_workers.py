"""Query workers start from any parent: a script without a main guard, a ``python -m`` CLI, gunicorn;
and they start lean.

Regression: multiprocessing's 'spawn' re-imported the parent's ``__main__`` in each
worker, so a public query from an unguarded script failed with a 503, and under
``python -m vlaq_lod serve`` the CLI would have run again inside every worker.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from servers import make_store

SCRIPT = """
from vlaq_lod.store.local import LocalStore
from vlaq_lod.store.workers import Limits

store = LocalStore({path!r}, Limits(timeout=10.0, cap=10, workers=1))
print(store.public_query("SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}", "text/csv").body.decode())
store.pool.close()
"""


def test_a_public_query_from_an_unguarded_script(tmp_path: Path) -> None:
    path = make_store(tmp_path / "store", "<http://e/s> <http://e/p> 1 , 2 .")
    script = tmp_path / "script.py"
    script.write_text(SCRIPT.format(path=str(path)))
    done = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == b"n\r\n2\r\n\n"


def test_a_worker_imports_neither_rdflib_nor_werkzeug() -> None:
    check = ("import sys, vlaq_lod.store.workers; "
             "print(sorted({'rdflib', 'werkzeug', 'flask'} & set(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[]\n"

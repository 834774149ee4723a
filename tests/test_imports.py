"""Every module of the package imports on its own, as the first marsad import of a fresh interpreter: a caller's
``from marsad import geo`` must not depend on another module having been imported first (circular imports)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import marsad

AT_ONCE = 4  # interpreters at a time (each loads numpy and the data its module reads at import)


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(marsad.__path__, "marsad."))


def test_every_module_imports_first() -> None:
    names = _modules()
    assert "marsad.geo" in names and "marsad.events.arguments" in names
    failed: dict[str, list[str]] = {}
    for i in range(0, len(names), AT_ONCE):
        procs = {
            name: subprocess.Popen([sys.executable, "-c", f"import {name}"], stderr=subprocess.PIPE, text=True)
            for name in names[i : i + AT_ONCE]
        }
        for name, proc in procs.items():
            err = proc.communicate()[1]
            if proc.returncode:
                failed[name] = err.strip().splitlines()[-1:]
    assert failed == {}

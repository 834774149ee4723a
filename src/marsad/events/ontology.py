"""The PLOVER ontology: the 16 event types, their modes, and the CAMEO -> PLOVER table.

The table ships as our own data file ``data/events/cameo_plover.tsv``, generated from the PLOVER
project's ``CAMEO2PLOVER-2021.txt`` (CC BY-SA 4.0, Philip Schrodt / Open Event Data Alliance) by
:func:`parse_cameo2plover`; the attribution is in ``data/events/cameo_plover.NOTICE``.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class CameoRow:
    cameo: str
    plover: str
    mode: str | None
    context: str | None
    label: str


DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "events"


def _data_path(name: str) -> Path:
    return DATA_DIR / name


@cache
def plover_types() -> dict[str, list[str]]:
    """The 16 PLOVER types, each with its modes (from ``plover_types.json``)."""
    with _data_path("plover_types.json").open(encoding="utf-8") as fh:
        return json.load(fh)["types"]


def parse_cameo2plover(path: str | Path) -> list[CameoRow]:
    """Rows ``code: PLOVER, mode, context # label`` of the PLOVER project's conversion table.

    Root lines (``03: AGREE``) get the root code; blank modes/contexts become None.
    """
    rows: list[CameoRow] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or ":" not in line or not line[0].isdigit():
            continue
        code, rest = line.split(":", 1)
        rest, _, label = rest.partition("#")
        parts = [p.strip() for p in rest.split(",")]
        plover = parts[0].upper()
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        context = parts[2] if len(parts) > 2 and parts[2] else None
        rows.append(CameoRow(code.strip(), plover, mode, context, label.strip()))
    return rows


def write_table(rows: list[CameoRow], out: str | Path) -> None:
    """Write the rows as our TSV table (``cameo plover mode context label``)."""
    with Path(out).open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["cameo", "plover", "mode", "context", "label"])
        for r in rows:
            w.writerow([r.cameo, r.plover, r.mode or "", r.context or "", r.label])


@cache
def cameo_table() -> dict[str, CameoRow]:
    """CAMEO code -> row, from our shipped table (first row wins for a repeated code)."""
    table: dict[str, CameoRow] = {}
    with _data_path("cameo_plover.tsv").open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            code = rec["cameo"]
            if code not in table:
                table[code] = CameoRow(code, rec["plover"], rec["mode"] or None, rec["context"] or None, rec["label"])
    return table


def cameo_to_plover(code: str) -> CameoRow | None:
    """The PLOVER row for a CAMEO code, falling back to its parent codes (``0234`` -> ``023`` -> ``02``).

    Codes outside the table (CAMEO 01 statements, 02 appeals) use the extension rows of
    ``plover_types.json`` (``cameo_extensions``), which say how we treat them.
    """
    code = (code or "").strip()
    table = cameo_table()
    ext = _extensions()
    for n in range(len(code), 1, -1):
        prefix = code[:n]
        if prefix in table:
            return table[prefix]
        if prefix in ext:
            return ext[prefix]
    return None


@cache
def _extensions() -> dict[str, CameoRow]:
    with _data_path("plover_types.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {
        code: CameoRow(code, spec["plover"], spec.get("mode"), None, spec.get("label", ""))
        for code, spec in data.get("cameo_extensions", {}).items()
    }


def cameo_label(code: str) -> str | None:
    """The CAMEO label of a code (exact code only)."""
    row = cameo_table().get(code)
    return row.label if row else None


if __name__ == "__main__":  # regenerate the shipped table: python -m marsad.events.ontology SRC DST
    import sys

    write_table(parse_cameo2plover(sys.argv[1]), sys.argv[2])

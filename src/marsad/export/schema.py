"""Export schemas (data/export/*.schema.json) and a small validator for them.

``validate_object(obj, schema)`` checks a JSON value against the JSON-Schema subset we use (type,
required, properties, additionalProperties, enum, pattern, minimum/maximum, minLength, items,
$ref to #/definitions). ``validate_row(row, schema)`` checks one tabular row (strings from CSV/TSV
or typed values from Parquet) against a column list. Both return a list of error messages.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources
from typing import Any

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
    "null": (type(None),),
}
_ISO_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The schema named ``plover``, ``polecat`` or ``flat`` (CSV and Parquet)."""
    path = resources.files("marsad") / "data" / "export" / f"{name}.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _is_type(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES[name])


def validate_object(
    value: Any, schema: dict[str, Any], root: dict[str, Any] | None = None, path: str = "$"
) -> list[str]:
    """Errors of ``value`` against a JSON-Schema-like ``schema`` (empty list when valid)."""
    root = root or schema
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return validate_object(value, root["definitions"][name], root, path)
    errors: list[str] = []
    types = schema.get("type")
    if types is not None:
        types = [types] if isinstance(types, str) else types
        if not any(_is_type(value, t) for t in types):
            return [f"{path}: expected {'|'.join(types)}, got {type(value).__name__}"]
    if value is None:
        return errors
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not one of {schema['enum']}")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {schema['pattern']}")
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: shorter than {schema['minLength']}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and math.isnan(value):
            errors.append(f"{path}: NaN")
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {value} < {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: {value} > {schema['maximum']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing required field {key!r}")
        props = schema.get("properties", {})
        for key, sub in value.items():
            if key in props:
                errors += validate_object(sub, props[key], root, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}: unexpected field {key!r}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors += validate_object(item, schema["items"], root, f"{path}[{i}]")
    return errors


def _cell_value(raw: Any, kind: str) -> tuple[Any, str | None]:
    """(typed value, error) of one tabular cell; strings are parsed, typed values checked."""
    if raw is None or raw == "":
        return None, None
    try:
        if kind == "integer":
            if isinstance(raw, bool):
                raise ValueError
            return int(raw), None
        if kind == "number":
            if isinstance(raw, bool):
                raise ValueError
            v = float(raw)
            if math.isnan(v) or math.isinf(v):
                raise ValueError
            return v, None
        if kind == "boolean":
            if isinstance(raw, bool):
                return raw, None
            if str(raw).lower() in ("true", "false", "1", "0"):
                return str(raw).lower() in ("true", "1"), None
            raise ValueError
        if kind == "date":
            s = str(raw)
            if not _ISO_DATE.match(s):
                raise ValueError
            return s, None
        if kind == "json":
            return json.loads(raw) if isinstance(raw, str) else raw, None
        return str(raw), None
    except (ValueError, TypeError):
        return None, f"{raw!r} is not a valid {kind}"


def validate_row(row: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    """Errors of one tabular row against a column schema (empty list when valid)."""
    errors: list[str] = []
    names = [c["name"] for c in schema["columns"]]
    extra = set(row) - set(names)
    if extra:
        errors.append(f"unexpected columns {sorted(extra)}")
    for col in schema["columns"]:
        name = col["name"]
        if name not in row:
            errors.append(f"missing column {name!r}")
            continue
        value, err = _cell_value(row[name], col["type"])
        if err:
            errors.append(f"{name}: {err}")
            continue
        if value is None:
            if col.get("required"):
                errors.append(f"{name}: required but empty")
            continue
        if "enum" in col and value not in col["enum"]:
            errors.append(f"{name}: {value!r} not one of the allowed values")
        if "pattern" in col and not re.search(col["pattern"], str(value)):
            errors.append(f"{name}: {value!r} does not match {col['pattern']}")
        if "minimum" in col and value < col["minimum"]:
            errors.append(f"{name}: {value} < {col['minimum']}")
        if "maximum" in col and value > col["maximum"]:
            errors.append(f"{name}: {value} > {col['maximum']}")
    return errors


def validate_header(header: list[str], schema: dict[str, Any]) -> list[str]:
    """Errors when a file's header is not exactly the schema's columns in order."""
    names = [c["name"] for c in schema["columns"]]
    return [] if header == names else [f"header {header} != schema columns {names}"]

"""The JSON values stored payloads are made of, named once for the typed storage boundary."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias

JsonScalar: TypeAlias = str | int | float | bool | None
# Typed one level deep, not recursively: a recursive alias is a string at run time, which
# typing.get_type_hints cannot resolve from the modules that use it.
JsonValue: TypeAlias = JsonScalar | Sequence[Any] | Mapping[str, Any]
# A JSON object, read-only: what a free-form stored detail (the change log's) is typed as.
JsonObject: TypeAlias = Mapping[str, JsonValue]

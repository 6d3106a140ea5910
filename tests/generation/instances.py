"""Build a value for a schema that sets every property it can, recursively.

Used to prove that no field of the spec is lost on the way into the generated
models: a model built from such a value must give the same value back.
"""

from __future__ import annotations

from typing import Any

from illuminate_spec.loader import resolve_in

# isoformat() of the parsed value gives back exactly this text.
DATE_TIME = "2024-09-25T19:58:24.186000+00:00"


def resolve(schema: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    resolved: dict[str, Any] = resolve_in(document, schema)
    return resolved


def full_instance(schema: dict[str, Any], document: dict[str, Any]) -> Any:
    schema = resolve(schema, document)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "oneOf" in schema and "type" not in schema:
        return full_instance(schema["oneOf"][0], document)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        if not properties:
            return {"anyKey": "any value"}
        return {name: full_instance(sub, document) for name, sub in properties.items()}
    if kind == "array":
        count = max(1, schema.get("minItems", 1))
        return [full_instance(schema["items"], document) for _ in range(count)]
    if kind == "integer":
        return max(7, schema.get("minimum", 7))
    if kind == "number":
        return 0.5
    if kind == "boolean":
        return True
    if schema.get("format") == "date-time":
        return DATE_TIME
    if schema.get("format") == "uri":
        return "https://example.com/path"
    return "text"

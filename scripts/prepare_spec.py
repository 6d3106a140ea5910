"""Rewrite the canonical spec into a form openapi-python-client 0.29 keeps whole.

The canonical spec stays the truth for the mock and the contract suites; this
transform only feeds the generator. It starts from the spec's generator view
(responses as the documents show them: only documented fields required, enums
open, null admitted on optional fields, any 2xx a success, no guessed error
bodies) and fixes three generator gaps:

1. Query parameters declared with ``content:`` (the JSON ``filter`` object) are
   silently dropped by the generator. They become ``type: string`` parameters
   carrying JSON text, annotated with the JSON Schema 2020-12 keywords
   ``contentMediaType``/``contentSchema`` so the intent is not lost; the
   hand-written layer serialises typed filter models into that string.
2. The generator ignores ``style``/``explode``. No parameter of ours needs a
   non-default style, and any that would be serialised wrongly is refused here
   with its location instead of being generated wrong.
3. Validation-only keywords (``if``/``then``/``else``, ``not``, and ``oneOf``/
   ``anyOf`` whose branches only list ``required`` names) make the generator
   replace a whole model with ``Any``. They constrain values, not shapes, so
   they are removed; the server enforces them and the contract suite checks.
"""

from __future__ import annotations

import copy
from typing import Any

from illuminate_spec.views import generator_view
from spec_loader import SpecError, iter_operations

# Query styles the generator serialises correctly: form, exploded (its only mode).
_DEFAULT_QUERY_STYLE = {"style": "form", "explode": True}
_VALIDATION_ONLY_KEYWORDS = ("if", "then", "else", "not")
_SHAPE_KEYWORDS = ("type", "properties", "items", "$ref", "allOf", "oneOf", "anyOf", "enum", "const")


def prepare_for_generator(document: dict[str, Any]) -> dict[str, Any]:
    """Return a transformed deep copy of ``document``; the input is not touched.

    The starting point is the spec's generator view (``illuminate_spec.views``):
    requests as the full view, responses as the documented view, so the
    client reads every answer the documents allow.
    """
    prepared = generator_view(document)
    for route, method, operation in iter_operations(prepared):
        for index, parameter in enumerate(operation.get("parameters") or []):
            where = f"paths.{route}.{method}.parameters[{index}]"
            _rewrite_parameter(parameter, prepared, where)
    for item in (prepared.get("components", {}).get("parameters") or {}).values():
        _rewrite_parameter(item, prepared, f"components.parameters.{item.get('name')}")
    _strip_validation_only(prepared)
    return prepared


def _rewrite_parameter(parameter: dict[str, Any], document: dict[str, Any], where: str) -> None:
    if "$ref" in parameter:
        return  # rewritten where it is defined, under components.parameters
    content = parameter.get("content")
    if content is not None:
        media_types = list(content)
        if media_types != ["application/json"]:
            raise SpecError(f"{where}: only application/json parameter content is supported, found {media_types}")
        schema = content["application/json"].get("schema", {})
        description = parameter.get("description", "").rstrip()
        schema_name = schema.get("$ref", "").rsplit("/", 1)[-1] or "object"
        parameter["description"] = f"{description} JSON text of a {schema_name}.".strip()
        parameter["schema"] = {
            "type": "string",
            "description": parameter["description"],
            "contentMediaType": "application/json",
            "contentSchema": schema,
        }
        del parameter["content"]
        return
    _describe_in_schema(parameter, document)
    if parameter.get("in") != "query":
        return
    style = {key: parameter[key] for key in ("style", "explode") if key in parameter}
    if any(_DEFAULT_QUERY_STYLE[key] != value for key, value in style.items()):
        schema = parameter.get("schema", {})
        if _resolve(schema, document).get("type") in ("array", "object"):
            raise SpecError(
                f"{where}: style/explode {style} would be serialised as form/explode by the generator; "
                "declare the parameter with content: application/json or the default style"
            )


def _describe_in_schema(parameter: dict[str, Any], document: dict[str, Any]) -> None:
    """Copy the parameter's description into a plain schema.

    The generator documents arguments from the schema, so ``first`` would read
    "Example: 100" and ``accountId`` "An opaque identifier". References to
    enums stay references: inlining them would rename the generated enum class.
    """
    schema = parameter.get("schema")
    if not isinstance(schema, dict) or "description" not in parameter:
        return
    resolved = _resolve(schema, document)
    if "enum" in resolved or resolved.get("type") not in ("string", "integer", "number", "boolean"):
        return
    parameter["schema"] = {**copy.deepcopy(resolved), "description": parameter["description"]}


def _resolve(schema: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return schema
    node: Any = document
    for part in ref[2:].split("/"):
        node = node[part]
    return node if isinstance(node, dict) else {}


def _is_validation_only(branches: Any) -> bool:
    return isinstance(branches, list) and all(
        isinstance(branch, dict) and not any(key in branch for key in _SHAPE_KEYWORDS) for branch in branches
    )


def _strip_validation_only(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _strip_validation_only(item)
        return
    if not isinstance(node, dict):
        return
    if "properties" in node or node.get("type") == "object":
        for keyword in _VALIDATION_ONLY_KEYWORDS:
            node.pop(keyword, None)
        for keyword in ("oneOf", "anyOf"):
            if _is_validation_only(node.get(keyword)):
                del node[keyword]
    for key, value in node.items():
        if key == "properties" and isinstance(value, dict):
            # A properties map is keyed by field names, which may be anything.
            for schema in value.values():
                _strip_validation_only(schema)
        else:
            _strip_validation_only(value)

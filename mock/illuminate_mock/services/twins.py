"""Digital twins: made with their resource, changed with it, and found by the twin filter.

- every product, variant and promotional asset gets a digital twin with an
  id of its own, made in the same request; carriers and images hang on the
  twin, never on the resource id;
- a change to the resource, its carriers, images or links changes the twin
  (its ``modified``), so "recently changed twins" finds them;
- ``listDigitalTwins`` filters by text, resource type, twin ids, modification
  time and per-kind conditions (ids, brand, GPC category, identifiers).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .. import render
from ..clock import parse_moment
from ..models import DigitalTwin, Product, ProductVariant, PromotionalAsset, Resource
from ..models.base import Twinned, body_fields
from ..registry import Call, Reply, handles
from ..store import Collection, Store, sort_key
from .carriers import add_twin_carrier, initial_carrier_types
from .common import filter_of, ids, list_reply

R = TypeVar("R", bound=Twinned)


def create_with_twin(store: Store, call: Call, collection: Collection[R], kind: type[R], **server_set: Any) -> R:
    """Store a ``kind`` made of the request body (and ``server_set``), its twin, and the carriers asked for."""
    carrier_types = initial_carrier_types(call)  # may refuse: before anything is written
    fields = body_fields(kind, call.body)
    record = collection.add(kind.create(call.account.id, store.stamp(call.user_id), **fields, **server_set))
    twin = store.twins.add(DigitalTwin.create(call.account.id, store.stamp(call.user_id), resource=record))
    record.twin_id = twin.id
    for carrier_type in carrier_types:
        add_twin_carrier(store, call, twin, carrier_type, call.body)
    return record


def resource_reply(store: Store, call: Call, record: Resource) -> Reply:
    """A product, variant or promotional asset as the API shows it (with its counts)."""
    return Reply(render.resource(render.Tallies(store, call.account.id), record))


def touch_twin(store: Store, call: Call, twin_id: str) -> None:
    twin = store.twins.get(call.account.id, twin_id)
    if twin is not None:
        twin.touch(store.stamp(call.user_id))


def apply_patch(store: Store, call: Call, record: Resource) -> None:
    """An update's ``patch``, applied to the resource and counted as a change of its twin."""
    record.apply(call.body["patch"])
    record.touch(store.stamp(call.user_id))
    touch_twin(store, call, record.twin_id)


# ------------------------------------------------------------ the twin filter

# Resource attributes the filter's free-text ``query`` searches.
_SEARCHED = (
    "description_short",
    "identifier",
    "trade_item_description",
    "consumer_product_variant_description",
    "consumer_product_variant_identification",
    "product_identifier",
    "customer_identifier",
)


def _matches_text(resource: Resource, text: str) -> bool:
    needle = text.casefold()
    return any(needle in str(getattr(resource, name, None) or "").casefold() for name in _SEARCHED)


def _matches_eq_in(value: object, condition: Mapping[str, Any] | None) -> bool:
    if not condition:
        return True
    if "eq" in condition and value != condition["eq"]:
        return False
    return not ("in" in condition and value not in condition["in"])


def _matches_identifier(identifier: str, condition: Mapping[str, str] | None) -> bool:
    if not condition:
        return True
    checks: dict[str, Callable[[str], bool]] = {
        "eq": lambda text: identifier == text,
        "in": lambda text: text in identifier,  # partial identifier (spec/DECISIONS.md)
        "starts": identifier.startswith,
        "ends": identifier.endswith,
    }
    return all(checks[name](value) for name, value in condition.items())


def _in_ids(resource: Resource, block: Mapping[str, Any]) -> bool:
    wanted = ids(block)
    return wanted is None or resource.id in wanted


def _product_brand(store: Store, variant: ProductVariant) -> str | None:
    product = store.products.get(variant.account_id, variant.product_id)
    return product.brand_id if product else None


def _matches_kind(store: Store, twin: DigitalTwin, spec: Mapping[str, Any]) -> bool:
    """Resource-specific conditions: a twin matches if it satisfies its own kind's block."""
    if not any(kind in spec for kind in ("product", "productVariant", "promotionalAsset")):
        return True
    resource = twin.resource
    if isinstance(resource, Product) and "product" in spec:
        block = spec["product"]
        return (
            _in_ids(resource, block)
            and _matches_eq_in(resource.brand_id, block.get("brandId"))
            and _matches_eq_in(resource.gpc_category_code, block.get("gpcCategoryCode"))
            and _matches_identifier(resource.identifier, block.get("identifiers"))
        )
    if isinstance(resource, ProductVariant) and "productVariant" in spec:
        block = spec["productVariant"]
        return _in_ids(resource, block) and _matches_eq_in(_product_brand(store, resource), block.get("brandId"))
    if isinstance(resource, PromotionalAsset) and "promotionalAsset" in spec:
        block = spec["promotionalAsset"]
        return _in_ids(resource, block) and _matches_eq_in(resource.brand_id, block.get("brandId"))
    return False


def twin_matches(store: Store, twin: DigitalTwin, spec: Mapping[str, Any]) -> bool:
    if "query" in spec and not _matches_text(twin.resource, spec["query"]):
        return False
    if "resourceTypes" in spec and twin.resource_type not in spec["resourceTypes"]:
        return False
    twin_ids = spec.get("digitalTwinIds", {})
    if "in" in twin_ids and twin.id not in twin_ids["in"]:
        return False
    if "notIn" in twin_ids and twin.id in twin_ids["notIn"]:
        return False
    modified = spec.get("modified", {})
    if "from" in modified and parse_moment(twin.modified.at) < parse_moment(modified["from"]):
        return False
    if "to" in modified and parse_moment(twin.modified.at) > parse_moment(modified["to"]):
        return False
    return _matches_kind(store, twin, spec)


@handles("listDigitalTwins")
def list_digital_twins(store: Store, call: Call) -> Reply:
    spec = filter_of(call)
    twins = [t for t in store.twins.all(call.account.id) if twin_matches(store, t, spec)]
    orders: dict[str, Callable[[DigitalTwin], Any]] = {
        "CREATED": sort_key("created"),
        "MODIFIED": sort_key("modified"),
        "TYPE": lambda t: (t.resource_type, t.created.at, t.created.seq),  # then creation order
    }
    tallies = render.Tallies(store, call.account.id)
    return list_reply(call, store.twins, twins, orders, lambda t: render.twin(tallies, t))

"""The 27 operations of the REST API and their rules.

Rules enforced here (each has a test in tests/mock/):
- a product needs an existing brand (and functional name, if given); a variant
  an existing product identifier; a promotional asset an existing brand and
  asset type, and ``startDate`` not after ``endDate``;
- every product, variant and promotional asset gets a digital twin with an id
  of its own; carriers and images hang on the twin, never on the resource id;
- data carriers only of types the account's subscriptions allow, at most one
  per type and twin;
- images: three-step upload, at most one default image per twin;
- links join a promotional asset to existing products or variants, once.
"""

from __future__ import annotations

import datetime
import functools
from collections import Counter
from collections.abc import Callable
from typing import Any

from .backend import Backend, Call, Reply, handles
from .errors import FieldError, bad_request, conflict, forbidden, invalid, not_found
from .gs1 import digital_link, gtin14, short_id, short_url
from .pagination import paginate
from .store import Collection, Record, Store, new_id, public, sort_key_for

# Which carrier types each subscription allows (serialization document's table).
SUBSCRIPTION_CARRIERS: dict[str, frozenset[str]] = {
    "AUTOMATE": frozenset({"DIGITAL_WATERMARK"}),
    "ENGAGE": frozenset({"QR_CODE"}),
    "ENGAGE_PREMIUM": frozenset({"DIGITAL_WATERMARK", "QR_CODE"}),
    "ILLUMINATE": frozenset({"DIGITAL_WATERMARK"}),
    "RECYCLE": frozenset({"DIGITAL_WATERMARK"}),
    "VALIDATE_PACKAGING": frozenset({"DIGITAL_WATERMARK"}),
}
DIGITAL_TAG_CARRIERS = {
    "DIGITAL_WATERMARK": ("DIGITAL_WATERMARK",),
    "QR_CODE": ("QR_CODE",),
    "DIGITAL_WATERMARK_AND_QR_CODE": ("DIGITAL_WATERMARK", "QR_CODE"),
}
# Body fields that steer carrier creation but are not stored on the resource.
CARRIER_OPTIONS = ("digitalTag", "shortUrlDomain", "urlFormat", "useDefaultSettings")
UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024
IMAGE_SIGNATURES = {"png": (b"\x89PNG\r\n\x1a\n",), "jpg": (b"\xff\xd8\xff",)}


def allowed_carriers(subscriptions: frozenset[str]) -> frozenset[str]:
    return frozenset().union(*(SUBSCRIPTION_CARRIERS[s] for s in subscriptions))


# ------------------------------------------------------------------ helpers


def _list_reply(
    call: Call,
    collection: Collection,
    records: list[Record],
    orders: dict[str, Callable[[Record], Any]],
    render: Callable[[Record], Record] = public,
) -> Reply:
    order = call.params["order"]
    page = paginate(
        records,
        orders[order.rsplit("_", 1)[0]],
        descending=order.endswith("_DESC"),
        first=call.params["first"],
        after=call.params.get("after"),
        cursor_record=lambda token: collection.cursor_record(call.account.id, token),
    )
    return Reply([render(record) for record in page.items], page.headers())


def _ids(filter_part: dict[str, Any] | None, key: str = "ids") -> set[str] | None:
    """The id set a filter names, or None when the filter does not narrow by it."""
    if not filter_part or key not in filter_part:
        return None
    return set(filter_part[key])


def _moment(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))


def _check_date_order(start: str | None, end: str | None, field_name: str) -> None:
    if start and end and _moment(end) < _moment(start):
        raise invalid(field_name, "endDate must be on or after startDate")


def _touch_twin(backend: Backend, call: Call, twin_id: str) -> None:
    twin = backend.store.twins.get(call.account.id, twin_id)
    if twin is not None:
        backend.store.stamp(twin, call.user_id, created=False)


def _require_twin(store: Store, call: Call, field_name: str = "body.digitalTwinId") -> Record:
    source = call.body if field_name.startswith("body.") else call.params
    return store.twins.require(call.account.id, source[field_name.split(".", 1)[1]], field_name)


# ------------------------------------------------------- digital twins


def create_twin(store: Store, call: Call, resource: Record, resource_type: str, product_id: str | None) -> Record:
    fields: Record = {"resourceId": resource["id"], "resourceType": resource_type, "_resource": resource}
    if product_id is not None:
        fields["productId"] = product_id
    twin = store.new_record(call.account.id, call.user_id, fields)
    resource["_twinId"] = twin["id"]
    return store.twins.add(twin)


def _carrier_url(backend: Backend, call: Call, twin: Record, carrier_type: str, options: Record) -> Record:
    """``carrierUrl``/``shortId``/``urlFormat`` of a new carrier."""
    if carrier_type != "QR_CODE":
        return {"carrierUrl": ""}
    account = call.account
    # Explicit urlFormat/shortUrlDomain win unless useDefaultSettings is true.
    use_defaults = options.get("useDefaultSettings") is True or "urlFormat" not in options
    url_format = account.default_url_format if use_defaults else options["urlFormat"]
    domain = account.default_domain if use_defaults else options.get("shortUrlDomain", account.default_domain)
    resource = twin["_resource"]
    gtin = gtin14(resource.get("identifier") or resource.get("productIdentifier"))
    if url_format == "DigitalLink" and gtin is not None:
        variant = (
            resource.get("consumerProductVariantIdentification") if twin["resourceType"] == "PRODUCT_VARIANT" else None
        )
        return {"carrierUrl": digital_link(account.default_domain, gtin, variant=variant), "urlFormat": "DigitalLink"}
    code = short_id()
    return {"carrierUrl": short_url(domain, code), "shortId": code, "urlFormat": "ShortUrl"}


def add_carrier(backend: Backend, call: Call, twin: Record, carrier_type: str, options: Record) -> Record:
    fields = {
        "digitalTwinId": twin["id"],
        "carrierType": carrier_type,
        **_carrier_url(backend, call, twin, carrier_type, options),
    }
    if options.get("consumerProductVariantIdentification"):
        fields["consumerProductVariantIdentification"] = options["consumerProductVariantIdentification"]
    carrier = backend.store.new_record(call.account.id, call.user_id, fields)
    backend.store.stamp(twin, call.user_id, created=False)
    twin.setdefault("_carriers", []).append(carrier)
    return backend.store.data_carriers.add(carrier)


def twin_carriers(store: Store, account_id: str, twin_id: str) -> list[Record]:
    twin = store.twins.get(account_id, twin_id)
    return list(twin.get("_carriers", [])) if twin is not None else []


def _initial_carrier_types(call: Call) -> tuple[str, ...]:
    """Carriers asked for when a product, variant or promotional asset is created.

    Checked before anything is written, so a refused request leaves no trace.
    """
    body = call.body
    allowed = allowed_carriers(call.account.subscriptions)
    if "digitalTag" in body:
        wanted = DIGITAL_TAG_CARRIERS[body["digitalTag"]]
        refused = [t for t in wanted if t not in allowed]
        if refused:
            raise forbidden(f"the account's subscriptions do not include {', '.join(refused)}", "body.digitalTag")
        return wanted
    if body.get("useDefaultSettings"):
        return tuple(t for t in call.account.default_carrier_types if t in allowed)
    return ()


def _create_with_twin(
    backend: Backend, call: Call, collection: Collection, fields: Record, resource_type: str
) -> Record:
    store = backend.store
    carrier_types = _initial_carrier_types(call)
    record = store.new_record(call.account.id, call.user_id, fields)
    collection.add(record)
    product_id = record["id"] if resource_type == "PRODUCT" else record.get("productId")
    twin = create_twin(store, call, record, resource_type, product_id)
    for carrier_type in carrier_types:
        add_carrier(backend, call, twin, carrier_type, call.body)
    return record


def _stored_fields(body: Record) -> Record:
    return {k: v for k, v in body.items() if k != "accountId" and k not in CARRIER_OPTIONS}


class Tallies:
    """Counts the product and promotional asset views show, taken once per response.

    Counting per rendered item would scan every variant or link of the account
    for each item of a page.
    """

    def __init__(self, store: Store, account_id: str) -> None:
        self.store = store
        self.account_id = account_id

    @functools.cached_property
    def variants(self) -> tuple[Counter[str], Counter[str]]:
        """Variants per product id, and those of them whose twin has a data carrier."""
        total: Counter[str] = Counter()
        tagged: Counter[str] = Counter()
        for variant in self.store.variants.all(self.account_id):
            total[variant["productId"]] += 1
            if twin_carriers(self.store, self.account_id, variant["_twinId"]):
                tagged[variant["productId"]] += 1
        return total, tagged

    @functools.cached_property
    def links(self) -> Counter[tuple[str, str]]:
        """Links per (promotional asset id, "productId" or "productVariantId")."""
        counts: Counter[tuple[str, str]] = Counter()
        for link in self.store.links.all(self.account_id):
            kind = "productId" if "productId" in link else "productVariantId"
            counts[(link["promotionalAssetId"], kind)] += 1
        return counts


def _render_twin(tallies: Tallies, twin: Record) -> Record:
    store = tallies.store
    rendered = public(twin)
    resource = twin["_resource"]
    key = {"PRODUCT": "product", "PRODUCT_VARIANT": "productVariant", "PROMOTIONAL_ASSET": "promotionalAsset"}
    rendered[key[twin["resourceType"]]] = RENDERERS[twin["resourceType"]](tallies, resource)
    rendered["dataCarriers"] = [public(c) for c in twin_carriers(store, twin["accountId"], twin["id"])]
    return rendered


_SEARCHED_FIELDS = (
    "descriptionShort",
    "identifier",
    "tradeItemDescription",
    "consumerProductVariantDescription",
    "consumerProductVariantIdentification",
    "productIdentifier",
    "customerIdentifier",
)


def _matches_text(resource: Record, text: str) -> bool:
    needle = text.casefold()
    return any(needle in str(resource.get(name, "")).casefold() for name in _SEARCHED_FIELDS)


def _matches_eq_in(value: object, condition: dict[str, Any] | None) -> bool:
    if not condition:
        return True
    if "eq" in condition and value != condition["eq"]:
        return False
    return not ("in" in condition and value not in condition["in"])


def _matches_identifier(identifier: str, condition: dict[str, str] | None) -> bool:
    if not condition:
        return True
    checks: dict[str, Callable[[str], bool]] = {
        "eq": lambda text: identifier == text,
        "in": lambda text: text in identifier,  # partial identifier (spec/DECISIONS.md)
        "starts": identifier.startswith,
        "ends": identifier.endswith,
    }
    return all(checks[name](value) for name, value in condition.items())


def _product_brand(store: Store, variant: Record) -> str | None:
    product = store.products.get(variant["accountId"], variant["productId"])
    return product["brandId"] if product else None


def _matches_kind(store: Store, twin: Record, spec: dict[str, Any]) -> bool:
    """Resource-specific conditions: a twin matches if it satisfies one kind's block."""
    resource = twin["_resource"]
    kind = twin["resourceType"]
    blocks = {k: spec[k] for k in ("product", "productVariant", "promotionalAsset") if k in spec}
    if not blocks:
        return True
    if kind == "PRODUCT" and "product" in blocks:
        block = blocks["product"]
        return (
            (_ids(block) is None or resource["id"] in block["ids"])
            and _matches_eq_in(resource.get("brandId"), block.get("brandId"))
            and _matches_eq_in(resource.get("gpcCategoryCode"), block.get("gpcCategoryCode"))
            and _matches_identifier(resource.get("identifier", ""), block.get("identifiers"))
        )
    if kind == "PRODUCT_VARIANT" and "productVariant" in blocks:
        block = blocks["productVariant"]
        return (_ids(block) is None or resource["id"] in block["ids"]) and _matches_eq_in(
            _product_brand(store, resource), block.get("brandId")
        )
    if kind == "PROMOTIONAL_ASSET" and "promotionalAsset" in blocks:
        block = blocks["promotionalAsset"]
        return (_ids(block) is None or resource["id"] in block["ids"]) and _matches_eq_in(
            resource.get("brandId"), block.get("brandId")
        )
    return False


def _twin_matches(store: Store, twin: Record, spec: dict[str, Any]) -> bool:
    if "query" in spec and not _matches_text(twin["_resource"], spec["query"]):
        return False
    if "resourceTypes" in spec and twin["resourceType"] not in spec["resourceTypes"]:
        return False
    ids = spec.get("digitalTwinIds", {})
    if "in" in ids and twin["id"] not in ids["in"]:
        return False
    if "notIn" in ids and twin["id"] in ids["notIn"]:
        return False
    modified = spec.get("modified", {})
    if "from" in modified and _moment(twin["modified"]) < _moment(modified["from"]):
        return False
    if "to" in modified and _moment(twin["modified"]) > _moment(modified["to"]):
        return False
    return _matches_kind(store, twin, spec)


@handles("listDigitalTwins")
def list_digital_twins(backend: Backend, call: Call) -> Reply:
    store = backend.store
    spec = call.params.get("filter") or {}
    twins = [t for t in store.twins.all(call.account.id) if _twin_matches(store, t, spec)]
    orders = {
        "CREATED": sort_key_for("created"),
        "MODIFIED": sort_key_for("modified"),
        "TYPE": lambda r: (r["resourceType"], r["created"], r["_seq"]),  # then creation order
    }
    tallies = Tallies(store, call.account.id)
    return _list_reply(call, store.twins, twins, orders, lambda t: _render_twin(tallies, t))


# ------------------------------------------------------------ products


def _render_product(tallies: Tallies, product: Record) -> Record:
    total, tagged = tallies.variants
    return {
        **public(product),
        "productVariantsCount": total[product["id"]],
        "productVariantsWithTagsCount": tagged[product["id"]],
    }


def _check_refs(call: Call, fields: Record, prefix: str, refs: dict[str, Collection]) -> None:
    """Every id among ``fields`` that ``refs`` names must exist in its collection (404 naming it)."""
    for name, collection in refs.items():
        if name in fields:
            collection.require(call.account.id, fields[name], f"{prefix}.{name}")


def _check_product_refs(store: Store, call: Call, fields: Record, prefix: str) -> None:
    _check_refs(call, fields, prefix, {"brandId": store.brands, "functionalNameId": store.functional_names})


@handles("createProduct")
def create_product(backend: Backend, call: Call) -> Reply:
    _check_product_refs(backend.store, call, call.body, "body")
    product = _create_with_twin(backend, call, backend.store.products, _stored_fields(call.body), "PRODUCT")
    return Reply(_render_product(Tallies(backend.store, call.account.id), product))


@handles("listProducts")
def list_products(backend: Backend, call: Call) -> Reply:
    store = backend.store
    block = (call.params.get("filter") or {}).get("product", {})
    ids, identifiers = _ids(block), _ids(block, "identifiers")
    products = [
        p
        for p in store.products.all(call.account.id)
        if (ids is None or p["id"] in ids) and (identifiers is None or p["identifier"] in identifiers)
    ]
    orders = {"MODIFIED": sort_key_for("modified"), "NAME": sort_key_for("descriptionShort", fold=True)}
    tallies = Tallies(store, call.account.id)
    return _list_reply(call, store.products, products, orders, lambda p: _render_product(tallies, p))


def _apply_patch(backend: Backend, call: Call, record: Record) -> None:
    record.update(call.body["patch"])
    backend.store.stamp(record, call.user_id, created=False)
    _touch_twin(backend, call, record["_twinId"])


@handles("updateProduct")
def update_product(backend: Backend, call: Call) -> Reply:
    store = backend.store
    product = store.products.require(call.account.id, call.body["id"], "body.id")
    _check_product_refs(store, call, call.body["patch"], "body.patch")
    _apply_patch(backend, call, product)
    return Reply(_render_product(Tallies(store, call.account.id), product))


# ----------------------------------------------------- product variants


@handles("createProductVariant")
def create_product_variant(backend: Backend, call: Call) -> Reply:
    store = backend.store
    identifier = call.body["productIdentifier"]
    # Identifiers are not unique in the mock; the oldest product with it wins.
    product = next((p for p in store.products.all(call.account.id) if p["identifier"] == identifier), None)
    if product is None:
        raise not_found("body.productIdentifier", "product with identifier", identifier)
    fields = {**_stored_fields(call.body), "productId": product["id"]}
    variant = _create_with_twin(backend, call, store.variants, fields, "PRODUCT_VARIANT")
    _touch_twin(backend, call, product["_twinId"])
    return Reply(public(variant))


@handles("listProductVariants")
def list_product_variants(backend: Backend, call: Call) -> Reply:
    store = backend.store
    block = (call.params.get("filter") or {}).get("productVariant", {})
    ids, product_ids = _ids(block), _ids(block, "productIds")
    variants = [
        v
        for v in store.variants.all(call.account.id)
        if (ids is None or v["id"] in ids) and (product_ids is None or v["productId"] in product_ids)
    ]
    orders = {
        "MODIFIED": sort_key_for("modified"),
        "NAME": sort_key_for("consumerProductVariantDescription", fold=True),
    }
    return _list_reply(call, store.variants, variants, orders)


@handles("updateProductVariant")
def update_product_variant(backend: Backend, call: Call) -> Reply:
    variant = backend.store.variants.require(call.account.id, call.body["id"], "body.id")
    _apply_patch(backend, call, variant)
    return Reply(public(variant))


# --------------------------------------------------- promotional assets


def _render_promotional_asset(tallies: Tallies, asset: Record) -> Record:
    return {
        **public(asset),
        "productCount": tallies.links[(asset["id"], "productId")],
        "productVariantCount": tallies.links[(asset["id"], "productVariantId")],
    }


def _check_asset_refs(store: Store, call: Call, fields: Record, prefix: str) -> None:
    _check_refs(call, fields, prefix, {"brandId": store.brands, "assetTypeId": store.asset_types})


@handles("createPromotionalAsset")
def create_promotional_asset(backend: Backend, call: Call) -> Reply:
    store = backend.store
    _check_date_order(call.body.get("startDate"), call.body.get("endDate"), "body.endDate")
    _check_asset_refs(store, call, call.body, "body")
    asset = _create_with_twin(backend, call, store.promotional_assets, _stored_fields(call.body), "PROMOTIONAL_ASSET")
    return Reply(_render_promotional_asset(Tallies(store, call.account.id), asset))


@handles("listPromotionalAssets")
def list_promotional_assets(backend: Backend, call: Call) -> Reply:
    store = backend.store
    ids = _ids((call.params.get("filter") or {}).get("promotionalAsset"))
    assets = [a for a in store.promotional_assets.all(call.account.id) if ids is None or a["id"] in ids]
    orders = {"MODIFIED": sort_key_for("modified"), "NAME": sort_key_for("descriptionShort", fold=True)}
    tallies = Tallies(store, call.account.id)
    return _list_reply(call, store.promotional_assets, assets, orders, lambda a: _render_promotional_asset(tallies, a))


@handles("updatePromotionalAsset")
def update_promotional_asset(backend: Backend, call: Call) -> Reply:
    store = backend.store
    asset = store.promotional_assets.require(call.account.id, call.body["id"], "body.id")
    patch = call.body["patch"]
    merged = {**asset, **patch}
    _check_date_order(merged.get("startDate"), merged.get("endDate"), "body.patch.endDate")
    _check_asset_refs(store, call, patch, "body.patch")
    _apply_patch(backend, call, asset)
    return Reply(_render_promotional_asset(Tallies(store, call.account.id), asset))


# ---------------------------------------------- promotional asset links


def _link_key(link: Record) -> tuple[str, str, str]:
    return (link["promotionalAssetId"], link.get("productId", ""), link.get("productVariantId", ""))


@handles("createPromotionalAssetLinks")
def create_promotional_asset_links(backend: Backend, call: Call) -> Reply:
    store = backend.store
    account_id = call.account.id
    existing = {_link_key(link) for link in store.links.all(account_id)}
    # Check every link before creating any: all or nothing.
    for index, link in enumerate(call.body["links"]):
        where = f"body.links[{index}]"
        store.promotional_assets.require(account_id, link["promotionalAssetId"], f"{where}.promotionalAssetId")
        if "productId" in link:
            store.products.require(account_id, link["productId"], f"{where}.productId")
        if "productVariantId" in link:
            store.variants.require(account_id, link["productVariantId"], f"{where}.productVariantId")
        if _link_key(link) in existing:
            raise conflict("LINK_EXISTS", "this promotional asset is already linked to that product or variant", where)
        existing.add(_link_key(link))
    created = []
    for link in call.body["links"]:
        record = store.new_record(account_id, call.user_id, dict(link))
        created.append(public(store.links.add(record)))
        asset = store.promotional_assets.require(account_id, link["promotionalAssetId"], "")
        _touch_twin(backend, call, asset["_twinId"])
    return Reply(created)


@handles("listPromotionalAssetLinks")
def list_promotional_asset_links(backend: Backend, call: Call) -> Reply:
    store = backend.store
    spec = call.params.get("filter") or {}
    conditions = {
        "promotionalAssetId": _ids(spec.get("promotionalAsset")),
        "productId": _ids(spec.get("product")),
        "productVariantId": _ids(spec.get("productVariant")),
    }
    if "promotionalAssetId" in call.params:
        only = {call.params["promotionalAssetId"]}
        conditions["promotionalAssetId"] = only & (conditions["promotionalAssetId"] or only)
    links = [
        link
        for link in store.links.all(call.account.id)
        if all(ids is None or link.get(name) in ids for name, ids in conditions.items())
    ]
    return _list_reply(call, store.links, links, {"CREATED": sort_key_for("created")})


@handles("deletePromotionalAssetLinks")
def delete_promotional_asset_links(backend: Backend, call: Call) -> Reply:
    store = backend.store
    for index, link_id in enumerate(call.body["ids"]):
        store.links.require(call.account.id, link_id, f"body.ids[{index}]")
    ids = list(dict.fromkeys(call.body["ids"]))
    for link_id in ids:
        link = store.links.require(call.account.id, link_id, "body.ids")
        store.links.remove(call.account.id, link_id)
        asset = store.promotional_assets.get(call.account.id, link["promotionalAssetId"])
        if asset is not None:
            _touch_twin(backend, call, asset["_twinId"])
    return Reply({"deletedIds": ids})


# -------------------------------------------------------- data carriers


@handles("createDataCarrier")
def create_data_carrier(backend: Backend, call: Call) -> Reply:
    store = backend.store
    twin = _require_twin(store, call)
    carrier_type = call.body["carrierType"]
    if carrier_type not in allowed_carriers(call.account.subscriptions):
        raise forbidden(f"the account's subscriptions do not include {carrier_type}", "body.carrierType")
    if any(c["carrierType"] == carrier_type for c in twin_carriers(store, call.account.id, twin["id"])):
        raise conflict("CARRIER_EXISTS", f"the digital twin already has a {carrier_type}", "body.carrierType")
    return Reply(public(add_carrier(backend, call, twin, carrier_type, call.body)))


@handles("listDataCarriers")
def list_data_carriers(backend: Backend, call: Call) -> Reply:
    spec = call.params["filter"]
    twin_ids, types = set(spec["digitalTwin"]["ids"]), set(spec["carrierTypes"])
    carriers = [
        c
        for c in backend.store.data_carriers.all(call.account.id)
        if c["digitalTwinId"] in twin_ids and c["carrierType"] in types
    ]
    return Reply([public(c) for c in sorted(carriers, key=sort_key_for("created"))])


# ---------------------------------------------------- digital twin images


def _twin_images(store: Store, account_id: str, twin_id: str) -> list[Record]:
    return sorted(
        (i for i in store.images.all(account_id) if i["digitalTwinId"] == twin_id), key=sort_key_for("created")
    )


def _make_default(backend: Backend, call: Call, image: Record) -> None:
    for other in _twin_images(backend.store, call.account.id, image["digitalTwinId"]):
        if other["isDefault"] and other is not image:
            other["isDefault"] = False
            backend.store.stamp(other, call.user_id, created=False)
    image["isDefault"] = True


def _new_image(backend: Backend, call: Call, status: str) -> Record:
    twin = _require_twin(backend.store, call)
    fields = {k: call.body[k] for k in ("digitalTwinId", "fileName", "contentType") if k in call.body}
    fields.update(
        {"isDefault": False, "status": status, "_wantsDefault": call.body["isDefault"], "digitalTwinId": twin["id"]}
    )
    return backend.store.images.add(backend.store.new_record(call.account.id, call.user_id, fields))


@handles("listDigitalTwinImages")
def list_digital_twin_images(backend: Backend, call: Call) -> Reply:
    twin = _require_twin(backend.store, call, "query.digitalTwinId")
    images = _twin_images(backend.store, call.account.id, twin["id"])
    return Reply([public(i) for i in images[: call.params["first"]]])


@handles("startDigitalTwinImageUpload")
def start_digital_twin_image_upload(backend: Backend, call: Call) -> Reply:
    image = _new_image(backend, call, "UPLOAD_PENDING")
    token = new_id()
    backend.store.uploads[token] = (call.account.id, image["id"])
    image["_uploadToken"] = token
    return Reply({"digitalTwinImageId": image["id"], "uploadUrl": f"{call.base_url}/_mock/uploads/{token}"})


def receive_upload(store: Store, token: str, data: bytes) -> Record:
    """Step 2 of an upload: the PUT to ``uploadUrl`` (not an API operation)."""
    account_id, image_id = store.uploads.get(token, ("", ""))
    image = store.images.get(account_id, image_id)
    if image is None or image["status"] != "UPLOAD_PENDING":
        raise invalid("path.token", "unknown or finished upload")
    if len(data) > UPLOAD_LIMIT_BYTES:
        raise invalid("body", f"an image may not exceed {UPLOAD_LIMIT_BYTES} bytes")
    store.blobs[image["id"]] = data
    return image


@handles("finalizeDigitalTwinImageUpload")
def finalize_digital_twin_image_upload(backend: Backend, call: Call) -> Reply:
    store = backend.store
    image = store.images.require(call.account.id, call.body["digitalTwinImageId"], "body.digitalTwinImageId")
    where = "body.digitalTwinImageId"
    if image["status"] != "UPLOAD_PENDING":
        raise conflict("UPLOAD_FINISHED", "this upload was already finalized", where)
    data = store.blobs.get(image["id"])
    if data is None:
        raise conflict("UPLOAD_MISSING", "no bytes were sent to the upload URL yet", where)
    if not data.startswith(IMAGE_SIGNATURES[image["contentType"]]):
        raise bad_request([FieldError(where, f"the uploaded bytes are not a {image['contentType']} image")])
    store.uploads.pop(image.pop("_uploadToken"), None)
    image["status"] = "READY"
    image["url"] = f"{call.base_url}/_mock/images/{image['id']}"
    if image.pop("_wantsDefault"):
        _make_default(backend, call, image)
    store.stamp(image, call.user_id, created=False)
    _touch_twin(backend, call, image["digitalTwinId"])
    return Reply(public(image))


@handles("createDigitalTwinImageFromUrl")
def create_digital_twin_image_from_url(backend: Backend, call: Call) -> Reply:
    image = _new_image(backend, call, "READY")
    image["sourceUrl"] = image["url"] = call.body["sourceUrl"]
    if image.pop("_wantsDefault"):
        _make_default(backend, call, image)
    _touch_twin(backend, call, image["digitalTwinId"])
    return Reply(public(image))


@handles("updateDigitalTwinImage")
def update_digital_twin_image(backend: Backend, call: Call) -> Reply:
    image = backend.store.images.require(call.account.id, call.body["digitalTwinImageId"], "body.digitalTwinImageId")
    if image["status"] != "READY":
        raise conflict("IMAGE_NOT_READY", "finalize the upload before making it the default", "body.digitalTwinImageId")
    _make_default(backend, call, image)
    backend.store.stamp(image, call.user_id, created=False)
    _touch_twin(backend, call, image["digitalTwinId"])
    return Reply(public(image))


@handles("deleteDigitalTwinImage")
def delete_digital_twin_image(backend: Backend, call: Call) -> Reply:
    store = backend.store
    image = store.images.require(call.account.id, call.body["digitalTwinImageId"], "body.digitalTwinImageId")
    store.images.remove(call.account.id, image["id"])
    store.blobs.pop(image["id"], None)
    store.uploads.pop(image.get("_uploadToken", ""), None)
    _touch_twin(backend, call, image["digitalTwinId"])
    return Reply({"deletedIds": [image["id"]]})


# ------------------------------------ brands, functional names, asset types


def _named(collection_of: Callable[[Store], Collection], create_id: str, list_id: str, filter_key: str) -> None:
    @handles(create_id)
    def create(backend: Backend, call: Call) -> Reply:
        record = backend.store.new_record(call.account.id, call.user_id, {"name": call.body["name"]})
        return Reply(public(collection_of(backend.store).add(record)))

    @handles(list_id)
    def list_all(backend: Backend, call: Call) -> Reply:
        collection = collection_of(backend.store)
        ids = _ids((call.params.get("filter") or {}).get(filter_key))
        records = [r for r in collection.all(call.account.id) if ids is None or r["id"] in ids]
        orders = {"MODIFIED": sort_key_for("modified"), "NAME": sort_key_for("name", fold=True)}
        return _list_reply(call, collection, records, orders)


_named(lambda s: s.brands, "createBrand", "listBrands", "brand")
_named(lambda s: s.functional_names, "createFunctionalName", "listFunctionalNames", "functionalName")
_named(lambda s: s.asset_types, "createAssetType", "listAssetTypes", "assetType")


RENDERERS: dict[str, Callable[[Tallies, Record], Record]] = {
    "PRODUCT": _render_product,
    "PRODUCT_VARIANT": lambda tallies, record: public(record),
    "PROMOTIONAL_ASSET": _render_promotional_asset,
}

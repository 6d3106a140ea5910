"""Hostile snapshots: each refused with the place of its first problem, and nothing loaded.

A valid snapshot of the rich state is spoilt one way at a time: every
top-level part left out or of the wrong type, another format or version,
unknown fields, accounts and keys the fixture lacks, references that do not
resolve, values the rules would trip on later, text no answer could carry,
and sizes past the caps (``MAX_SNAPSHOT_BYTES``, 64 MiB, checked before the
body is read when its length is declared; ``MAX_SNAPSHOT_CONTAINERS``, two
million objects and lists, counted before the JSON is parsed). Each gets ``SnapshotError`` (400
through the admin API, naming the place in ``errors[0].field``), and the
mock's state is exactly what it was.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from illuminate_mock.app import create_app
from illuminate_mock.clock import ManualClock
from illuminate_mock.persistence import encode
from illuminate_mock.snapshot import MAX_SNAPSHOT_BYTES, MAX_SNAPSHOT_CONTAINERS, SnapshotError, parse_snapshot

from tests.mock.helpers import ACCOUNT, EDITOR_KEY, TestClient, two_account_fixture
from tests.mock.serial_helpers import SerialApi
from tests.mock.state_helpers import START, build_rich_state

TOKEN = "hostile-admin-token-7d1e0c5a"
ADMIN = {"Authorization": f"Bearer {TOKEN}"}
PARTS = (
    "clock",
    "sequence",
    "accounts",
    "apiKeys",
    "brands",
    "functionalNames",
    "assetTypes",
    "products",
    "productVariants",
    "promotionalAssets",
    "promotionalAssetLinks",
    "digitalTwins",
    "images",
    "deleted",
    "uploads",
    "imageBytes",
    "serialization",
)


@pytest.fixture(scope="module")
def valid() -> dict[str, Any]:
    app = create_app(clock=ManualClock(START))
    with TestClient(app, raise_server_exceptions=False) as client:
        build_rich_state(SerialApi(client, EDITOR_KEY, ACCOUNT))
        document: dict[str, Any] = json.loads(encode(app.state.service.backend.snapshot()))
    return document


@pytest.fixture
def target() -> Any:
    """A mock with a little state of its own, to see that a refused snapshot leaves it as it was."""
    app = create_app(clock=ManualClock(START), admin_token=TOKEN)
    with TestClient(app, raise_server_exceptions=False) as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        api.create_brand("kept")
        yield client, app.state.service.backend


def spoilt(valid: dict[str, Any], change: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
    document = copy.deepcopy(valid)
    change(document)
    return document


def without_clock(document: dict[str, Any]) -> dict[str, Any]:
    """A snapshot without its clock (whose offset from the system's time moves as time passes)."""
    return {name: value for name, value in document.items() if name != "clock"}


def serial(document: dict[str, Any]) -> dict[str, Any]:
    section: dict[str, Any] = document["serialization"]
    return section


def first_job_with_identifier(document: dict[str, Any]) -> dict[str, Any]:
    job: dict[str, Any] = next(j for j in serial(document)["jobs"] if j["identifier"] is not None)
    return job


# (id, change, place): each change spoils one thing; place is where the refusal must point.
CASES: list[tuple[str, Callable[[dict[str, Any]], Any], str]] = [
    ("format", lambda d: d.update(format="something-else"), "format"),
    ("version-2", lambda d: d.update(version=2), "version"),
    ("version-text", lambda d: d.update(version="1"), "version"),
    ("version-true", lambda d: d.update(version=True), "version"),
    ("unknown-part", lambda d: d.update(extra=[]), "extra"),
    ("clock-naive", lambda d: d["clock"].update(now="2025-01-01T00:00:00"), "clock.now"),
    ("clock-offset-nan-text", lambda d: d["clock"].update(offsetSeconds="soon"), "clock.offsetSeconds"),
    ("sequence-negative", lambda d: d.update(sequence=-1), "sequence"),
    ("unknown-account", lambda d: d["accounts"][0].update(id="someone-else"), "accounts[0].id"),
    ("unknown-key", lambda d: d["apiKeys"][0].update(sha256="0" * 64), "apiKeys[0].sha256"),
    ("record-of-unknown-account", lambda d: d["brands"][0].update(accountId="someone-else"), "brands[0].accountId"),
    ("duplicate-id", lambda d: d["brands"].append(copy.deepcopy(d["brands"][0])), "brands[2].id"),
    ("missing-field", lambda d: d["brands"][0].pop("name"), "brands[0].name"),
    ("unknown-field", lambda d: d["brands"][0].update(colour="red"), "brands[0].colour"),
    ("wrong-type", lambda d: d["products"][0].update(descriptionShort=7), "products[0].descriptionShort"),
    ("bad-stamp", lambda d: d["brands"][0]["created"].update(at="yesterday"), "brands[0].created.at"),
    ("bad-seq", lambda d: d["brands"][0]["modified"].update(seq=True), "brands[0].modified.seq"),
    ("dangling-brand", lambda d: d["products"][0].update(brandId="nope"), "products[0].brandId"),
    (
        "dangling-functional-name",
        lambda d: d["products"][0].update(functionalNameId="x"),
        "products[0].functionalNameId",
    ),
    ("dangling-product", lambda d: d["productVariants"][0].update(productId="nope"), "productVariants[0].productId"),
    (
        "dangling-asset-type",
        lambda d: d["promotionalAssets"][0].update(assetTypeId="x"),
        "promotionalAssets[0].assetTypeId",
    ),
    ("bad-date", lambda d: d["promotionalAssets"][0].update(startDate="soon"), "promotionalAssets[0].startDate"),
    (
        "dangling-link-target",
        lambda d: d["promotionalAssetLinks"][0].update(productVariantId="x"),
        "promotionalAssetLinks[0].productVariantId",
    ),
    (
        "link-with-two-targets",
        lambda d: d["promotionalAssetLinks"][0].update(productId=d["products"][0]["id"]),
        "promotionalAssetLinks[0]",
    ),
    ("dangling-twin-resource", lambda d: d["digitalTwins"][0].update(resourceId="x"), "digitalTwins[0].resourceId"),
    ("bad-resource-type", lambda d: d["digitalTwins"][0].update(resourceType="CAR"), "digitalTwins[0].resourceType"),
    (
        "twin-of-another-resource",
        lambda d: d["products"][0].update(twinId=d["digitalTwins"][1]["id"]),
        "digitalTwins[0].resourceId",
    ),
    ("resource-without-twin", lambda d: d["digitalTwins"].pop(1), "products[1].twinId"),
    (
        "bad-carrier-type",
        lambda d: d["digitalTwins"][0]["dataCarriers"][0].update(carrierType="NFC"),
        "digitalTwins[0].dataCarriers[0].carrierType",
    ),
    ("dangling-image-twin", lambda d: d["images"][0].update(digitalTwinId="x"), "images[0].digitalTwinId"),
    ("bad-image-type", lambda d: d["images"][0].update(contentType="gif"), "images[0].contentType"),
    (
        "dangling-deleted-link",
        lambda d: d["deleted"]["promotionalAssetLinks"][0].update(promotionalAssetId="x"),
        "deleted.promotionalAssetLinks[0].promotionalAssetId",
    ),
    ("unknown-deleted-kind", lambda d: d["deleted"].update(brands=[]), "deleted.brands"),
    ("dangling-upload", lambda d: d["uploads"][0].update(imageId="x"), "uploads[0].imageId"),
    ("upload-left-out", lambda d: d.update(uploads=[]), "images[2].uploadToken"),
    ("bad-base64", lambda d: d["imageBytes"][0].update(base64="***"), "imageBytes[0].base64"),
    ("dangling-image-bytes", lambda d: d["imageBytes"][0].update(imageId="x"), "imageBytes[0].imageId"),
    ("nul-in-text", lambda d: d["brands"][0].update(name="a\x00b"), "brands[0].name"),
    (
        "surrogate-in-a-key",
        lambda d: d["products"][0]["customAttributes"].update({"\ud800": 1}),
        "products[0].customAttributes.(a field name)",
    ),
    (
        "bad-settings",
        lambda d: serial(d)["accountSettings"][0]["settings"].update(length=3),
        "serialization.accountSettings[0].settings.length",
    ),
    (
        "settings-of-unknown-account",
        lambda d: serial(d)["accountSettings"][0].update(accountId="x"),
        "serialization.accountSettings[0].accountId",
    ),
    (
        "twin-settings-of-asset",
        lambda d: serial(d)["twinSettings"][0].update(digitalTwinId=d["digitalTwins"][3]["id"]),
        "serialization.twinSettings[0].digitalTwinId",
    ),
    ("bad-seed", lambda d: serial(d)["spaces"][0].update(seed="xyz"), "serialization.spaces[0].seed"),
    ("over-allocated", lambda d: serial(d)["spaces"][0].update(allocated=10**30), "serialization.spaces[0].allocated"),
    (
        "job-of-unknown-twin",
        lambda d: serial(d)["jobs"][0].update(digitalTwinId="x"),
        "serialization.jobs[0].digitalTwinId",
    ),
    ("job-beyond-space", lambda d: serial(d)["jobs"][0].update(lastIndex=10**9), "serialization.jobs[0].lastIndex"),
    ("job-overlaps", lambda d: serial(d)["jobs"][2].update(firstIndex=1), "serialization.jobs[2].firstIndex"),
    (
        "job-unknown-flag",
        lambda d: first_job_with_identifier(d).update(flags=["flag9"]),
        "serialization.jobs[1].flags[0]",
    ),
    (
        "job-bad-level",
        lambda d: serial(d)["jobs"][0].update(allocationLevel="WORLD"),
        "serialization.jobs[0].allocationLevel",
    ),
    ("job-negative-time", lambda d: serial(d)["jobs"][0].update(runSeconds=-1), "serialization.jobs[0].runSeconds"),
    (
        "job-identifier-twice",
        lambda d: serial(d)["jobs"][2].update(identifier="run-1"),
        "serialization.jobs[2].identifier",
    ),
    (
        "bad-serial-carrier",
        lambda d: serial(d)["serialCarriers"][0].update(serialId="not-a-serial"),
        "serialization.serialCarriers[0].serialId",
    ),
    (
        "mark-outside-jobs",
        lambda d: serial(d)["marks"][0]["serials"][0].__setitem__(0, 10**6),
        "serialization.marks[0].serials[0][0]",
    ),
    (
        "mark-unknown-flag",
        lambda d: serial(d)["marks"][0]["serials"][0].__setitem__(1, ["flag9"]),
        "serialization.marks[0].serials[0][1][0]",
    ),
    ("mark-short", lambda d: serial(d)["marks"][0]["serials"][0].pop(), "serialization.marks[0].serials[0]"),
    (
        "mark-of-unknown-space",
        lambda d: serial(d)["marks"][0].update(allocationSpace="x"),
        "serialization.marks[0].allocationSpace",
    ),
    ("fail-next-jobs", lambda d: serial(d).update(failNextJobs=-1), "serialization.failNextJobs"),
]
CASES += [(f"missing-{part}", lambda d, part=part: d.pop(part), part) for part in PARTS]
CASES += [(f"malformed-{part}", lambda d, part=part: d.update({part: "x"}), part) for part in PARTS]


@pytest.mark.parametrize(("change", "place"), [(c, p) for _, c, p in CASES], ids=[name for name, _, _ in CASES])
def test_a_spoilt_snapshot_is_refused_with_its_place_and_nothing_changes(
    valid: dict[str, Any], target: Any, change: Callable[[dict[str, Any]], Any], place: str
) -> None:
    client, backend = target
    before = backend.snapshot()
    with pytest.raises(SnapshotError) as refused:
        backend.restore(spoilt(valid, change))
    assert refused.value.place == place, refused.value
    assert without_clock(backend.snapshot()) == without_clock(before)
    response = client.put("/_mock/admin/snapshot", headers=ADMIN, content=json.dumps(spoilt(valid, change)))
    assert response.status_code == 400, response.text
    assert response.json()["errors"][0]["field"] == place
    assert response.json()["message"].startswith(f"snapshot: {place}: ")
    assert [brand["name"] for brand in backend.snapshot()["brands"]] == ["kept"]


def test_the_valid_snapshot_itself_loads(valid: dict[str, Any], target: Any) -> None:
    client, backend = target
    assert client.put("/_mock/admin/snapshot", headers=ADMIN, content=json.dumps(valid)).status_code == 200
    assert len(backend.snapshot()["brands"]) == 2


def test_a_snapshot_of_other_accounts_is_refused_by_a_mock_without_them(valid: dict[str, Any]) -> None:
    app = create_app(two_account_fixture(), admin_token=TOKEN)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.put("/_mock/admin/snapshot", headers=ADMIN, content=json.dumps(valid))
        assert response.status_code == 400
        assert response.json()["errors"][0]["field"] == "accounts[0].id"
        assert ACCOUNT in response.json()["message"]  # an account id is no secret: it is named


@pytest.mark.parametrize(
    ("raw", "place"),
    [
        (b"", "line 1, column 1"),
        (b"{", "line 1, column 2"),
        (b'{"format": NaN}', "(top level)"),
        (b"[" * 100_000 + b"]" * 100_000, "(top level)"),
        (b"[" + b"{}," * MAX_SNAPSHOT_CONTAINERS + b"{}]", "(top level)"),
        (b"\xff\xfe", "byte 0"),
        (b"[]", "(top level)"),
        (b'"snapshot"', "(top level)"),
    ],
    ids=["empty", "unclosed", "nan", "deep", "too-many-objects", "not-utf8", "a-list", "a-string"],
)
def test_text_that_is_no_snapshot_is_refused_with_its_place(target: Any, raw: bytes, place: str) -> None:
    client, backend = target
    with pytest.raises(SnapshotError) as refused:
        backend.restore(parse_snapshot(raw))
    assert refused.value.place == place
    response = client.put("/_mock/admin/snapshot", headers=ADMIN, content=raw)
    assert (response.status_code, response.json()["errors"][0]["field"]) == (400, place)


def test_a_snapshot_over_the_cap_is_refused_before_it_is_read(target: Any) -> None:
    client, backend = target
    with pytest.raises(SnapshotError) as refused:
        parse_snapshot(b" " * (MAX_SNAPSHOT_BYTES + 1))
    assert "at most" in refused.value.problem
    # Declared too long: refused at once, nothing of it read (the body sent is short).
    headers = {**ADMIN, "Content-Length": str(MAX_SNAPSHOT_BYTES + 1)}
    response = client.put("/_mock/admin/snapshot", headers=headers, content=b"{}")
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "body"
    assert [brand["name"] for brand in backend.snapshot()["brands"]] == ["kept"]

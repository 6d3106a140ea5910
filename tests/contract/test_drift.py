"""Against a server that answers as the documents allow and our assumptions do not: drift, not failure.

The plausible server (``plausible.py``) is the mock behind one kind of
difference each; the suite runs against it over loopback, as against a real
account. Every difference must come out as drift (exit 0, listed in
drift.json, tied to the assumption's place in the spec); every break of a
documented fact must fail the run naming it; ``--strict-assumptions`` makes
drift fail too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from illuminate_mock.app import create_app
from illuminate_mock.fixtures import parse_fixture
from spec_loader import iter_operations, load_spec

from contract_tests.run import RunResult, run
from contract_tests.target import Target, check_remote, resolve_target
from tests.contract.plausible import BREAKS, DIFFERENCES, PlausibleServer
from tests.contract.runs import SPEC, small_options
from tests.servers import serve

ACCOUNT = "aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56"
KEY = "sk-live-DRIFT-SECRET-0123456789abcdef"
FIXTURE = {
    "accounts": [
        {
            "id": ACCOUNT,
            "subscriptions": ["ENGAGE_PREMIUM"],
            "defaultCarrierTypes": ["QR_CODE"],
            "defaultDomain": "https://example.com/",
            "defaultUrlFormat": "DigitalLink",
        }
    ],
    "apiKeys": [{"key": KEY, "accountId": ACCOUNT, "roles": ["API_EDITOR", "SERIAL_READ_WRITE"]}],
}
# Each difference, and a place (prefix) of the spec its drift must name.
EXPECTED_PLACES = {
    "created-201": "/x-illuminate-rules/success-status",
    "deleted-204": "/x-illuminate-rules/success-status",
    "error-shape": "/components/schemas/Error",
    "conflict-422": "/components/responses/Conflict",
    "cursor-400": "/components/parameters/After",
    "lenient": "/x-illuminate-rules/strict-requests",
    "sparse": "/required/",
    "nulls": "/components/schemas/",
    "unknown-enums": "/enum",
    "conflict-text": "/responses/200/content",
    "conflict-object": "/responses/200/content",
}


@contextmanager
def plausible(*changes: str) -> Iterator[str]:
    app = PlausibleServer(create_app(parse_fixture(FIXTURE)), changes)
    with serve(app) as url:
        yield url


def remote_target(url: str, *, writes: bool) -> Target:
    """The plausible server at ``url`` as a remote target, its sandbox account named when ``writes``."""
    sandbox = ACCOUNT if writes else None
    return resolve_target(
        base_url=url, api_key=KEY, account_id=ACCOUNT, allow_writes=writes, sandbox_account_id=sandbox, faults=()
    )


def remote_run(url: str, report_dir: Path | None, *, strict: bool = False) -> RunResult:
    target = remote_target(url, writes=True)
    check_remote(target)
    return run(target, small_options(report_dir, strict_assumptions=strict))


@pytest.mark.slow
def test_every_difference_at_once_is_drift_and_the_run_passes(tmp_path: Path) -> None:
    with plausible(*DIFFERENCES) as url:
        result = remote_run(url, tmp_path)
    assert result.exit_code == 0, result.summary.table()
    assert result.summary.total_failures == 0
    drift = json.loads((tmp_path / "drift.json").read_text(encoding="utf-8"))
    assert drift == result.summary.drift
    assert len(drift) >= len(DIFFERENCES)
    for entry in drift:
        assert set(entry) == {"operation", "check", "place", "assumed", "observed", "responses", "curl"}
        assert entry["place"].startswith("/")
        assert entry["assumed"]
        assert entry["observed"]
        assert entry["curl"].startswith("curl")
    places = [entry["place"] for entry in drift]
    # Together, `sparse` and `nulls` remove or null the serial status `unknown-enums` would rename;
    # each difference alone is checked below.
    for difference, place in EXPECTED_PLACES.items():
        if difference != "unknown-enums":
            assert any(place in p for p in places), f"{difference}: no drift at {place}"
    everything = (tmp_path / "drift.json").read_text() + (tmp_path / "failures.txt").read_text()
    everything += (tmp_path / "junit.xml").read_text() + result.summary.table()
    assert KEY not in everything


@pytest.mark.slow
@pytest.mark.parametrize("difference", DIFFERENCES)
def test_each_difference_is_drift_where_it_stands(difference: str) -> None:
    with plausible(difference) as url:
        result = remote_run(url, None)
    assert result.exit_code == 0, result.summary.table()
    assert any(EXPECTED_PLACES[difference] in entry["place"] for entry in result.summary.drift), result.summary.table()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("brk", "check", "named"),
    [
        ("break-type", "response_schema_conformance", "serial"),
        ("break-missing", "response_schema_conformance", "id"),
        ("break-header", "response_headers_conformance", "has-next-page"),
    ],
)
def test_a_broken_documented_fact_fails_naming_it(tmp_path: Path, brk: str, check: str, named: str) -> None:
    assert brk in BREAKS
    with plausible("created-201", "sparse", "nulls", brk) as url:
        result = remote_run(url, tmp_path)
    assert result.exit_code != 0
    assert check in result.summary.failed_checks(), result.summary.table()
    report = (tmp_path / "failures.txt").read_text(encoding="utf-8")
    assert named in report
    assert "GET /rest/serials" in report


@pytest.mark.slow
def test_strict_assumptions_makes_drift_fail() -> None:
    with plausible("created-201") as url:
        result = remote_run(url, None, strict=True)
    assert result.exit_code != 0
    assert "status_code_conformance" in result.summary.failed_checks()
    assert result.summary.drift, "drift is still listed when it fails the run"


@pytest.mark.slow
def test_the_unchanged_mock_served_as_a_remote_has_no_drift() -> None:
    with plausible() as url:
        result = remote_run(url, None)
    assert result.exit_code == 0, result.summary.table()
    assert result.summary.drift == []


@pytest.mark.slow
def test_parallel_workers_merge_one_summary_with_the_same_guarantees(tmp_path: Path) -> None:
    target_changes = ("lenient", "cursor-400")  # a read-only run of an empty account meets these in its probes
    with plausible(*target_changes) as url:
        result = run(remote_target(url, writes=False), small_options(tmp_path, workers=4))
    assert result.exit_code == 0, result.summary.table()
    gets = [op for _, method, op in iter_operations(load_spec(SPEC)) if method == "get"]
    assert len(result.summary.operations) == len(gets), "read-only by default, every GET covered once"
    places = {entry["place"] for entry in result.summary.drift}
    assert {"/x-illuminate-rules/strict-requests", "/components/parameters/After"} <= places
    written = "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())
    assert KEY not in written + result.summary.table()

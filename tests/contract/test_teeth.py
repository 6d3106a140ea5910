"""The suite has teeth: every contract-breaking fault of the mock is caught by the right check."""

from __future__ import annotations

import pytest
from spec_loader import iter_operations, load_spec

from contract_tests.run import RunResult, run
from contract_tests.target import resolve_target
from tests.contract.runs import SPEC, small_options

NETWORK_ERROR = "network error"

# Each fault mode of illuminate_mock.faults that breaks the contract, and the check that must name it.
EXPECTED = {
    "wrong-type": "response_schema_conformance",
    "missing-field": "response_schema_conformance",
    "empty-body": "response_schema_conformance",
    "undocumented-status": "status_code_conformance",
    "wrong-content-type": "content_type_conformance",
    "broken-pagination-header=invalid": "response_headers_conformance",
    "broken-pagination-header=missing": "response_headers_conformance",
    "accept-invalid": "negative_data_rejection",
    "ignore-auth": "ignored_auth",
    "server-error=500": "not_a_server_error",
    "server-error=503": "not_a_server_error",
    "drop": NETWORK_ERROR,
}
# Not contract violations: 429 with Retry-After is documented on every
# operation, and the spec promises no response time. They show in the
# summary's "responses by status" line instead.
NOT_VIOLATIONS = ("rate-limit", "latency")


def small_run(*faults: str) -> RunResult:
    target = resolve_target(
        base_url=None, api_key=None, account_id=None, allow_writes=False, sandbox_account_id=None, faults=faults
    )
    return run(target, small_options(None))


def detected(mode: str, result: RunResult) -> bool:
    if EXPECTED[mode] == NETWORK_ERROR:
        return result.exit_code != 0 and any("Network Error" in error for error in result.summary.errors)
    return result.exit_code != 0 and EXPECTED[mode] in result.summary.failed_checks()


@pytest.mark.slow
def test_every_contract_fault_is_detected_by_the_right_check() -> None:
    outcomes = {mode: small_run(mode) for mode in EXPECTED}
    caught = [mode for mode, result in outcomes.items() if detected(mode, result)]
    print(f"\ncontract fault detection: {len(caught)}/{len(EXPECTED)} modes ({100 * len(caught) / len(EXPECTED):.0f}%)")
    for mode, result in outcomes.items():
        print(f"  {mode:34} -> {sorted(result.summary.failed_checks()) or result.summary.errors[:1]}")
    assert caught == list(EXPECTED)


@pytest.mark.slow
def test_the_same_small_run_is_clean_without_faults() -> None:
    result = small_run()
    assert result.exit_code == 0, result.summary.table()
    assert result.summary.total_failures == 0
    assert len(result.summary.operations) == len(iter_operations(load_spec(SPEC)))


@pytest.mark.slow
@pytest.mark.parametrize("mode", NOT_VIOLATIONS)
def test_service_quality_faults_are_not_reported_as_contract_failures(mode: str) -> None:
    fault = "latency=5" if mode == "latency" else f"{mode}@0.5"
    result = small_run(fault)
    assert "response_schema_conformance" not in result.summary.failed_checks()
    assert "status_code_conformance" not in result.summary.failed_checks()
    if mode == "rate-limit":
        assert result.summary.statuses[429] > 0

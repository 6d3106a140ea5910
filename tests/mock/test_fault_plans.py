"""Fault plans (illuminate_mock.faults): the grammar of ``--fault`` values (modes, values, rates,
defaults, one-line descriptions and errors naming the mode), rates honoured with a fixed seed (the same
seed, the same faults, in process and over HTTP), the fault middleware only in an app built with a plan,
and the command line's ``--fault``, ``--fault-seed`` and fixture faults.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner
from illuminate_mock import cli
from illuminate_mock.app import create_app
from illuminate_mock.faults import Fault, FaultError, FaultMiddleware, FaultPlan

from tests.mock.fault_helpers import list_brands, mock

pytestmark = pytest.mark.anyio


# ------------------------------------------------------------------ grammar


def test_parse_reads_values_rates_and_defaults() -> None:
    plan = FaultPlan.parse(["latency=200", "server-error=503@0.3, rate-limit", "drop,broken-pagination-header=missing"])
    assert plan.faults == (
        Fault("latency", 200),
        Fault("server-error", 503, 0.3),
        Fault("rate-limit", 1),
        Fault("drop", "before"),
        Fault("broken-pagination-header", "missing"),
    )
    assert [str(f) for f in plan.faults][:2] == ["latency=200", "server-error=503@0.3"]


def test_describe_gives_one_line_per_fault() -> None:
    lines = FaultPlan.parse(["latency=5", "server-error@0.25"]).describe().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("latency=5: every API request")
    assert "25% of API requests" in lines[1]
    assert FaultPlan.parse(["none"]).describe() == ""


@pytest.mark.parametrize(
    ("spec", "mode"),
    [
        ("bogus", "bogus"),
        ("latency", "latency"),
        ("latency=soon", "latency"),
        ("server-error=404", "server-error"),
        ("drop=sideways", "drop"),
        ("wrong-type=1", "wrong-type"),
        ("rate-limit@0", "rate-limit"),
        ("empty-body@1.5", "empty-body"),
        ("missing-field@often", "missing-field"),
        ("none=1", "none"),
    ],
)
def test_parse_errors_name_the_mode(spec: str, mode: str) -> None:
    with pytest.raises(FaultError, match=f"^(unknown fault mode '{mode}'|{mode}:)"):
        FaultPlan.parse([spec])


def test_fault_error_is_a_value_error() -> None:
    assert issubclass(FaultError, ValueError)


def test_only_an_app_built_with_a_plan_has_the_fault_middleware() -> None:
    with_plan = [m.cls for m in create_app(faults=FaultPlan.parse([])).user_middleware]
    without = [m.cls for m in create_app().user_middleware]
    assert FaultMiddleware in with_plan
    assert FaultMiddleware not in without


# ------------------------------------------------------------------ rates and seeds


def test_rate_is_honoured_with_a_fixed_seed() -> None:
    plan = FaultPlan.parse(["server-error@0.3"], seed=7)
    hits = sum(bool(plan.select()) for _ in range(1000))
    assert 250 <= hits <= 350


def test_same_seed_same_faults() -> None:
    def run(seed: int) -> list[bool]:
        plan = FaultPlan.parse(["server-error@0.5", "latency=1@0.5"], seed=seed)
        return [bool(plan.select()) for _ in range(200)]

    assert run(3) == run(3)
    assert run(3) != run(4)


async def test_rate_over_http() -> None:
    async with mock(FaultPlan.parse(["server-error=502@0.3"], seed=11)) as client:
        statuses = [(await list_brands(client)).status_code for _ in range(1000)]
    assert set(statuses) == {200, 502}
    assert 250 <= statuses.count(502) <= 350


# ------------------------------------------------------------------ command line


def test_cli_rejects_a_bad_fault_in_one_line() -> None:
    result = CliRunner().invoke(cli.main, ["--fault", "latency=200", "--fault", "teapot@0.5"])
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "--fault" in lines[0]
    assert "'teapot'" in lines[0]


def test_cli_names_the_fixture_for_a_bad_fixture_fault(tmp_path: Path) -> None:
    fixture = tmp_path / "fixture.yaml"
    fixture.write_text(
        "accounts: [{id: a1, subscriptions: [], defaultCarrierTypes: []}]\n"
        "apiKeys: [{key: k, accountId: a1, roles: [API_EDITOR]}]\n"
        "faults: ['server-error=418']\n"
    )
    result = CliRunner().invoke(cli.main, ["--fixture", str(fixture)])
    assert result.exit_code != 0
    assert str(fixture) in result.output
    assert "server-error:" in result.output


def test_cli_combines_fixture_and_option_faults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: served.append(app))
    fixture = tmp_path / "fixture.yaml"
    fixture.write_text(
        "accounts: [{id: a1, subscriptions: [], defaultCarrierTypes: []}]\n"
        "apiKeys: [{key: k, accountId: a1, roles: [API_EDITOR]}]\n"
        "faults: ['latency=5']\n"
    )
    result = CliRunner().invoke(
        cli.main, ["--fixture", str(fixture), "--fault", "server-error@0.5", "--fault-seed", "9"]
    )
    assert result.exit_code == 0, result.output
    [middleware] = [m for m in served[0].user_middleware if m.cls is FaultMiddleware]
    plan = middleware.kwargs["plan"]
    assert [str(f) for f in plan.faults] == ["latency=5", "server-error=500@0.5"]
    assert plan.seed == 9
    assert "latency=5" in result.output


def test_cli_without_faults_installs_no_fault_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: served.append(app))
    result = CliRunner().invoke(cli.main, [])
    assert result.exit_code == 0, result.output
    assert [m for m in served[0].user_middleware if m.cls is FaultMiddleware] == []
    assert "fault injection" not in result.output

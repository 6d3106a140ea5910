"""The README's claims that no single part owns: its counts, the warranty walk-through, the test examples.

Each block runs as written (a free port for 8080, a scratch folder for files).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from illuminate_spec.loader import iter_operations, load_spec

from tests.shared_helpers import README, blocks, commands, section, shell

MAX_EXAMPLE_LINES = 15


def test_the_operation_counts_are_the_specs() -> None:
    operations = iter_operations(load_spec().document)
    by_api = Counter(
        "v1"
        if path.startswith("/api/v1/")
        else "serialization"
        if "serial" in op.get("x-illuminate-doc", {}).get("document", "")
        else "rest"
        for path, _method, op in operations
    )
    claim = re.search(
        r"(\d+) operations \((\d+) REST, (\d+) of the first\s+Serialization API under `/rest`, (\d+)", README
    )
    assert claim is not None
    assert [int(n) for n in claim.groups()] == [len(operations), by_api["rest"], by_api["serialization"], by_api["v1"]]
    assert f"A stateful mock of all {len(operations)} operations" in README
    assert f"operations tested: {len(operations)}" in README


@pytest.mark.slow
def test_the_warranty_walk_through_runs_as_written_on_the_command_line(tmp_path: Path) -> None:
    [session] = list(blocks(section("The warranty example, end to end"), "console"))
    lines = [c.replace("booklets.csv", str(tmp_path / "booklets.csv")) for c in commands(session)]
    lines = [c.replace("sold.csv", str(tmp_path / "sold.csv")) for c in lines]
    result = shell(lines, tmp_path)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    item = json.loads(result.stdout[result.stdout.index("{") :])
    assert item["flags"] == {"has_warranty": False}
    assert item["attributes"] == {"warranty_start": "2025-04-01", "warranty_end": "2028-04-01"}
    sold = (tmp_path / "sold.csv").read_text().splitlines()
    assert len(sold) == 2
    assert item["serial"] in sold[1]
    assert len((tmp_path / "booklets.csv").read_text().splitlines()) == 1001


@pytest.mark.slow
def test_the_warranty_walk_through_runs_as_written_through_the_sdk(tmp_path: Path) -> None:
    [code] = blocks(section("The warranty example, end to end"), "python")
    script = tmp_path / "warranty.py"
    script.write_text(code)
    start = next(
        c
        for c in blocks(section("The warranty example, end to end"), "console")[0].splitlines()
        if "illuminate-mock" in c
    )
    exports = next(
        c for c in blocks(section("The warranty example, end to end"), "console")[0].splitlines() if "export " in c
    )
    result = shell(
        [start[2:], exports[2:], "illuminate auth status --wait 10 -q", f'"{sys.executable}" {script}'], tmp_path
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "flags={'has_warranty': False}" in result.stdout
    assert "'warranty_end': '2028-04-01'" in result.stdout


def mock_section_examples() -> list[str]:
    return blocks(section("The mock (`illuminate_mock`)"), "python")


def test_the_test_examples_are_short() -> None:
    examples = mock_section_examples()
    assert len(examples) == 2
    assert all(len(example.strip().splitlines()) < MAX_EXAMPLE_LINES for example in examples)


def test_the_mocked_and_plugin_examples_pass_as_a_users_tests(pytester: pytest.Pytester) -> None:
    mocked_example, plugin_example = mock_section_examples()
    pytester.makepyfile(test_mocked=mocked_example, test_plugin=plugin_example)
    (pytester.path / "tests").mkdir()
    (pytester.path / "tests" / "accounts.yaml").write_text(
        "accounts:\n"
        "  - {id: acct-1, subscriptions: [ENGAGE_PREMIUM], defaultCarrierTypes: [QR_CODE]}\n"
        "apiKeys:\n"
        "  - {key: my-read-only-key, accountId: acct-1, roles: [API_READ_ONLY]}\n"
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "anyio")
    tests = sum(
        example.count("\ndef test_") + example.count("\nasync def test_") for example in mock_section_examples()
    )
    result.assert_outcomes(passed=tests)

"""The hostile-text corpus through the 2025 commands: job identifiers, serials, flag and attribute names and values.

The server is the mock behind ``PoisonNames``: ``Poison`` (every id and
free-text field wrapped in the hostile string), and also every flag and
attribute name and value, and bare string answers (one attribute's value).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from illuminate_cli._safe import sanitize
from illuminate_mock.app import create_app

from tests.cli.helpers import UNSAFE, account_attributes, invoke, make_twin, on_terminal, sdk, start_named
from tests.cli.test_hostile_text import CORPUS, Hostile, assert_safe
from tests.cli.wrappers import PoisonNames
from tests.servers import Served, serve


@pytest.fixture(params=list(CORPUS.values()), ids=list(CORPUS))
def poisoned(request: pytest.FixtureRequest) -> Iterator[Hostile]:
    app = create_app()
    with serve(app) as clean_url, serve(PoisonNames(app, request.param)) as url:
        yield Hostile(request.param, clean_url, url)


def _setup(hostile: Hostile) -> tuple[str, str, str]:
    """A twin with a named job of 5 serials, one with an attribute value; (twin, identifier, serial)."""
    account_attributes(hostile.clean_url, {"note": False})
    twin = make_twin(hostile.clean_url)
    name = start_named(hostile.clean_url, twin, 5, "named_job", flags=["flag1"], attributes={"note": "n"})
    with sdk(hostile.clean_url) as client:
        serial = next(iter(client.serial_items(twin))).serial
    return twin, name, serial


def test_job_tables_and_records(poisoned: Hostile, env: dict[str, str]) -> None:
    twin, name, _ = _setup(poisoned)
    env["ILLUMINATE_BASE_URL"] = poisoned.url
    for args in (
        ["jobs", "list"],
        ["jobs", "list", "-q"],
        ["jobs", "show", name],
        ["jobs", "wait", name, "--progress", "plain"],
        ["jobs", "wait", name, "--progress", "plain", "-q"],
    ):
        assert_safe(invoke(args, env), poisoned)
    listed = invoke(["jobs", "list", "--output", "json"], env)
    assert not UNSAFE.search(listed.stdout)
    [job] = json.loads(listed.stdout)  # exact data, escaped as JSON
    assert job["identifier"] == poisoned.text + name + poisoned.text
    assert job["digitalTwinId"] == poisoned.text + twin + poisoned.text
    started = invoke(["serials", "generate", twin, "-n", "3", "--identifier", "another", "--wait"], env)
    assert_safe(started, poisoned)


def test_flag_and_attribute_tables(poisoned: Hostile, env: dict[str, str]) -> None:
    twin, _, serial = _setup(poisoned)
    env["ILLUMINATE_BASE_URL"] = poisoned.url
    for args in (
        ["serials", "get", serial, "--twin", twin],
        ["serials", "flags", "get", serial, "--twin", twin],
        ["serials", "flags", "get", serial, "--twin", twin, "-q"],
        ["serials", "flags", "set", serial, "flag2=true", "--twin", twin],
        ["serials", "attributes", "get", serial, "--twin", twin],
        ["serials", "attributes", "get", serial, "note", "--twin", twin],
        ["serials", "attributes", "set", serial, "note=m", "--twin", twin],
        ["serials", "set", serial, "--flag", "flag1=false", "--attribute", "note=o", "--twin", twin],
    ):
        assert_safe(invoke(args, env), poisoned)
    text = poisoned.text
    flags = invoke(["serials", "flags", "get", serial, "--twin", twin, "--output", "json"], env)
    assert not UNSAFE.search(flags.stdout)
    assert json.loads(flags.stdout) == {text + "flag1" + text: False, text + "flag2" + text: True}
    value = invoke(["serials", "attributes", "get", serial, "note", "--twin", twin, "--output", "json"], env)
    assert json.loads(value.stdout) == {"note": text + "o" + text}
    item = json.loads(invoke(["serials", "get", serial, "--twin", twin, "--output", "json"], env).stdout)
    assert item["serial"] == text + serial + text
    assert item["attributes"] == {text + "note" + text: text + "o" + text}


def test_hostile_values_set_through_the_cli(env: dict[str, str]) -> None:
    """Attribute values are any text: what a user stores comes back as escapes on a terminal, exact in JSON."""
    app = create_app()
    with serve(app) as url:
        env["ILLUMINATE_BASE_URL"] = url
        twin, _, serial = _setup(Hostile("", url, url))
        for name, text in CORPUS.items():
            if "\x00" in text or "\ud800" in text:
                continue  # not valid in a command line's argv (a NUL) or as UTF-8 (a lone surrogate)
            stored = invoke(["serials", "attributes", "set", serial, f"note={text}", "--twin", twin], env)
            assert stored.exit_code == 0, (name, stored.output)
            for args in (["serials", "attributes", "get", serial, "note"], ["serials", "get", serial]):
                shown = invoke([*args, "--twin", twin], env)
                assert not UNSAFE.search(shown.stdout + shown.stderr), name
                if len(text) < 100:
                    assert sanitize(text) in shown.stdout, name
            as_json = invoke(["serials", "attributes", "get", serial, "--twin", twin, "--output", "json"], env)
            assert json.loads(as_json.stdout) == {"note": text}, name


def test_job_csv_on_a_terminal_is_sanitized(
    mock_with: Callable[..., Served], env: dict[str, str], tmp_path: Path
) -> None:
    """A job's CSV is exact data in a file; on a terminal its text (a carrier URL's domain) passes the gate."""
    domain = "https://e.example/\x1b]8;;http://evil\x07\x1b[2J/"
    served = mock_with(default_domain=domain)
    env["ILLUMINATE_BASE_URL"] = served.url
    twin = make_twin(served.url)
    name = start_named(served.url, twin, 3, "terminal_job")
    out = tmp_path / "exact.csv"
    assert invoke(["jobs", "csv", name, "-f", str(out), "--progress", "none"], env).exit_code == 0
    assert "\x1b]8;;" in out.read_text()  # the file: exact
    text = on_terminal(["jobs", "csv", name, "--progress", "none"], env)
    assert "\x1b" not in text
    lines = text.splitlines()
    assert len(lines) == 4
    assert lines[0] == "id,serial,digitalTwinId,carrierUrl"
    assert sanitize("\x1b]8;;http://evil\x07\x1b[2J") in lines[1]
    assert "\\x0d" not in text  # CRLF line ends are shown as line ends, not as escapes

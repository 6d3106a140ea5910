"""Untrusted text stays text: hostile strings from the server, through every command that prints server text.

The server is the mock behind ``Poison``: every id and free-text field of
every answer is wrapped in the hostile string, and the CLI's requests are
un-poisoned on the way in, so multi-step commands work. Each output must then
be free of raw control, escape and bidi characters (the hostile text shows as
visible escapes), never crash rich's markup parser, and JSON must still carry
the exact data.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import Result
from illuminate_cli._safe import sanitize
from illuminate_mock.app import create_app

from tests.cli.helpers import (
    UNSAFE,
    add_carrier,
    invoke,
    make_twin,
    new_gtin,
    on_terminal,
    start_job,
)
from tests.cli.wrappers import Poison
from tests.servers import serve

CORPUS = {
    "closing-tag": "[/x] closing tag",
    "bold-markup": "[bold]x[/bold]",
    "link-markup": "[link=http://evil]x[/link]",
    "emoji-code": ":smile: :warning:",
    "sgr": "\x1b[31mred\x1b[0m",
    "osc8-link": "\x1b]8;;http://evil\x07x\x1b]8;;\x07",
    "carriage-return": "safe\roverwritten",
    "backspace": "abc\x08\x08\x08XYZ",
    "nul": "a\x00b",
    "newline-tab-del": "one\ntwo\tthree\x7f",
    "c1-csi": "\x9b31mred",
    "bidi-override": "\u202egnp.exe\u202c and \u2066isolate\u2069",
    "lone-surrogate": "x\ud800y",
    "long": "L" * 5000 + "\x1b[2J",
    "emoji": "😀🎉 café",
}


@dataclass
class Hostile:
    text: str
    clean_url: str  # the mock itself, for setting up
    url: str  # the same mock behind Poison


@pytest.fixture(params=list(CORPUS.values()), ids=list(CORPUS))
def hostile(request: pytest.FixtureRequest) -> Iterator[Hostile]:
    app = create_app()
    with serve(app) as clean_url, serve(Poison(app, request.param)) as url:
        yield Hostile(request.param, clean_url, url)


def assert_safe(result: Result, hostile: Hostile, *, code: int = 0, shown: bool = True) -> None:
    """No raw unsafe character anywhere, no traceback, the expected code; the text shown as escapes."""
    output = result.stdout + result.stderr
    assert result.exit_code == code, output
    assert "Traceback" not in output
    assert "MarkupError" not in output
    bad = UNSAFE.search(output)
    assert bad is None, f"raw {bad.group()!r} in {output!r}"
    if shown and len(hostile.text) < 100:  # a 5,000-character value is folded over lines in a table
        assert sanitize(hostile.text) in output, output


def test_catalogue_lists(hostile: Hostile, env: dict[str, str]) -> None:
    gtin = new_gtin()
    twin = make_twin(hostile.clean_url, gtin=gtin)
    add_carrier(hostile.clean_url, twin)
    env["ILLUMINATE_BASE_URL"] = hostile.url
    for args in (
        ["brands", "list"],
        ["brands", "list", "-q"],
        ["products", "list", "--gtin", gtin],
        ["products", "list", "--gtin", gtin, "--output", "id"],
        ["twins", "find", "--search", "Card"],
        ["carriers", "list", twin],
        ["brands", "create", "Zed"],
    ):
        assert_safe(invoke(args, env), hostile)
    listed = invoke(["products", "list", "--gtin", gtin, "--output", "json"], env)
    assert not UNSAFE.search(listed.stdout)
    [product] = json.loads(listed.stdout)  # exact data, escaped as JSON
    assert product["identifier"] == hostile.text + gtin + hostile.text
    assert product["descriptionShort"] == hostile.text + "Card" + hostile.text


def test_jobs_settings_and_progress(hostile: Hostile, env: dict[str, str]) -> None:
    twin = make_twin(hostile.clean_url)
    job = start_job(hostile.clean_url, twin, 50)
    env["ILLUMINATE_BASE_URL"] = hostile.url
    assert_safe(invoke(["jobs", "show", job], env), hostile)
    assert_safe(invoke(["settings", "show", "--job", job], env), hostile)
    shown = invoke(["jobs", "show", job, "--output", "json"], env)
    assert not UNSAFE.search(shown.stdout)
    assert json.loads(shown.stdout)["id"] == hostile.text + job + hostile.text
    # The job id the server gives goes into the progress description, the history and the resume hint.
    started = invoke(["serials", "generate", twin, "-n", "20"], env)
    assert_safe(started, hostile)
    if "\ud800" in hostile.text:
        return  # httpx cannot put a lone surrogate into a URL: the id cannot be sent back
    assert_safe(invoke(["settings", "show", "--twin", twin], env), hostile)  # via the history file
    for mode in ("plain", "bar"):
        waited = invoke(["serials", "generate", twin, "-n", "20", "--wait", "--progress", mode], env)
        if mode == "plain":
            assert_safe(waited, hostile)
        else:  # the bar draws with escape sequences of its own; the hostile job id is not among them
            assert waited.exit_code == 0, waited.output
            prefix = hostile.text[:8]  # the bar shows "job " and the id's first eight characters
            assert sanitize(prefix) in waited.stderr
            if UNSAFE.search(prefix):
                assert prefix not in waited.stderr


def test_export_notes_and_exact_rows(hostile: Hostile, env: dict[str, str], tmp_path: Path) -> None:
    twin = make_twin(hostile.clean_url, count=30)
    env["ILLUMINATE_BASE_URL"] = hostile.url
    out = tmp_path / "s.csv"
    exported = invoke(["serials", "export", twin, "-f", str(out), "--progress", "plain"], env)
    if "\ud800" in hostile.text:  # the poisoned twin id cannot be sent back (no URL holds a lone surrogate)
        assert_safe(exported, hostile, code=1)
        assert exported.stderr.splitlines()[-1].startswith("illuminate: ")
        assert not out.exists()
        return
    assert_safe(exported, hostile)
    assert "no digital_link column" in exported.stderr  # the poisoned identifier is no GTIN
    with out.open(newline="", encoding="utf-8", errors="surrogateescape") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 30
    expected = hostile.text.encode("utf-8", "backslashreplace").decode()  # a lone surrogate has no UTF-8 form
    assert all(r["serial"].startswith(expected) and r["serial"].endswith(expected) for r in rows)
    jsonl = tmp_path / "s.jsonl"
    assert invoke(["serials", "export", twin, "-f", str(jsonl), "--progress", "none"], env).exit_code == 0
    first = json.loads(jsonl.read_text(encoding="utf-8", errors="surrogateescape").splitlines()[0])
    assert first["serial"].startswith(expected)


def test_errors_quoting_the_server(hostile: Hostile, env: dict[str, str]) -> None:
    twin = make_twin(hostile.clean_url, settings=False)  # a mock of its own: no settings anywhere
    env["ILLUMINATE_BASE_URL"] = hostile.url
    for args, code in (
        (["jobs", "show", "00000000-0000-4000-8000-000000000000"], 4),
        (["serials", "add-carrier", "00000000-0000-4000-8000-000000000000"], 4),
        (["serials", "generate", twin, "-n", "5"], 5),
    ):
        result = invoke(args, env)
        assert_safe(result, hostile, code=code)
        assert result.stderr.startswith("illuminate: ")
        assert result.stderr.count("\n") == 1


def test_rows_shown_on_a_terminal_are_sanitized(env: dict[str, str]) -> None:
    """Exported rows are exact data in a file or a pipe; on a terminal a person reads them, so they pass the gate."""
    text = "\x1b]8;;http://evil\x07\x1b[2J"
    app = create_app()
    with serve(app) as clean_url, serve(Poison(app, text)) as url:
        twin = make_twin(clean_url, count=3)
        env["ILLUMINATE_BASE_URL"] = url
        shown = on_terminal(["serials", "export", twin, "--progress", "none"], env)
    lines = shown.splitlines()
    assert len(lines) == 4
    assert "\x1b" not in shown
    assert lines[1].startswith(sanitize(text))

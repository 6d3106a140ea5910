"""One serial's flags and attributes, ``serials export --flag``, account attributes and character sets.

Tests that set the account's settings or attributes use a mock of their own
(``fresh_mock``, ``mock_with``): those are account-wide.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from illuminate_sdk import CHARACTER_SETS, digital_link

from tests.cli.helpers import account_attributes, invoke, make_twin, new_gtin, one_line, sdk, start_named
from tests.servers import Served


class World:
    """A fresh mock whose account has attributes ``warranty_start`` and ``owner``, and a twin with 10 serials."""

    def __init__(self, served: Served, env: dict[str, str]) -> None:
        self.url = served.url
        env["ILLUMINATE_BASE_URL"] = served.url
        self.env = env
        account_attributes(served.url, {"warranty_start": False, "owner": False})
        self.gtin = new_gtin()
        self.twin = make_twin(served.url, gtin=self.gtin)
        self.other_twin = make_twin(served.url, count=3)
        start_named(served.url, self.twin, 10, "ten", flags=["flag1"], attributes={"owner": "acme"})
        with sdk(served.url) as client:
            self.items = list(client.serial_items(self.twin))

    def run(self, *args: str) -> object:
        return invoke(list(args), self.env)

    def state(self, serial: str) -> tuple[dict[str, bool], dict[str, str]]:
        with sdk(self.url) as client:
            flags, attributes = client.serial_flags_and_attributes(self.twin, serial)
        return flags, attributes


@pytest.fixture
def world(fresh_mock: Served, env: dict[str, str]) -> World:
    return World(fresh_mock, env)


def test_get_a_serial_by_value_or_id(world: World) -> None:
    item = world.items[0]
    for ref in (item.serial, item.id):
        shown = invoke(["serials", "get", ref, "--twin", world.twin], world.env)
        assert shown.exit_code == 0, shown.output
        lines = shown.stdout.splitlines()
        assert lines[0] == f"serial:       {item.serial}"
        assert f"id:           {item.id}" in lines
        assert any(line.split() == ["flag", "flag1", "true"] for line in lines)
        assert any(line.split() == ["attribute", "owner", "acme"] for line in lines)
        as_json = json.loads(
            invoke(["serials", "get", ref, "--twin", world.twin, "--output", "json"], world.env).stdout
        )
        assert as_json == item.to_dict()  # round trip: the exact item
        assert invoke(["serials", "get", ref, "--twin", world.twin, "-q"], world.env).stdout == f"{item.id}\n"
    by_gtin = invoke(["serials", "get", item.serial, "--twin", f"gtin:{world.gtin}", "-q"], world.env)
    assert by_gtin.stdout == f"{item.id}\n"


def test_flags_get_and_set(world: World) -> None:
    serial, twin = world.items[1].serial, world.twin
    table = invoke(["serials", "flags", "get", serial, "--twin", twin], world.env)
    assert [line.split() for line in table.stdout.splitlines()] == [
        ["FLAG", "VALUE"], ["flag1", "true"], ["flag2", "false"]
    ]  # fmt: skip
    assert json.loads(
        invoke(["serials", "flags", "get", serial, "--twin", twin, "--output", "json"], world.env).stdout
    ) == {
        "flag1": True,
        "flag2": False,
    }
    one = invoke(["serials", "flags", "get", serial, "flag2", "--twin", twin], world.env)
    assert one.stdout == "flag2: false\n"
    changed = invoke(["serials", "flags", "set", serial, "flag2=TRUE", "flag1=false", "--twin", twin], world.env)
    assert changed.exit_code == 0, changed.output
    assert [line.split() for line in changed.stdout.splitlines()][1:] == [
        ["flag2", "true", "false"], ["flag1", "false", "true"]
    ]  # fmt: skip
    assert world.state(serial)[0] == {"flag1": False, "flag2": True}
    again = invoke(["serials", "flags", "set", serial, "flag2=true", "--twin", twin, "--output", "json"], world.env)
    assert json.loads(again.stdout) == [{"name": "flag2", "value": True, "previous_value": True}]
    assert world.state(world.items[2].serial)[0] == {"flag1": True, "flag2": False}  # only that serial


def test_attributes_get_and_set(world: World) -> None:
    serial, twin = world.items[3].id, world.twin
    listed = invoke(["serials", "attributes", "get", serial, "--twin", twin, "--output", "json"], world.env)
    assert json.loads(listed.stdout) == {"owner": "acme"}
    none = invoke(["serials", "attributes", "get", serial, "warranty_start", "--twin", twin], world.env)
    assert none.exit_code == 0
    assert none.stdout == ""
    assert "has no value" in none.stderr
    as_json = invoke(
        ["serials", "attributes", "get", serial, "warranty_start", "--twin", twin, "--output", "json"], world.env
    )
    assert json.loads(as_json.stdout) == {"warranty_start": None}
    value = '2025-04-01, with = and "quotes"'
    changed = invoke(
        [
            "serials",
            "attributes",
            "set",
            serial,
            f"warranty_start={value}",
            "owner=",
            "--twin",
            twin,
            "--output",
            "json",
        ],
        world.env,
    )
    assert changed.exit_code == 0, changed.output
    assert json.loads(changed.stdout) == [
        {"name": "warranty_start", "value": value}, {"name": "owner", "value": ""}
    ]  # fmt: skip
    assert world.state(serial)[1]["warranty_start"] == value
    one = invoke(["serials", "attributes", "get", serial, "warranty_start", "--twin", twin], world.env)
    assert one.stdout == f"warranty_start: {value}\n"


def test_set_flags_and_attributes_at_once(world: World) -> None:
    serial, twin = world.items[4].serial, world.twin
    result = invoke(
        [
            "serials",
            "set",
            serial,
            "--flag",
            "flag2=true",
            "--attribute",
            "owner=zed",
            "--twin",
            twin,
            "--output",
            "json",
        ],
        world.env,
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "flags": [{"name": "flag2", "value": True, "previous_value": False}],
        "attributes": [{"name": "owner", "value": "zed"}],
    }
    assert world.state(serial) == ({"flag1": True, "flag2": True}, {"owner": "zed"})
    nothing = invoke(["serials", "set", serial, "--twin", twin], world.env)
    assert nothing.exit_code == 2
    assert one_line(nothing.stderr)


BAD = [
    # (what, args after the command, exit code, words in the one line)
    ("unknown flag", ["serials", "flags", "set", "S", "nope=true", "flag2=true"], 2, "flag nope"),
    ("unknown flag, get", ["serials", "flags", "get", "S", "nope"], 2, "nope"),
    (
        "unknown flag, set both",
        ["serials", "set", "S", "--flag", "nope=true", "--attribute", "owner=x"],
        2,
        "--flag nope",
    ),
    ("unknown attribute", ["serials", "attributes", "set", "S", "owner=x", "nope=1"], 2, "attribute nope"),
    ("unknown attribute, get", ["serials", "attributes", "get", "S", "nope"], 2, "nope"),
    (
        "unknown attribute, both",
        ["serials", "set", "S", "--flag", "flag2=true", "--attribute", "nope=1"],
        2,
        "--attribute nope",
    ),
    ("NAME=maybe", ["serials", "flags", "set", "S", "flag2=maybe"], 2, "true or false"),
    ("--flag NAME=maybe", ["serials", "set", "S", "--flag", "flag2=maybe"], 2, "true or false"),
    ("no value", ["serials", "flags", "set", "S", "flag2"], 2, "NAME=true"),
    ("capitals", ["serials", "attributes", "set", "S", "Owner=x"], 2, "a-z"),
    ("over 20", ["serials", "attributes", "set", "S", f"{'a' * 21}=x"], 2, "1 to 20"),
    ("malformed name=value", ["serials", "attributes", "set", "S", "owner"], 2, "name=value"),
    ("empty name", ["serials", "attributes", "set", "S", "=x"], 2, "attribute name"),
    ("twice", ["serials", "flags", "set", "S", "flag2=true", "flag2=false"], 2, "twice"),
    ("other twin", ["serials", "flags", "set", "S", "flag2=true", "--twin", "OTHER"], 4, "not found"),
    ("other twin, get", ["serials", "get", "S", "--twin", "OTHER"], 4, "no serial"),
    ("no such serial", ["serials", "attributes", "set", "NOSUCH", "owner=x"], 4, "not found"),
]


@pytest.mark.parametrize(("what", "args", "code", "words"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_one_line_and_changes_nothing(
    world: World, what: str, args: list[str], code: int, words: str
) -> None:
    serial = world.items[5].serial
    before = world.state(serial)
    args = [{"S": serial, "OTHER": world.other_twin, "NOSUCH": "0000000000"}.get(a, a) for a in args]
    if "--twin" not in args:
        args += ["--twin", world.twin]
    result = invoke(args, world.env)
    assert result.exit_code == code, result.output
    assert one_line(result.stderr), result.stderr
    assert words in result.stderr
    assert result.stdout == ""
    assert world.state(serial) == before


def test_bad_job_options_change_nothing(world: World) -> None:
    with sdk(world.url) as client:
        jobs = len(list(client.jobs()))
    for args, words in (
        (["--flag", "nope"], "--flag: the account has no flag 'nope'"),
        (["--attribute", "nope=1"], "--attribute nope"),
        (["--attribute", "Owner=1"], "a-z"),
        (["--attribute", "owner"], "name=value"),
        (["--flag", "flag1=true"], "name only"),
    ):
        result = invoke(["serials", "generate", world.twin, "-n", "5", *args], world.env)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.splitlines()[-1].startswith("illuminate: "), result.stderr
        assert words in result.stderr, result.stderr
    with sdk(world.url) as client:
        assert len(list(client.jobs())) == jobs


def test_export_with_flag_filters(world: World, tmp_path: Path) -> None:
    flipped = [item.serial for item in world.items[6:8]]
    for serial in flipped:
        assert (
            invoke(["serials", "flags", "set", serial, "flag1=false", "--twin", world.twin], world.env).exit_code == 0
        )
    out = tmp_path / "off.csv"
    result = invoke(["serials", "export", world.twin, "--flag", "flag1=false", "-f", str(out)], world.env)
    assert result.exit_code == 0, result.output
    assert "exported 2 serials with flag1=false" in result.stderr
    rows = list(csv.DictReader(out.open(newline="")))
    assert [r["serial"] for r in rows] == flipped
    assert list(rows[0]) == ["serial", "serial_id", "created", "flags", "attributes", "digital_link"]
    assert json.loads(rows[0]["flags"]) == {"flag1": False, "flag2": False}
    assert json.loads(rows[0]["attributes"]) == {"owner": "acme"}
    assert rows[0]["digital_link"] == digital_link(world.gtin, flipped[0])
    both = invoke(
        ["serials", "export", world.twin, "--flag", "flag1=true", "--flag", "flag2=false", "--format", "jsonl"],
        world.env,
    )
    lines = [json.loads(line) for line in both.stdout.splitlines()]
    assert len(lines) == 8
    assert set(lines[0]) == {"serial", "serialId", "created", "flags", "attributes", "digitalLink"}
    assert not {line["serial"] for line in lines} & set(flipped)
    none = invoke(["serials", "export", world.twin, "--flag", "flag2=true", "--progress", "none"], world.env)
    assert none.stdout == "serial,serial_id,created,flags,attributes,digital_link\n"
    unfiltered = invoke(["serials", "export", world.twin, "--progress", "none"], world.env)  # unchanged columns
    assert unfiltered.stdout.splitlines()[0] == "serial,serial_id,status,created,digital_link"
    assert len(unfiltered.stdout.splitlines()) == 11
    for bad, code in (("nope=true", 2), ("flag1=maybe", 2), ("a,b=true", 2), ("flag1=true,flag2=true", 2)):
        refused = invoke(["serials", "export", world.twin, "--flag", bad, "-f", str(tmp_path / "x.csv")], world.env)
        assert refused.exit_code == code, (bad, refused.output)
        assert one_line(refused.stderr), refused.stderr
    assert not (tmp_path / "x.csv").exists()


# ---------------------------------------------------------------- settings


def test_settings_attributes_and_charsets(fresh_mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = fresh_mock.url
    set_ = ["settings", "set", "--strategy", "RANDOM_ALPHANUMERIC", "--length", "8", "--yes"]
    result = invoke(
        [*set_, "--charset", "gs1-64W", "--attribute", "warranty_start", "--attribute", "owner:mandatory"], env
    )
    assert result.exit_code == 0, result.output
    assert "character set: GS1-64w" in result.stdout
    assert f"symbols:       {CHARACTER_SETS['GS1-64w']}" in result.stdout
    assert "attributes:    warranty_start, owner (mandatory)" in result.stdout
    twin = make_twin(fresh_mock.url, settings=False)  # uses the account's settings
    missing = invoke(["serials", "generate", twin, "-n", "50", "--identifier", "a"], env)
    assert missing.exit_code == 2
    assert "--attribute owner: a mandatory attribute needs a value" in missing.stderr
    made = invoke(["serials", "generate", twin, "-n", "50", "--identifier", "b", "--attribute", "owner=o"], env)
    assert made.exit_code == 0, made.output
    with sdk(fresh_mock.url) as client:
        serials = [item.serial for item in client.serial_items(twin)]
    assert len(serials) == 50
    assert all(len(s) == 8 and set(s) <= set(CHARACTER_SETS["GS1-64w"]) for s in serials)
    # Account settings are set or updated: a second call replaces them, attributes too.
    assert invoke([*set_, "--charset", "UAN-27", "--attribute", "note"], env).exit_code == 0
    prompt = invoke(
        ["settings", "set", "--strategy", "RANDOM_NUMERIC", "--length", "8", "--attribute", "x"], env, "y\n"
    )
    assert "They replace the account's settings" in prompt.stderr
    assert "replace the account's serial attributes" in prompt.stderr
    for args, words in (
        (["--charset", "AN-47", "--symbols", "ABC"], "not both"),
        (["--charset", "AN-99"], "AN-99"),
        (["--strategy", "RANDOM_NUMERIC", "--charset", "AN-47"], "RANDOM_ALPHANUMERIC"),
        (["--charset", "AN-47", "--attribute", "x", "--twin", twin], "leave out --twin"),
        (["--charset", "AN-47", "--attribute", "x:sometimes"], "mandatory or optional"),
        (["--charset", "AN-47", "--attribute", "Bad"], "a-z"),
        (["--charset", "AN-47", "--attribute", "x", "--attribute", "x:mandatory"], "twice"),
    ):
        refused = invoke([*set_, *args], env)
        assert refused.exit_code == 2, (args, refused.output)
        assert one_line(refused.stderr), refused.stderr
        assert words in refused.stderr


# ---------------------------------------------------------------- the 2025 document's warranty example


def test_warranty_example(mock_with: Callable[..., Served], env: dict[str, str], tmp_path: Path) -> None:
    """Earbuds with an extended warranty: the booklet's serialized QR code opens the registration site.

    After registration and payment the warranty system sets warranty_start and
    warranty_end and sets has_warranty to true on the scanned serial; when the
    warranty expires it sets has_warranty to false; when the consumer extends
    it, it updates warranty_end instead.
    """
    served = mock_with(flags=("has_warranty",))
    env["ILLUMINATE_BASE_URL"] = served.url
    setting = ["settings", "set", "--strategy", "RANDOM_NUMERIC", "--length", "10", "--yes"]
    assert invoke([*setting, "--attribute", "warranty_start", "--attribute", "warranty_end"], env).exit_code == 0
    gtin = new_gtin()
    twin = make_twin(served.url, gtin=gtin, settings=False)
    made = invoke(["serials", "generate", f"gtin:{gtin}", "-n", "100", "--identifier", "earbuds_1", "--wait"], env)
    assert made.exit_code == 0, made.output
    booklet = tmp_path / "booklet.csv"
    assert invoke(["jobs", "csv", "earbuds_1", "-f", str(booklet), "--progress", "none"], env).exit_code == 0
    scanned = list(csv.DictReader(booklet.open(newline="")))[41]  # the QR code in one booklet
    assert scanned["carrierUrl"].endswith(f"/21/{scanned['serial']}")
    serial = scanned["serial"]

    registered = invoke(
        ["serials", "set", serial, "--twin", f"gtin:{gtin}", "--flag", "has_warranty=true",
         "--attribute", "warranty_start=2025-04-01", "--attribute", "warranty_end=2027-04-01"],
        env,
    )  # fmt: skip
    assert registered.exit_code == 0, registered.output
    state = json.loads(invoke(["serials", "get", serial, "--twin", twin, "--output", "json"], env).stdout)
    assert state["flags"] == {"has_warranty": True}
    assert state["attributes"] == {"warranty_start": "2025-04-01", "warranty_end": "2027-04-01"}
    covered = invoke(["serials", "export", twin, "--flag", "has_warranty=true", "--progress", "none"], env)
    assert [row["serial"] for row in csv.DictReader(io.StringIO(covered.stdout))] == [serial]

    extended = invoke(["serials", "attributes", "set", serial, "warranty_end=2028-04-01", "--twin", twin], env)
    assert extended.exit_code == 0
    assert invoke(["serials", "attributes", "get", serial, "warranty_end", "--twin", twin], env).stdout == (
        "warranty_end: 2028-04-01\n"
    )
    expired = invoke(["serials", "flags", "set", serial, "has_warranty=false", "--twin", twin, "--output", "json"], env)
    assert json.loads(expired.stdout) == [{"name": "has_warranty", "value": False, "previous_value": True}]
    assert invoke(["serials", "flags", "get", serial, "has_warranty", "--twin", twin], env).stdout == (
        "has_warranty: false\n"
    )
    after = invoke(["serials", "export", twin, "--flag", "has_warranty=true", "--format", "jsonl"], env)
    assert after.stdout == ""
    assert json.loads(
        invoke(["serials", "attributes", "get", serial, "--twin", twin, "--output", "json"], env).stdout
    ) == {
        "warranty_start": "2025-04-01",
        "warranty_end": "2028-04-01",
    }

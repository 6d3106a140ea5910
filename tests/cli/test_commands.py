"""The commands end to end against the mock, in process (CliRunner)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from illuminate_sdk import digital_link, gtin14

from tests.cli.helpers import ACCOUNT, invoke, make_twin, new_gtin, one_line
from tests.servers import Served

GROUPS = ["twins", "settings", "serials", "jobs", "products", "brands", "carriers", "auth"]
LEAVES = [
    ["twins", "find"], ["settings", "show"], ["settings", "set"], ["serials", "generate"], ["serials", "export"],
    ["serials", "add-carrier"], ["jobs", "show"], ["jobs", "wait"], ["products", "list"], ["products", "create"],
    ["brands", "list"], ["brands", "create"], ["carriers", "list"], ["auth", "status"],
]  # fmt: skip


@pytest.mark.parametrize("args", [[], *[[g] for g in GROUPS], *LEAVES], ids=lambda a: " ".join(a) or "root")
def test_help_everywhere(args: list[str], env: dict[str, str]) -> None:
    for flag in ("--help", "-h"):
        result = invoke([*args, flag], env)
        assert result.exit_code == 0, result.output
        assert "Usage: illuminate" in result.stdout
        assert "--output" in result.stdout


def test_root_help_documents_exit_codes_and_credentials(env: dict[str, str]) -> None:
    text = invoke(["--help"], env).stdout
    for line in ("0    success", "3    authentication", "4    not found", "5    conflict", "130  interrupted"):
        assert line in text
    assert "ILLUMINATE_API_KEY" in text


def test_catalogue_twins_and_ids(mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = mock.url
    brand = invoke(["brands", "create", "Zed", "-q"], env)
    assert brand.exit_code == 0, brand.output
    brand_id = brand.stdout.strip()
    gtin = new_gtin()
    product = invoke(
        ["products", "create", "--brand-id", brand_id, "--gtin", gtin, "--name", "Pen", "--gpc", "10001234", "-q"], env
    )
    product_id = product.stdout.strip()
    assert product.exit_code == 0
    assert product_id

    by_gtin = invoke(["twins", "find", "--gtin", gtin14(gtin), "--output", "json"], env)  # 14 digits finds 13
    assert by_gtin.exit_code == 0, by_gtin.output
    [twin] = json.loads(by_gtin.stdout)
    assert twin["productId"] == product_id
    for args in (["--product-id", product_id], ["--gtin", gtin], ["--search", "Pen"]):
        found = invoke(["twins", "find", *args, "-q"], env)
        assert twin["id"] in found.stdout.split(), (args, found.output)
    table = invoke(["twins", "find", "--product-id", product_id], env)
    assert "TWIN ID" in table.stdout
    assert gtin in table.stdout

    assert product_id in invoke(["products", "list", "--gtin", gtin, "-q"], env).stdout
    assert any(row["id"] == brand_id for row in json.loads(invoke(["brands", "list", "--output", "json"], env).stdout))
    carriers = invoke(["carriers", "list", f"gtin:{gtin}"], env)
    assert carriers.exit_code == 0
    assert "no data carriers" in carriers.stderr
    # Global options work before the subcommand too.
    assert json.loads(invoke(["--output", "json", "brands", "list"], env).stdout)


def test_settings_generate_export_carrier(mock: Served, env: dict[str, str], tmp_path: Path) -> None:
    env["ILLUMINATE_BASE_URL"] = mock.url
    gtin = new_gtin()
    twin = make_twin(mock.url, gtin=gtin, settings=False)

    shown = invoke(["settings", "show", "--twin", twin], env)
    assert shown.exit_code == 0
    assert "no allocation settings visible" in shown.stderr
    assert json.loads(invoke(["settings", "show", "--twin", twin, "--output", "json"], env).stdout)["settings"] is None

    declined = invoke(["settings", "set", "--twin", twin, "--strategy", "RANDOM_NUMERIC", "--length", "9"], env, "n\n")
    assert declined.exit_code == 1
    assert "nothing was set" in declined.stderr
    first = invoke(["settings", "set", "--twin", twin, "--strategy", "RANDOM_NUMERIC", "--length", "8"], env, "y\n")
    assert first.exit_code == 0, first.output
    assert "can change until the twin has serials" in first.stderr
    assert "never" not in first.stderr
    # A twin without serials may change its settings: the second one is what its first job uses.
    confirmed = invoke(
        ["settings", "set", "--twin", twin, "--strategy", "RANDOM_NUMERIC", "--length", "9", "--yes"], env
    )
    assert confirmed.exit_code == 0, confirmed.output

    generated = invoke(["serials", "generate", f"gtin:{gtin}", "-n", "2500", "--wait", "--progress", "plain"], env)
    assert generated.exit_code == 0, generated.output
    assert "2,500/2,500 serials (100%)" in generated.stderr
    assert "serials/s" in generated.stderr
    assert "COMPLETED" in generated.stdout

    settings = invoke(["settings", "show", "--twin", twin, "--output", "json"], env)
    assert json.loads(settings.stdout)["settings"]["length"] == 9
    # Now the twin has serials: its settings are fixed, and a change is refused with nothing changed.
    again = invoke(["settings", "set", "--twin", twin, "--strategy", "RANDOM_NUMERIC", "--length", "8", "--yes"], env)
    assert again.exit_code == 5
    assert one_line(again.stderr), again.stderr
    assert "already has serials" in again.stderr
    assert "nothing was changed" in again.stderr
    job_id = json.loads(settings.stdout)["jobId"]
    job = invoke(["jobs", "show", job_id, "--output", "json"], env)
    assert json.loads(job.stdout)["status"] == "COMPLETED"
    assert "2,500" in invoke(["jobs", "show", job_id], env).stdout

    out = tmp_path / "serials.csv"
    exported = invoke(["serials", "export", twin, "-f", str(out), "--progress", "plain"], env)
    assert exported.exit_code == 0, exported.output
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 2500 == len({r["serial"] for r in rows})
    assert list(rows[0]) == ["serial", "serial_id", "status", "created", "digital_link"]
    assert all(r["digital_link"] == digital_link(gtin, r["serial"]) and len(r["serial"]) == 9 for r in rows)
    assert "2,500 serials" in exported.stderr

    jsonl = tmp_path / "serials.jsonl"
    assert invoke(["serials", "export", twin, "-f", str(jsonl), "--no-digital-link"], env).exit_code == 0
    lines = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert [r["serial"] for r in lines] == [r["serial"] for r in rows]
    assert "digitalLink" not in lines[0]

    to_stdout = invoke(["serials", "export", twin, "--progress", "none"], env)
    assert list(csv.DictReader(io.StringIO(to_stdout.stdout)))[5] == rows[5]

    # The refused change changed nothing: the next job's serials still have 9 characters.
    more = invoke(["serials", "generate", twin, "-n", "10", "--wait", "--progress", "none", "-q"], env)
    assert more.exit_code == 0, more.output
    assert (
        json.loads(invoke(["settings", "show", "--twin", twin, "--output", "json"], env).stdout)["settings"]["length"]
        == 9
    )

    # The job's steps already gave every serial the account's default carriers (QR code, watermark).
    carrier = invoke(["serials", "add-carrier", rows[0]["serial_id"], "--type", "QR_CODE"], env)
    assert carrier.exit_code == 5
    assert carrier.stderr.count("\n") == 1
    assert "already has a QR_CODE" in carrier.stderr
    missing = invoke(["serials", "add-carrier", "00000000-0000-0000-0000-000000000000"], env)
    assert missing.exit_code in (1, 4)
    assert missing.stderr.startswith("illuminate: ")


def test_generate_without_wait_then_wait(mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = mock.url
    twin = make_twin(mock.url)
    started = invoke(["serials", "generate", twin, "-n", "10"], env)
    assert started.exit_code == 0
    assert "jobs wait" in started.stderr
    job_id = started.stdout.split()[1]
    waited = invoke(["jobs", "wait", job_id, "--output", "json", "--progress", "none"], env)
    assert json.loads(waited.stdout)["status"] == "COMPLETED"


def test_qr_proofs(mock: Served, env: dict[str, str], tmp_path: Path) -> None:
    import segno

    env["ILLUMINATE_BASE_URL"] = mock.url
    gtin = new_gtin()
    twin = make_twin(mock.url, gtin=gtin, count=5)
    for kind in ("svg", "png"):
        qr_dir = tmp_path / f"qr-{kind}"
        out = tmp_path / f"s-{kind}.csv"
        result = invoke(["serials", "export", twin, "-f", str(out), "--qr-dir", str(qr_dir), "--qr-format", kind], env)
        assert result.exit_code == 0, result.output
        serials = [r["serial"] for r in csv.DictReader(out.open())]
        files = sorted(p.name for p in qr_dir.iterdir())
        assert files == sorted(f"{s}.{kind}" for s in serials)
        expected = io.BytesIO()
        segno.make(digital_link(gtin, serials[0]), error="m").save(expected, kind=kind, scale=4, border=4)
        assert (qr_dir / f"{serials[0]}.{kind}").read_bytes() == expected.getvalue()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_account_id_flag_and_table_output(mock: Served, env: dict[str, str]) -> None:
    env["ILLUMINATE_BASE_URL"] = mock.url
    env["ILLUMINATE_ACCOUNT_ID"] = ""
    assert invoke(["brands", "list"], env).exit_code == 3
    result = invoke(["auth", "status", "--account-id", ACCOUNT], env)
    assert result.exit_code == 0
    assert "from --account-id" in result.stdout
    assert "accepted" in result.stdout

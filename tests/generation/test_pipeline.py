"""scripts/generate.py: reproducible output, drift detection, and bad specs that change nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import generate
import pytest
from spec_loader import CANONICAL_SPEC, REPO_ROOT

GENERATED_PACKAGE = REPO_ROOT / "generated" / generate.PACKAGE


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of a generated tree but Python's bytecode caches (importing the client writes them)."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.relative_to(root).parts
    }


@pytest.mark.slow
def test_committed_client_matches_the_spec() -> None:
    assert generate.main(["--check"]) == 0


@pytest.mark.slow
def test_two_generations_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert generate.main(["--output", str(first)]) == 0
    assert generate.main(["--output", str(second)]) == 0

    assert snapshot(first / generate.PACKAGE) == snapshot(second / generate.PACKAGE)
    assert snapshot(first / generate.PACKAGE) == snapshot(GENERATED_PACKAGE)


@pytest.mark.slow
def test_check_reports_a_stale_tree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(GENERATED_PACKAGE, tmp_path / generate.PACKAGE)
    (tmp_path / generate.PACKAGE / "models" / "brand.py").write_text("# edited by hand\n")
    (tmp_path / generate.PACKAGE / "stray.py").write_text("")

    assert generate.main(["--check", "--output", str(tmp_path)]) == 1

    err = capsys.readouterr().err
    assert "changed: models/brand.py" in err
    assert "extra:   stray.py" in err


def _break(tmp_path: Path, old: str, new: str) -> Path:
    text = CANONICAL_SPEC.read_text(encoding="utf-8")
    assert old in text
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    return broken


BROKEN_SPECS = {
    "bad-ref": (
        "schema: {$ref: '#/components/schemas/CreateNamedResourceRequest'}",
        "schema: {$ref: '#/components/schemas/NoSuchSchema'}",
        "unresolvable reference '#/components/schemas/NoSuchSchema'",
    ),
    "duplicate-operation-id": (
        "operationId: listBrands\n      tags: [Brands]",
        "operationId: createBrand\n      tags: [Brands]",
        "duplicate operationId 'createBrand'",
    ),
    "invalid-schema": (
        "minimum: 6\n",
        "minimum: six\n",
        "'six' is not of type 'number'",
    ),
    "yaml-syntax": ("openapi: 3.1.0\n", "openapi: [3.1.0\n", "YAML syntax error at line"),
}


@pytest.mark.parametrize("case", BROKEN_SPECS, ids=list(BROKEN_SPECS))
def test_a_broken_spec_stops_generation_and_changes_nothing(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, expected_message = BROKEN_SPECS[case]
    broken = _break(tmp_path, old, new)
    output = tmp_path / "out"
    shutil.copytree(GENERATED_PACKAGE, output / generate.PACKAGE)
    before = snapshot(output)

    status = generate.main(["--spec", str(broken), "--output", str(output)])

    err = capsys.readouterr().err
    assert status == 2
    assert f"{broken}" in err
    assert expected_message in err
    assert "left unchanged" in err
    assert snapshot(output) == before
    assert [p.name for p in output.iterdir()] == [generate.PACKAGE], "no scratch folder left behind"


def test_the_place_is_named_by_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new, _ = BROKEN_SPECS["bad-ref"]
    broken = _break(tmp_path, old, new)
    line = next(n for n, text in enumerate(broken.read_text().splitlines(), 1) if "NoSuchSchema" in text)

    generate.main(["--spec", str(broken), "--output", str(tmp_path / "out")])

    assert f"{broken}:{line}:" in capsys.readouterr().err


def test_a_generator_failure_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out"
    shutil.copytree(GENERATED_PACKAGE, output / generate.PACKAGE)
    before = snapshot(output)
    # A config the generator rejects stands in for any crash of the generator.
    bad_config = tmp_path / "config.yaml"
    bad_config.write_text("no_such_option: [\n")
    monkeypatch.setattr(generate, "GENERATOR_CONFIG", bad_config)

    status = generate.main(["--output", str(output)])

    assert status == 2
    assert "openapi-python-client failed" in capsys.readouterr().err
    assert snapshot(output) == before

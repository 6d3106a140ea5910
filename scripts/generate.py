"""Regenerate ``generated/illuminate_client`` from the canonical spec.

    python scripts/generate.py            # validate, transform, generate, swap in
    python scripts/generate.py --check    # generate elsewhere and report drift

Generation happens in a scratch folder beside ``generated/``; the old package
is replaced only after the generator and the formatter both succeeded, so a
failure leaves ``generated/`` exactly as it was.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from freshness import check_answer
from prepare_spec import prepare_for_generator
from spec_loader import CANONICAL_SPEC, REPO_ROOT, SpecError, load_spec, validate_spec

PACKAGE = "illuminate_client"
GENERATED_DIR = REPO_ROOT / "generated"
GENERATOR_CONFIG = Path(__file__).with_name("generator-config.yaml")
# Templates that replace the generator's own (only model.py.jinja: shape checks in from_dict).
TEMPLATES = Path(__file__).with_name("templates")
RUFF_ARGS = ("--isolated", "--line-length", "120", "--target-version", "py311")


class GenerationError(Exception):
    """The generator or the formatter failed; nothing was replaced."""


def _run(command: list[str], what: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise GenerationError(f"{what} failed (exit {result.returncode}):\n{output}")


def generate_into(spec_path: Path, scratch: Path) -> Path:
    """Validate, transform and generate into ``scratch``; return the package dir."""
    document = load_spec(spec_path)
    validate_spec(document, spec_path)
    prepared = scratch / "openapi.prepared.json"
    prepared.write_text(json.dumps(prepare_for_generator(document), indent=1), encoding="utf-8")
    package_dir = scratch / PACKAGE
    _run(
        [
            sys.executable, "-m", "openapi_python_client", "generate",
            "--path", str(prepared),
            "--config", str(GENERATOR_CONFIG),
            "--custom-template-path", str(TEMPLATES),
            "--meta", "none",
            "--fail-on-warning",
            "--output-path", str(package_dir),
        ],
        "openapi-python-client",
    )  # fmt: skip
    _run([sys.executable, "-m", "ruff", "check", *RUFF_ARGS, "--fix-only", "--quiet", str(package_dir)], "ruff check")
    _run([sys.executable, "-m", "ruff", "format", *RUFF_ARGS, "--quiet", str(package_dir)], "ruff format")
    # PEP 561 marker: the generated code is fully typed; the generator omits it with --meta none.
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    for cache in package_dir.rglob("__pycache__"):
        shutil.rmtree(cache)
    return package_dir


def tree_differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (missing, extra or changed)."""

    def files(root: Path) -> set[str]:
        if not root.is_dir():
            return set()
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}

    wanted, present = files(expected), files(actual)
    changed = [
        name for name in sorted(wanted & present) if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return (
        [f"missing: {name}" for name in sorted(wanted - present)]
        + [f"extra:   {name}" for name in sorted(present - wanted)]
        + [f"changed: {name}" for name in changed]
    )


def swap_in(new_package: Path, target: Path) -> None:
    """Replace ``target`` by ``new_package`` with two renames on one filesystem."""
    retired = target.with_name(f".{target.name}.old")
    if retired.exists():
        shutil.rmtree(retired)
    if target.exists():
        target.rename(retired)
    new_package.rename(target)
    if retired.exists():
        shutil.rmtree(retired)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=CANONICAL_SPEC, help="OpenAPI document (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=GENERATED_DIR, help="folder holding the package")
    parser.add_argument("--check", action="store_true", help="only report whether the output is stale")
    args = parser.parse_args(argv)

    target = args.output / PACKAGE
    args.output.mkdir(parents=True, exist_ok=True)
    # The scratch folder sits beside the target so the final rename is atomic.
    with tempfile.TemporaryDirectory(dir=args.output, prefix=".generate-") as scratch:
        try:
            package_dir = generate_into(args.spec, Path(scratch))
        except (SpecError, GenerationError) as exc:
            print(f"generate: {exc}", file=sys.stderr)
            print(f"generate: {target} left unchanged", file=sys.stderr)
            return 2
        if args.check:
            stale = tree_differences(package_dir, target)
            return check_answer(f"generate: {target}", stale, "nox -s generate", f"generate: {target} is up to date")
        swap_in(package_dir, target)
    print(f"generate: wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

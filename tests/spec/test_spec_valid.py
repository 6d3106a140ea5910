"""The canonical spec is valid, and its key limits say what the documents say."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import check_spec
import pytest
from spec_loader import CANONICAL_SPEC, iter_operations, load_spec, validate_spec

SPEC = load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
CSET_82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"


def test_canonical_spec_passes_the_validator() -> None:
    validate_spec(SPEC, CANONICAL_SPEC)


def test_check_spec_cli_reports_the_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(CANONICAL_SPEC.read_text().replace("maximum: 1000\n", "maximum: lots\n", 1))

    assert check_spec.main([str(broken)]) == 1
    err = capsys.readouterr().err
    assert f"{broken}:" in err
    assert "/components/parameters/First/schema/maximum" in err


def test_check_spec_cli_accepts_the_canonical_spec(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_spec.main([str(CANONICAL_SPEC)]) == 0
    assert f"({len(iter_operations(SPEC))} operations)" in capsys.readouterr().out


def test_symbols_pattern_is_exactly_cset_82() -> None:
    assert len(CSET_82) == 82
    pattern = re.compile(SCHEMAS["SerialSymbols"]["pattern"])
    assert pattern.fullmatch(CSET_82)
    for outsider in [" ", "#", "$", "@", "[", "\\", "]", "^", "`", "{", "|", "}", "~", "é", "\n"]:
        assert not pattern.fullmatch(f"ab{outsider}"), repr(outsider)


@pytest.mark.parametrize(
    ("schema", "field", "limit"),
    [
        ("CreateProductRequest", "descriptionShort", 64),
        ("CreateProductRequest", "additionalTradeItemIdentification", 64),
        ("CreateProductRequest", "tradeItemDescription", 512),
        ("CreateProductVariantRequest", "consumerProductVariantDescription", 256),
        ("CreatePromotionalAssetRequest", "descriptionShort", 512),
        ("UpdateProductPatch", "descriptionShort", 64),
        ("UpdateProductVariantPatch", "consumerProductVariantDescription", 256),
    ],
)
def test_documented_length_limits(schema: str, field: str, limit: int) -> None:
    assert SCHEMAS[schema]["properties"][field]["maxLength"] == limit


def test_serial_length_and_page_size_limits() -> None:
    assert (SCHEMAS["SerialLength"]["minimum"], SCHEMAS["SerialLength"]["maximum"]) == (6, 20)
    first = SPEC["components"]["parameters"]["First"]["schema"]
    assert (first["minimum"], first["maximum"]) == (1, 1000)


def test_date_times_always_have_a_time_part() -> None:
    assert SCHEMAS["DateTime"]["format"] == "date-time"


def test_api_key_security_scheme() -> None:
    scheme = SPEC["components"]["securitySchemes"]["ApiKeyAuth"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")
    assert SPEC["security"] == [{"ApiKeyAuth": []}]
    assert "ApiKey <key>" in scheme["description"]


def test_cursor_lists_declare_both_headers() -> None:
    for _route, _method, operation in iter_operations(SPEC):
        names = {p.get("name") or p["$ref"].rsplit("/", 1)[-1] for p in operation.get("parameters", [])}
        headers = operation["responses"]["200"].get("headers", {})
        has_cursor = "After" in names
        assert has_cursor == ({"has-next-page", "next-page-token"} <= set(headers)), operation["operationId"]

"""GS1 facts the spec and the documents state: CSET 82, GTIN-14, Digital Link URLs.

One home for them: the mock, the SDK and the CLI import these, never copies.
"""

from __future__ import annotations

import functools
from urllib.parse import quote

# GS1 General Specifications, AI (21) character set "CSET 82": exactly these 82 characters.
CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
CSET82_SET = frozenset(CSET82)
DIGITAL_LINK_ROOT = "https://id.gs1.org"
# The four character sets the Illuminate UI offers for RANDOM_ALPHANUMERIC serials (2025 serialization
# document). GS1-64w is printed there with AN-47's symbols; it is the web-safe mixed-case set its name
# says (spec/DECISIONS.md). UAN-27 is printed with 28 symbols and kept as printed.
AN_47 = "23456789BCDFGHJKLMNPQRSTVWXZbcdfghjkmnpqrstvwxz"
GS1_36W = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
GS1_64W = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
UAN_27 = "23456789BCDFGHJKLMNPQRSTVWXZ"
CHARACTER_SETS = {"AN-47": AN_47, "GS1-36w": GS1_36W, "GS1-64w": GS1_64W, "UAN-27": UAN_27}
SERIAL_MAX_LENGTH = 20  # GS1 AI (21): up to 20 characters


def check_digit(digits: str) -> int:
    """The GS1 mod-10 check digit of ``digits`` (the GTIN without its last digit)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10


@functools.lru_cache(maxsize=4096)
def gtin14(gtin: str | int) -> str:
    """A GTIN-8, -12, -13 or -14 as 14 digits, its check digit verified; ValueError otherwise.

    Cached: an export of a million serials of one product checks its GTIN once.
    """
    text = str(gtin).strip()
    if not text.isascii() or not text.isdigit() or len(text) not in (8, 12, 13, 14):
        raise ValueError(f"a GTIN has 8, 12, 13 or 14 digits (got {text!r})")
    padded = text.zfill(14)
    expected = check_digit(padded[:-1])
    if int(padded[-1]) != expected:
        raise ValueError(f"GTIN {text} has check digit {padded[-1]}; the digits before it need {expected}")
    return padded


def as_gtin14(identifier: object) -> str | None:
    """``gtin14(identifier)``, or None when the identifier is not a valid GTIN (a SKU, say)."""
    if not isinstance(identifier, str | int) or isinstance(identifier, bool):
        return None
    try:
        return gtin14(identifier)
    except ValueError:
        return None


def encode_path_segment(value: str) -> str:
    """Percent-encode everything but ``A-Za-z0-9-._~``, as GS1 Digital Link paths require.

    ``quote`` with no safe characters keeps exactly the RFC 3986 unreserved set.
    """
    return quote(value, safe="")


def check_serial(serial: str) -> str:
    """``serial`` if it is a GS1 AI (21) value: 1 to 20 characters of CSET 82; ValueError otherwise."""
    if not 1 <= len(serial) <= SERIAL_MAX_LENGTH:
        raise ValueError(f"a GS1 serial (AI 21) has 1 to {SERIAL_MAX_LENGTH} characters (got {len(serial)})")
    bad = sorted(set(serial) - CSET82_SET)
    if bad:
        raise ValueError(f"serial {serial!r} has characters outside GS1 CSET 82: {''.join(bad)!r}")
    return serial


def digital_link(
    gtin: str | int, serial: str | None = None, *, root: str = DIGITAL_LINK_ROOT, variant: str | None = None
) -> str:
    """``{root}/01/{gtin14}[/22/{variant}][/21/{serial}]``, each value percent-encoded but for ``A-Za-z0-9-._~``."""
    url = f"{root.rstrip('/')}/01/{gtin14(gtin)}"
    if variant is not None:
        url += f"/22/{encode_path_segment(variant)}"
    if serial is not None:
        url += f"/21/{encode_path_segment(check_serial(serial))}"
    return url

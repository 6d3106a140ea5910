"""GS1 helpers: GTIN-14 normalisation and Digital Link URLs for serialized items."""

from __future__ import annotations

from urllib.parse import quote

# GS1 AI (21) serials use CSET 82, exactly these characters.
CSET82 = frozenset("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")
DIGITAL_LINK_ROOT = "https://id.gs1.org"


def check_digit(digits: str) -> int:
    """The GS1 mod-10 check digit of ``digits`` (the GTIN without its last digit)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10


def gtin14(gtin: str | int) -> str:
    """A GTIN-8, -12, -13 or -14 as 14 digits, its check digit verified."""
    text = str(gtin).strip()
    if not text.isascii() or not text.isdigit() or len(text) not in (8, 12, 13, 14):
        raise ValueError(f"a GTIN has 8, 12, 13 or 14 digits (got {text!r})")
    padded = text.zfill(14)
    expected = check_digit(padded[:-1])
    if int(padded[-1]) != expected:
        raise ValueError(f"GTIN {text} has check digit {padded[-1]}; the digits before it need {expected}")
    return padded


def digital_link(gtin: str | int, serial: str, *, root: str = DIGITAL_LINK_ROOT) -> str:
    """``{root}/01/{gtin14}/21/{serial}``, the serial percent-encoded but for A-Za-z0-9-._~."""
    if not 1 <= len(serial) <= 20:
        raise ValueError(f"a GS1 serial (AI 21) has 1 to 20 characters (got {len(serial)})")
    bad = sorted(set(serial) - CSET82)
    if bad:
        raise ValueError(f"serial {serial!r} has characters outside GS1 CSET 82: {''.join(bad)!r}")
    return f"{root.rstrip('/')}/01/{gtin14(gtin)}/21/{quote(serial, safe='')}"

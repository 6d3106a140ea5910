"""GS1 identifiers and Digital Link URLs, as far as the mock needs them."""

from __future__ import annotations

import secrets
import string
from urllib.parse import quote

_SHORT_ID_ALPHABET = string.ascii_letters + string.digits
GS1_RESOLVER = "https://id.gs1.org/"


def gtin14(identifier: object) -> str | None:
    """The identifier as a 14-digit GTIN, or None when it is not a GTIN (a SKU, say)."""
    if not isinstance(identifier, str) or not identifier.isascii() or not identifier.isdigit():
        return None
    if len(identifier) not in (8, 12, 13, 14):
        return None
    return identifier.zfill(14)


def encode_path_segment(value: str) -> str:
    """Percent-encode everything but ``A-Za-z0-9-._~``, as GS1 Digital Link requires.

    ``quote`` with no safe characters keeps exactly the RFC 3986 unreserved set.
    """
    return quote(value, safe="")


def digital_link(domain: str, gtin: str, *, serial: str | None = None, variant: str | None = None) -> str:
    """``{domain}01/{gtin}[/22/{cpv}][/21/{serial}]`` with each value percent-encoded."""
    url = domain if domain.endswith("/") else domain + "/"
    url += f"01/{gtin}"
    if variant is not None:
        url += f"/22/{encode_path_segment(variant)}"
    if serial is not None:
        url += f"/21/{encode_path_segment(serial)}"
    return url


def short_id(length: int = 8) -> str:
    return "".join(secrets.choice(_SHORT_ID_ALPHABET) for _ in range(length))


def short_url(domain: str, identifier: str) -> str:
    return (domain if domain.endswith("/") else domain + "/") + identifier

"""The mock's own GS1 helpers: short ids and short URLs for QR codes that are not Digital Links.

The GS1 facts themselves (CSET 82, GTIN-14 and its check digit, Digital Link
paths) live in ``illuminate_spec.gs1``; this module only adds what the mock
invents, the short codes a real service would mint.
"""

from __future__ import annotations

import secrets
import string

_SHORT_ID_ALPHABET = string.ascii_letters + string.digits


def short_id(length: int = 8) -> str:
    return "".join(secrets.choice(_SHORT_ID_ALPHABET) for _ in range(length))


def short_url(domain: str, identifier: str) -> str:
    return (domain if domain.endswith("/") else domain + "/") + identifier

"""What the call path does to a 2xx answer before the generated parser sees it (no I/O)."""

from __future__ import annotations

from typing import Any, NamedTuple

import httpx


class Reply(NamedTuple):
    """A parsed 2xx answer and its headers (the pager reads the cursor headers, the waiter Retry-After)."""

    parsed: Any
    headers: httpx.Headers


def has_no_body(response: httpx.Response) -> bool:
    """A 204, or another 2xx but 200 with nothing in it: success without a result.

    An empty 200 is not: every operation of the spec documents a 200 body, so
    it goes to the parser and is reported as a body that breaks the spec.
    """
    return response.status_code == 204 or (response.status_code != 200 and not response.content.strip())


def as_200(response: httpx.Response) -> httpx.Response:
    """``response``, as a 200 when it is another 2xx.

    Any 2xx is success, but the generated ``_parse_response`` parses the
    success schema for ``status_code == 200`` only; a 201 or 202 body is
    parsed like a 200 one this way. Once the generator parses every 2xx
    itself, this changes nothing.
    """
    if response.status_code == 200:
        return response
    return httpx.Response(200, headers=response.headers, content=response.content, request=response.request)

"""What the call path does to a 2xx answer before the generated parser sees it (no I/O).

Two rules are per operation, decided from the spec (``tests/sdk/test_answers.py``
holds these tables to it):

- ``EMPTY_MEANS_NONE``: an empty 200 is "no value" rather than a body that
  breaks the spec. That holds for every operation whose spec declares a 204
  (``DECLARES_NO_CONTENT``: a server that means "nothing" may as well say
  it with an empty 200), and for ``getSerialAttributes``, whose document
  says "if the serial has no attributes ..., nothing is returned"
  (spec/DECISIONS.md: the documented view also takes an empty body).
- ``TEXT_ANSWERS``: a ``text/*`` answer is the value itself, as the
  documented view takes it (``getSerialAttribute``: the sample prints the
  value unquoted).
"""

from __future__ import annotations

from typing import Any, NamedTuple

import httpx

# Module names of the generated operations (illuminate_client.api.<tag>.<name>).
DECLARES_NO_CONTENT = frozenset({"get_serial_attribute"})
EMPTY_MEANS_NONE = DECLARES_NO_CONTENT | {"get_serial_attributes"}
TEXT_ANSWERS = frozenset({"get_serial_attribute"})


class Reply(NamedTuple):
    """A parsed 2xx answer and its headers (the pager reads the cursor headers, the waiter Retry-After)."""

    parsed: Any
    headers: httpx.Headers


def has_no_body(response: httpx.Response, *, empty_means_none: bool = False) -> bool:
    """A 204, or another 2xx with nothing in it: success without a result.

    An empty 200 is one only for the operations of ``EMPTY_MEANS_NONE``: every
    other operation documents a 200 body, so for them it goes to the parser
    and is reported as a body that breaks the spec.
    """
    if response.status_code == 204:
        return True
    if response.status_code == 200 and not empty_means_none:
        return False
    return not response.content.strip()


def text_value(response: httpx.Response) -> str | None:
    """The body as text when the answer says it is text (``text/plain`` and the like); None otherwise."""
    media = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return response.text if media.startswith("text/") else None


def as_200(response: httpx.Response) -> httpx.Response:
    """``response``, as a 200 when it is another 2xx.

    Any 2xx is success; the generated ``_parse_response`` parses every 2xx
    itself now, but a parser generated before that read ``status_code == 200``
    only, and this keeps both the same. It costs nothing on a 200.
    """
    if response.status_code == 200:
        return response
    return httpx.Response(200, headers=response.headers, content=response.content, request=response.request)

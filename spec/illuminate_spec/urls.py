"""Where the service lives: its root URL and the two path prefixes every spec path carries.

The documents give two base URLs, ``https://api.dmrc.app/rest/`` and
``https://api.dmrc.app/api/v1/``; the spec has one server (the root) and the
prefixes in its paths (see ``x-illuminate-base-url``). Tests hold these
constants to ``servers[0].url`` and to the paths of the spec.
"""

from __future__ import annotations

SERVICE_ROOT = "https://api.dmrc.app"
API_PREFIXES = ("/rest", "/api/v1")


def service_root(url: str) -> str:
    """The URL every spec path is appended to: a trailing slash and a trailing
    ``/rest`` or ``/api/v1`` go (``https://api.dmrc.app/rest/`` -> ``https://api.dmrc.app``)."""
    root = url.rstrip("/")
    for prefix in API_PREFIXES:
        root = root.removesuffix(prefix)
    return root

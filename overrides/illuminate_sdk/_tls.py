"""One TLS context per process for every client the SDK makes.

Building a context loads the CA bundle, about 50 ms; httpx builds one per
transport, so each ``Illuminate()`` paid it again (a CLI command, a pytest
fixture, a short script: each client). The context is httpx's own default
(certifi's bundle, or ``SSL_CERT_FILE``/``SSL_CERT_DIR`` when set), made on
first use: a change to those variables after the first client in a process
is not seen. ``SSLContext`` is safe to share between clients and threads.
A caller who needs other TLS settings passes a ``transport`` of their own.
"""

from __future__ import annotations

import functools
import ssl

import httpx


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    return httpx.create_ssl_context()

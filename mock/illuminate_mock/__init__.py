"""In-process mock of the Digimarc Illuminate REST and Serialization APIs.

Laid out like a moto service, so a rule is found by the resource it is about:

- ``app.py`` (HTTP in and out; work in a worker thread), ``middleware.py``,
  ``validation.py`` (request schemas), ``limits.py`` (cheap shape checks first:
  list and object sizes, depth, control characters), ``specdoc.py`` (the
  spec's operations and the ``Router`` of its prefixed, templated paths),
  ``redact.py`` (keys out of error bodies and logs), ``faults/`` (fault
  injection), ``serving.py`` (uvicorn options: JSON even for unreadable
  requests);
- ``backend.py`` (operations by id), ``registry.py`` (the handler table);
- ``services/`` (the rules, one module per part of the API: ``settings``,
  ``allocation`` (what every job shares), ``serialization`` (legacy jobs and
  serials under /rest), ``jobs`` (the 2025 jobs), ``serial_items`` (a twin's
  serial list and flag filter), ``serial_flags`` (one serial's flags and
  attributes), and the REST parts), ``models/`` (typed state),
  ``store.py`` (where the state is kept), ``render.py`` (models as JSON),
  ``pagination.py``, ``csv_export.py`` (a job's CSV, streamed);
- ``serials.py``, ``serial_ids.py``, ``codec.py``, ``permutation.py`` (the
  serial engine);
- ``inprocess.py`` (one mock in this process, no socket), ``mocking.py``
  (``mocked()``: httpx requests to the service answered by it);
- ``fixtures.py``, ``config.py``, ``clock.py``, ``gs1.py``, ``errors.py``,
  ``cli.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .inprocess import InProcessMock
    from .mocking import mocked

__all__ = ["InProcessMock", "mocked"]


def __getattr__(name: str) -> Any:
    """``mocked`` and ``InProcessMock`` on first use: importing a submodule stays light."""
    if name == "mocked":
        from .mocking import mocked

        return mocked
    if name == "InProcessMock":
        from .inprocess import InProcessMock

        return InProcessMock
    raise AttributeError(f"module 'illuminate_mock' has no attribute {name!r}")

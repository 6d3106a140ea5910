"""One face of the SDK. ``_async`` is the hand-written source of both faces; ``scripts/unasync.py`` derives ``_sync``.

Edit ``_async``, then run ``python scripts/unasync.py``.
"""

from ._client import AsyncIlluminate, AsyncSerializationRun
from ._pagination import AsyncPager

__all__ = ["AsyncIlluminate", "AsyncPager", "AsyncSerializationRun"]

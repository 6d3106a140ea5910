"""Fixtures every part of the test suite may take."""

from __future__ import annotations

import logging

import pytest


@pytest.fixture
def every_logger_at_debug(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Root and every logger known so far (ours, httpx, httpcore, httpx_retries, asyncio, the mock...) at DEBUG."""
    import httpcore  # noqa: F401 - make sure its loggers exist before they are listed
    import httpx_retries  # noqa: F401

    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog

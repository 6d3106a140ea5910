"""Hand-written layer over the generated Illuminate client (``illuminate_client``).

Adds what a generator cannot: connecting from a key or the environment,
pagination, waiting for jobs, retries, typed errors and GS1 helpers. Two
faces, one source: ``AsyncIlluminate`` (``_async``) is written by hand and
``Illuminate`` (``_sync``) is derived from it by ``scripts/unasync.py``.

    from illuminate_sdk import Illuminate

    with Illuminate() as client:  # ILLUMINATE_API_KEY, ILLUMINATE_ACCOUNT_ID, ILLUMINATE_BASE_URL
        for serial in client.serialize(twin_id, 1000, on_progress=print):
            ...
"""

from illuminate_client.models.serial_order import SerialOrder
from illuminate_client.models.serial_strategy import SerialStrategy

from ._arguments import filter_json
from ._async import AsyncIlluminate, AsyncPager, AsyncSerializationRun
from ._config import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    ENV_ACCOUNT_ID,
    ENV_API_KEY,
    ENV_BASE_URL,
    ApiKeyAuth,
    check_api_key,
    check_base_url,
)
from ._cursor import MAX_EMPTY_PAGES, MAX_PAGE_SIZE, Page
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    DigitalTwinNotFoundError,
    IlluminateError,
    InternalServerError,
    JobFailedError,
    JobTimeoutError,
    JobWaitInterrupted,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    SettingsAlreadySetError,
    UnexpectedResponseError,
)
from ._gs1 import digital_link, gtin14
from ._jobs import PollSchedule
from ._retries import RetryingTransport, RetryPolicy
from ._sync import Illuminate, SerializationRun, SyncPager

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "ENV_ACCOUNT_ID",
    "ENV_API_KEY",
    "ENV_BASE_URL",
    "MAX_EMPTY_PAGES",
    "MAX_PAGE_SIZE",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ApiKeyAuth",
    "AsyncIlluminate",
    "AsyncPager",
    "AsyncSerializationRun",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DigitalTwinNotFoundError",
    "Illuminate",
    "IlluminateError",
    "InternalServerError",
    "JobFailedError",
    "JobTimeoutError",
    "JobWaitInterrupted",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "PollSchedule",
    "RateLimitError",
    "RetryPolicy",
    "RetryingTransport",
    "SerialOrder",
    "SerialStrategy",
    "SerializationRun",
    "SettingsAlreadySetError",
    "SyncPager",
    "UnexpectedResponseError",
    "check_api_key",
    "check_base_url",
    "digital_link",
    "filter_json",
    "gtin14",
]

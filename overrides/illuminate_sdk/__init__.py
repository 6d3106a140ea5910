"""Hand-written layer over the generated Illuminate client (``illuminate_client``).

Adds what a generator cannot: connecting from a key or the environment,
pagination (both cursor styles), waiting for jobs, jobs started safely by
identifier, retries, typed errors, streamed CSV downloads, serial flags and
attributes, and GS1 helpers. Two faces, one source: ``AsyncIlluminate``
(``_async``) is written by hand and ``Illuminate`` (``_sync``) is derived
from it by ``scripts/unasync.py``.

    from illuminate_sdk import Illuminate

    with Illuminate() as client:  # ILLUMINATE_API_KEY, ILLUMINATE_ACCOUNT_ID, ILLUMINATE_BASE_URL
        run = client.serialize(twin_id, 1000, length=8)
        client.download_job_csv(run.identifier, "serials.csv")
"""

from illuminate_client.models.serial_order import SerialOrder
from illuminate_client.models.serial_strategy import SerialStrategy

from ._arguments import filter_json
from ._async import AsyncIlluminate, AsyncPager, AsyncSerializationRun
from ._config import (
    API_PREFIXES,
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    ENV_ACCOUNT_ID,
    ENV_API_KEY,
    ENV_BASE_URL,
    ApiKeyAuth,
    check_api_key,
    check_base_url,
)
from ._csv import LineCounter
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
    JobNotCompletedError,
    JobStartUnconfirmedError,
    JobTimeoutError,
    JobWaitInterrupted,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    SettingsAlreadySetError,
    UnexpectedResponseError,
)
from ._gs1 import AN_47, CHARACTER_SETS, GS1_36W, GS1_64W, UAN_27, digital_link, gtin14
from ._jobs import PollSchedule
from ._retries import RetryingTransport, RetryPolicy
from ._serial_items import ATTRIBUTE_NAME, SerialFlagsAndAttributes, check_attribute_name, new_identifier
from ._sync import Illuminate, SerializationRun, SyncPager

__all__ = [
    "AN_47",
    "API_PREFIXES",
    "ATTRIBUTE_NAME",
    "CHARACTER_SETS",
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "ENV_ACCOUNT_ID",
    "ENV_API_KEY",
    "ENV_BASE_URL",
    "GS1_36W",
    "GS1_64W",
    "MAX_EMPTY_PAGES",
    "MAX_PAGE_SIZE",
    "UAN_27",
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
    "JobNotCompletedError",
    "JobStartUnconfirmedError",
    "JobTimeoutError",
    "JobWaitInterrupted",
    "LineCounter",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "PollSchedule",
    "RateLimitError",
    "RetryPolicy",
    "RetryingTransport",
    "SerialFlagsAndAttributes",
    "SerialOrder",
    "SerialStrategy",
    "SerializationRun",
    "SettingsAlreadySetError",
    "SyncPager",
    "UnexpectedResponseError",
    "check_api_key",
    "check_attribute_name",
    "check_base_url",
    "digital_link",
    "filter_json",
    "gtin14",
    "new_identifier",
]

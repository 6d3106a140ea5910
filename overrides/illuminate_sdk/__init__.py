"""Hand-written layer over the generated Illuminate client (``illuminate_client``).

Adds what a generator cannot: connecting from a key or the environment,
pagination, waiting for jobs, retries, typed errors and GS1 helpers.

    from illuminate_sdk import Illuminate

    with Illuminate() as client:  # ILLUMINATE_API_KEY, ILLUMINATE_ACCOUNT_ID, ILLUMINATE_BASE_URL
        for serial in client.serialize(twin_id, 1000, on_progress=print):
            ...
"""

from illuminate_client.models.serial_order import SerialOrder
from illuminate_client.models.serial_strategy import SerialStrategy

from ._async_client import AsyncIlluminate, AsyncSerializationRun
from ._client import Illuminate, SerializationRun
from ._config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, ApiKeyAuth
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
from ._operations import filter_json
from ._pagination import AsyncPager, Page, SyncPager
from ._retries import RetryingTransport, RetryPolicy

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
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
    "digital_link",
    "filter_json",
    "gtin14",
]

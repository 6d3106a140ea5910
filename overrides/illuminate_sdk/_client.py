"""``Illuminate``: the synchronous client and the workflows on top of it."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any, Self, overload

import httpx
from illuminate_client.api.digital_twin_images import (
    finalize_digital_twin_image_upload,
    start_digital_twin_image_upload,
)
from illuminate_client.api.digital_twins import list_digital_twins
from illuminate_client.api.serial_allocation_settings import (
    set_account_serial_allocation_settings,
    set_digital_twin_serial_allocation_settings,
)
from illuminate_client.api.serial_generation_jobs import get_job_status, start_serial_generation_job
from illuminate_client.api.serials import list_serials
from illuminate_client.client import Client
from illuminate_client.models.digital_twin import DigitalTwin
from illuminate_client.models.digital_twin_image import DigitalTwinImage
from illuminate_client.models.digital_twin_image_upload import DigitalTwinImageUpload
from illuminate_client.models.digital_twin_order import DigitalTwinOrder
from illuminate_client.models.error import Error
from illuminate_client.models.job_status import JobStatus
from illuminate_client.models.serial import Serial
from illuminate_client.models.serial_generation_job import SerialGenerationJob
from illuminate_client.models.serial_order import SerialOrder
from illuminate_client.models.serial_strategy import SerialStrategy
from illuminate_client.types import Response

from . import _operations as ops
from ._config import DEFAULT_TIMEOUT, TimeoutTypes, resolve
from ._core import (
    MIME,
    NO_AUTH,
    Core,
    Retries,
    T,
    TwinLookup,
    image_type,
    log,
    only_twin,
    policy_from,
    twin_lookup,
)
from ._exceptions import IlluminateError, JobWaitInterrupted, SettingsAlreadySetError
from ._jobs import DEFAULT_WAIT_TIMEOUT, JobWaiter, PollSchedule, ProgressCallback
from ._pagination import MAX_PAGE_SIZE, SyncPager
from ._retries import RetryingTransport


@dataclass
class SerializationRun:
    """A finished serialization job and its serials: ``for serial in run`` (or ``run.serials.pages()``).

    ``settings_created``: True if the run set the allocation settings, False
    if they existed, None when the run resumed a job.
    """

    digital_twin_id: str
    job_id: str
    status: JobStatus
    settings_created: bool | None
    serials: SyncPager[Serial]

    def __iter__(self) -> Iterator[Serial]:
        return iter(self.serials)


class Illuminate:
    """A connected client of the Illuminate REST and Serialization APIs.

    ``Illuminate(api_key, account_id=..., base_url=...)``; arguments left out
    come from ILLUMINATE_API_KEY, ILLUMINATE_ACCOUNT_ID and ILLUMINATE_BASE_URL.
    ``client.raw`` is the generated client for calls of your own.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        account_id: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | None = None,
        retries: Retries = True,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        settings = resolve(api_key, account_id, base_url, timeout if timeout is not None else DEFAULT_TIMEOUT, None)
        policy = policy_from(retries)
        self._sleep, self._clock = sleep, clock
        self._http = httpx.Client(
            base_url=settings.base_url,
            auth=settings.auth,
            timeout=settings.timeout,
            transport=RetryingTransport(transport or httpx.HTTPTransport(), policy, sleep=sleep),
            event_hooks={"request": [ops.request_hook], "response": [ops.response_hook]},
        )
        raw = Client(base_url=settings.base_url, timeout=settings.timeout).set_httpx_client(self._http)
        self._core = Core(settings.account_id, settings.base_url, policy, raw)

    # -------------------------------------------------------------- plumbing

    @property
    def account_id(self) -> str:
        return self._core.account_id

    @property
    def raw(self) -> Client:
        """The generated client (``illuminate_client``) on the same connection, auth and retries."""
        return self._core.raw

    def __repr__(self) -> str:
        return f"Illuminate(base_url={self._core.base_url!r}, account_id={self.account_id!r})"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _send(self, op: ops.Operation, kwargs: dict[str, Any], timeout: TimeoutTypes | None) -> Response[Any]:
        with ops.scope(timeout):
            return op.sync(client=self.raw, **kwargs)

    # -------------------------------------------------------------- generic

    @overload
    def call(
        self, operation: Callable[..., Response[Error | T]], /, *, timeout: TimeoutTypes | None = None, **kwargs: Any
    ) -> T: ...
    @overload
    def call(self, operation: ModuleType, /, *, timeout: TimeoutTypes | None = None, **kwargs: Any) -> Any: ...
    def call(self, operation: Any, /, *, timeout: TimeoutTypes | None = None, **kwargs: Any) -> Any:
        """Call any generated operation (module or function): account id filled in, typed errors, parsed result.

        A request body may be given as ``body=`` (model or dict of JSON names)
        or as keyword arguments named like the body model's fields.
        """
        op, prepared = self._core.prepare(operation, kwargs)
        return ops.parsed(self._send(op, prepared, timeout))

    @overload
    def paginate(
        self,
        operation: Callable[..., Response[Error | list[T]]],
        /,
        *,
        first: int = MAX_PAGE_SIZE,
        after: str | None = None,
        timeout: TimeoutTypes | None = None,
        **kwargs: Any,
    ) -> SyncPager[T]: ...
    @overload
    def paginate(
        self,
        operation: ModuleType,
        /,
        *,
        first: int = MAX_PAGE_SIZE,
        after: str | None = None,
        timeout: TimeoutTypes | None = None,
        **kwargs: Any,
    ) -> SyncPager[Any]: ...
    def paginate(
        self,
        operation: Any,
        /,
        *,
        first: int = MAX_PAGE_SIZE,
        after: str | None = None,
        timeout: TimeoutTypes | None = None,
        **kwargs: Any,
    ) -> SyncPager[Any]:
        """Every item of a cursor-paginated list operation, one page of ``first`` (≤ 1000) at a time.

        ``after=`` resumes from a cursor (a page's ``next_token`` or the pager's ``resume_after``).
        """
        op = self._core.pager_setup(operation, first)
        base = ops.prepare(op, self.account_id, {**kwargs, "first": first})

        def fetch(cursor: str | None) -> Response[Any]:
            return self._send(op, {**base, "after": cursor}, timeout)

        return SyncPager(op.name, fetch, after)

    # -------------------------------------------------------------- serialization

    def set_allocation_settings(
        self,
        *,
        strategy: SerialStrategy | str,
        length: int,
        symbols: str | None = None,
        digital_twin_id: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Any:
        """Set the account's (or, with ``digital_twin_id``, the twin's) allocation settings.

        Raises SettingsAlreadySetError when they were set before: they can never change.
        """
        body = self._core.settings_body(strategy, length, symbols)
        if digital_twin_id is None:
            return self.call(set_account_serial_allocation_settings, timeout=timeout, **body)
        return self.call(
            set_digital_twin_serial_allocation_settings, digital_twin_id=digital_twin_id, timeout=timeout, **body
        )

    def ensure_allocation_settings(
        self,
        *,
        strategy: SerialStrategy | str,
        length: int,
        symbols: str | None = None,
        digital_twin_id: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> bool:
        """Set allocation settings unless they exist; True if this call set them."""
        try:
            self.set_allocation_settings(
                strategy=strategy, length=length, symbols=symbols, digital_twin_id=digital_twin_id, timeout=timeout
            )
        except SettingsAlreadySetError:
            log.info("allocation settings already exist; they cannot change, so the existing ones apply")
            return False
        return True

    def start_job(self, digital_twin_id: str, serial_count: int, *, timeout: TimeoutTypes | None = None) -> str:
        """Start a serial generation job; its id. Sent once: never retried once the server may have it."""
        job: SerialGenerationJob = self.call(
            start_serial_generation_job, digital_twin_id=digital_twin_id, serial_count=serial_count, timeout=timeout
        )
        log.info("started serialization job %s for digital twin %s (%d serials)", job.id, digital_twin_id, serial_count)
        return job.id

    def job_status(self, job_id: str, *, timeout: TimeoutTypes | None = None) -> JobStatus:
        return self.call(get_job_status.sync_detailed, job_id=job_id, timeout=timeout)

    def wait_for_job(
        self,
        job_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        schedule: PollSchedule | None = None,
        _resume_hint: str | None = None,
    ) -> JobStatus:
        """Poll until the job is COMPLETED; JobFailedError, JobTimeoutError (deadline ``timeout`` s).

        Transient failures of a poll are waited out. Ctrl-C raises
        JobWaitInterrupted, whose message says how to resume.
        """
        op, kwargs = self._core.prepare(get_job_status, {"job_id": job_id})
        waiter = JobWaiter(
            job_id,
            timeout=timeout,
            schedule=schedule or PollSchedule(),
            clock=self._clock,
            on_progress=on_progress,
            resume_hint=_resume_hint or f"client.wait_for_job({job_id!r})",
        )
        try:
            while True:
                try:
                    response = self._send(op, kwargs, None)
                    status = ops.parsed(response)
                except IlluminateError as error:
                    waiter.failed_poll(error)
                else:
                    done = waiter.observe(status, response.headers)
                    if done is not None:
                        return done
                self._sleep(waiter.next_delay())
        except KeyboardInterrupt as interrupt:
            if isinstance(interrupt, JobWaitInterrupted):
                raise
            raise JobWaitInterrupted(waiter.interrupted_message(), job_id=job_id) from None

    def serials(
        self,
        digital_twin_id: str,
        *,
        order: SerialOrder = SerialOrder.CREATED_ASC,
        first: int = MAX_PAGE_SIZE,
        after: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[Serial]:
        return self.paginate(
            list_serials.sync_detailed,
            digital_twin_id=digital_twin_id,
            order=order,
            first=first,
            after=after,
            timeout=timeout,
        )

    def serialize(
        self,
        digital_twin_id: str,
        serial_count: int | None = None,
        *,
        strategy: SerialStrategy | str = SerialStrategy.RANDOM_NUMERIC,
        length: int = 10,
        symbols: str | None = None,
        twin_settings: bool = False,
        job_id: str | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        first: int = MAX_PAGE_SIZE,
    ) -> SerializationRun:
        """The documented workflow: settings (set unless they exist), job, wait, serials.

        Settings go on the account, or on the twin with ``twin_settings=True``;
        existing settings are kept (they cannot change). ``job_id=`` resumes an
        interrupted run without starting another job.
        """
        created: bool | None = None
        if job_id is None:
            if serial_count is None:
                raise TypeError("serialize() needs serial_count (or job_id= to resume a started job)")
            created = self.ensure_allocation_settings(
                strategy=strategy,
                length=length,
                symbols=symbols,
                digital_twin_id=digital_twin_id if twin_settings else None,
            )
            job_id = self.start_job(digital_twin_id, serial_count)
        hint = f"client.serialize({digital_twin_id!r}, job_id={job_id!r})"
        status = self.wait_for_job(job_id, timeout=timeout, on_progress=on_progress, _resume_hint=hint)
        if created is False:
            self._core.warn_if_other_settings(status, strategy, length)
        return SerializationRun(digital_twin_id, job_id, status, created, self.serials(digital_twin_id, first=first))

    # -------------------------------------------------------------- REST helpers

    def digital_twins(
        self,
        *,
        product_id: str | None = None,
        gtin: str | int | None = None,
        variant_id: str | None = None,
        promotional_asset_id: str | None = None,
        first: int = 100,
        timeout: TimeoutTypes | None = None,
    ) -> Iterator[DigitalTwin]:
        """The digital twins of a product, a GTIN (stored with any number of leading
        zeros), a variant or a promotional asset, oldest first, page by page."""
        return self._twins(twin_lookup(product_id, gtin, variant_id, promotional_asset_id), first, timeout)

    def digital_twin_id(
        self,
        *,
        product_id: str | None = None,
        gtin: str | int | None = None,
        variant_id: str | None = None,
        promotional_asset_id: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> str:
        """The id of the one digital twin of a product, a GTIN, a variant or a promotional asset."""
        lookup = twin_lookup(product_id, gtin, variant_id, promotional_asset_id)
        return only_twin(list(islice(self._twins(lookup, 2, timeout), 2)), lookup.what)

    def _twins(self, lookup: TwinLookup, first: int, timeout: TimeoutTypes | None) -> Iterator[DigitalTwin]:
        pager = self.paginate(
            list_digital_twins.sync_detailed,
            order=DigitalTwinOrder.CREATED_ASC,
            filter_=lookup.filter,
            first=first,
            timeout=timeout,
        )
        return (twin for twin in pager if lookup.matches(twin))

    def upload_image(
        self,
        digital_twin_id: str,
        path: str | Path,
        *,
        is_default: bool = False,
        file_name: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DigitalTwinImage:
        """Upload a local .png/.jpg: start, PUT the bytes (without the API key), finalize."""
        path = Path(path)
        kind = image_type(path)
        data = path.read_bytes()
        upload: DigitalTwinImageUpload = self.call(
            start_digital_twin_image_upload,
            digital_twin_id=digital_twin_id,
            content_type=kind,
            file_name=file_name or path.name,
            is_default=is_default,
            timeout=timeout,
        )
        with ops.scope(timeout):
            # The upload URL is storage outside the API: it must never see the key.
            self._http.put(upload.upload_url, content=data, headers={"Content-Type": MIME[kind]}, auth=NO_AUTH)
        return self.call(
            finalize_digital_twin_image_upload.sync_detailed,
            digital_twin_image_id=upload.digital_twin_image_id,
            timeout=timeout,
        )

"""``AsyncIlluminate``: the asyncio twin of ``Illuminate``, method for method."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
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
from ._exceptions import IlluminateError, SettingsAlreadySetError
from ._jobs import DEFAULT_WAIT_TIMEOUT, JobWaiter, PollSchedule, ProgressCallback
from ._pagination import MAX_PAGE_SIZE, AsyncPager
from ._retries import RetryingTransport


@dataclass
class AsyncSerializationRun:
    """See SerializationRun; ``async for serial in run``."""

    digital_twin_id: str
    job_id: str
    status: JobStatus
    settings_created: bool | None
    serials: AsyncPager[Serial]

    def __aiter__(self) -> AsyncIterator[Serial]:
        return self.serials.__aiter__()


class AsyncIlluminate:
    """The asyncio twin of ``Illuminate``: same arguments, awaitable methods, ``async for`` pagers."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        account_id: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | None = None,
        retries: Retries = True,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        settings = resolve(api_key, account_id, base_url, timeout if timeout is not None else DEFAULT_TIMEOUT, None)
        policy = policy_from(retries)
        self._sleep, self._clock = sleep, clock
        self._http = httpx.AsyncClient(
            base_url=settings.base_url,
            auth=settings.auth,
            timeout=settings.timeout,
            transport=RetryingTransport(transport or httpx.AsyncHTTPTransport(), policy, asleep=sleep),
            event_hooks={"request": [ops.arequest_hook], "response": [ops.aresponse_hook]},
        )
        raw = Client(base_url=settings.base_url, timeout=settings.timeout).set_async_httpx_client(self._http)
        self._core = Core(settings.account_id, settings.base_url, policy, raw)

    @property
    def account_id(self) -> str:
        return self._core.account_id

    @property
    def raw(self) -> Client:
        """The generated client (use its ``asyncio_detailed`` functions) on the same connection."""
        return self._core.raw

    def __repr__(self) -> str:
        return f"AsyncIlluminate(base_url={self._core.base_url!r}, account_id={self.account_id!r})"

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def _send(self, op: ops.Operation, kwargs: dict[str, Any], timeout: TimeoutTypes | None) -> Response[Any]:
        with ops.scope(timeout):
            return await op.asyncio(client=self.raw, **kwargs)

    @overload
    async def call(
        self,
        operation: Callable[..., Response[Error | T]] | Callable[..., Awaitable[Response[Error | T]]],
        /,
        *,
        timeout: TimeoutTypes | None = None,
        **kwargs: Any,
    ) -> T: ...
    @overload
    async def call(self, operation: ModuleType, /, *, timeout: TimeoutTypes | None = None, **kwargs: Any) -> Any: ...
    async def call(self, operation: Any, /, *, timeout: TimeoutTypes | None = None, **kwargs: Any) -> Any:
        """See ``Illuminate.call``."""
        op, prepared = self._core.prepare(operation, kwargs)
        return ops.parsed(await self._send(op, prepared, timeout))

    @overload
    def paginate(
        self,
        operation: Callable[..., Response[Error | list[T]]] | Callable[..., Awaitable[Response[Error | list[T]]]],
        /,
        *,
        first: int = MAX_PAGE_SIZE,
        after: str | None = None,
        timeout: TimeoutTypes | None = None,
        **kwargs: Any,
    ) -> AsyncPager[T]: ...
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
    ) -> AsyncPager[Any]: ...
    def paginate(
        self,
        operation: Any,
        /,
        *,
        first: int = MAX_PAGE_SIZE,
        after: str | None = None,
        timeout: TimeoutTypes | None = None,
        **kwargs: Any,
    ) -> AsyncPager[Any]:
        """See ``Illuminate.paginate``; iterate with ``async for``."""
        op = self._core.pager_setup(operation, first)
        base = ops.prepare(op, self.account_id, {**kwargs, "first": first})

        async def fetch(cursor: str | None) -> Response[Any]:
            return await self._send(op, {**base, "after": cursor}, timeout)

        return AsyncPager(op.name, fetch, after)

    async def set_allocation_settings(
        self,
        *,
        strategy: SerialStrategy | str,
        length: int,
        symbols: str | None = None,
        digital_twin_id: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Any:
        """See ``Illuminate.set_allocation_settings``."""
        body = self._core.settings_body(strategy, length, symbols)
        if digital_twin_id is None:
            return await self.call(set_account_serial_allocation_settings, timeout=timeout, **body)
        return await self.call(
            set_digital_twin_serial_allocation_settings, digital_twin_id=digital_twin_id, timeout=timeout, **body
        )

    async def ensure_allocation_settings(
        self,
        *,
        strategy: SerialStrategy | str,
        length: int,
        symbols: str | None = None,
        digital_twin_id: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> bool:
        """See ``Illuminate.ensure_allocation_settings``."""
        try:
            await self.set_allocation_settings(
                strategy=strategy, length=length, symbols=symbols, digital_twin_id=digital_twin_id, timeout=timeout
            )
        except SettingsAlreadySetError:
            log.info("allocation settings already exist; they cannot change, so the existing ones apply")
            return False
        return True

    async def start_job(self, digital_twin_id: str, serial_count: int, *, timeout: TimeoutTypes | None = None) -> str:
        """See ``Illuminate.start_job``."""
        job: SerialGenerationJob = await self.call(
            start_serial_generation_job, digital_twin_id=digital_twin_id, serial_count=serial_count, timeout=timeout
        )
        log.info("started serialization job %s for digital twin %s (%d serials)", job.id, digital_twin_id, serial_count)
        return job.id

    async def job_status(self, job_id: str, *, timeout: TimeoutTypes | None = None) -> JobStatus:
        return await self.call(get_job_status.asyncio_detailed, job_id=job_id, timeout=timeout)

    async def wait_for_job(
        self,
        job_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        schedule: PollSchedule | None = None,
        _resume_hint: str | None = None,
    ) -> JobStatus:
        """See ``Illuminate.wait_for_job``; cancelling logs how to resume, then propagates."""
        op, kwargs = self._core.prepare(get_job_status, {"job_id": job_id})
        waiter = JobWaiter(
            job_id,
            timeout=timeout,
            schedule=schedule or PollSchedule(),
            clock=self._clock,
            on_progress=on_progress,
            resume_hint=_resume_hint or f"await client.wait_for_job({job_id!r})",
        )
        try:
            while True:
                try:
                    response = await self._send(op, kwargs, None)
                    status = ops.parsed(response)
                except IlluminateError as error:
                    waiter.failed_poll(error)
                else:
                    done = waiter.observe(status, response.headers)
                    if done is not None:
                        return done
                await self._sleep(waiter.next_delay())
        except asyncio.CancelledError:
            log.warning("%s", waiter.interrupted_message())
            raise

    def serials(
        self,
        digital_twin_id: str,
        *,
        order: SerialOrder = SerialOrder.CREATED_ASC,
        first: int = MAX_PAGE_SIZE,
        after: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[Serial]:
        return self.paginate(
            list_serials.asyncio_detailed,
            digital_twin_id=digital_twin_id,
            order=order,
            first=first,
            after=after,
            timeout=timeout,
        )

    async def serialize(
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
    ) -> AsyncSerializationRun:
        """See ``Illuminate.serialize``; iterate the run with ``async for``."""
        created: bool | None = None
        if job_id is None:
            if serial_count is None:
                raise TypeError("serialize() needs serial_count (or job_id= to resume a started job)")
            created = await self.ensure_allocation_settings(
                strategy=strategy,
                length=length,
                symbols=symbols,
                digital_twin_id=digital_twin_id if twin_settings else None,
            )
            job_id = await self.start_job(digital_twin_id, serial_count)
        hint = f"await client.serialize({digital_twin_id!r}, job_id={job_id!r})"
        status = await self.wait_for_job(job_id, timeout=timeout, on_progress=on_progress, _resume_hint=hint)
        if created is False:
            self._core.warn_if_other_settings(status, strategy, length)
        serials = self.serials(digital_twin_id, first=first)
        return AsyncSerializationRun(digital_twin_id, job_id, status, created, serials)

    def digital_twins(
        self,
        *,
        product_id: str | None = None,
        gtin: str | int | None = None,
        variant_id: str | None = None,
        promotional_asset_id: str | None = None,
        first: int = 100,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncIterator[DigitalTwin]:
        """See ``Illuminate.digital_twins``; iterate with ``async for``."""
        return self._twins(twin_lookup(product_id, gtin, variant_id, promotional_asset_id), first, timeout)

    async def digital_twin_id(
        self,
        *,
        product_id: str | None = None,
        gtin: str | int | None = None,
        variant_id: str | None = None,
        promotional_asset_id: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> str:
        """See ``Illuminate.digital_twin_id``."""
        lookup = twin_lookup(product_id, gtin, variant_id, promotional_asset_id)
        found: list[DigitalTwin] = []
        twins = self._twins(lookup, 2, timeout)
        async for twin in twins:
            found.append(twin)
            if len(found) == 2:
                break
        await twins.aclose()
        return only_twin(found, lookup.what)

    async def _twins(
        self, lookup: TwinLookup, first: int, timeout: TimeoutTypes | None
    ) -> AsyncGenerator[DigitalTwin, None]:
        pager = self.paginate(
            list_digital_twins.asyncio_detailed,
            order=DigitalTwinOrder.CREATED_ASC,
            filter_=lookup.filter,
            first=first,
            timeout=timeout,
        )
        async for twin in pager:
            if lookup.matches(twin):
                yield twin

    async def upload_image(
        self,
        digital_twin_id: str,
        path: str | Path,
        *,
        is_default: bool = False,
        file_name: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DigitalTwinImage:
        """See ``Illuminate.upload_image``."""
        path = Path(path)
        kind = image_type(path)
        data = path.read_bytes()
        upload: DigitalTwinImageUpload = await self.call(
            start_digital_twin_image_upload,
            digital_twin_id=digital_twin_id,
            content_type=kind,
            file_name=file_name or path.name,
            is_default=is_default,
            timeout=timeout,
        )
        with ops.scope(timeout):
            await self._http.put(upload.upload_url, content=data, headers={"Content-Type": MIME[kind]}, auth=NO_AUTH)
        return await self.call(
            finalize_digital_twin_image_upload.asyncio_detailed,
            digital_twin_image_id=upload.digital_twin_image_id,
            timeout=timeout,
        )

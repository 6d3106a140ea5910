"""``AsyncIlluminate``: the client and the workflows on top of its calls.

The ``_async`` package is the one hand-written source of both faces:
``scripts/unasync.py`` derives ``_sync`` (``Illuminate``) from it. The faces
differ only where they must, each place marked with an ``# unasync:``
pragma (see ``scripts/unasync.py``):

- waiting for a job (``wait_for_job``): the sync face turns Ctrl-C into
  ``JobWaitInterrupted`` (a KeyboardInterrupt whose message gives the call
  that resumes); the async face logs that message as a warning and re-raises
  ``asyncio.CancelledError``, because cancellation must propagate
  (``asyncio.timeout``, task groups and Ctrl-C under ``asyncio.run`` rely on it);
- reading the file of ``upload_image``: the async face reads it in a worker
  thread (``asyncio.to_thread``) so that the event loop is never blocked.
"""

from __future__ import annotations

import asyncio  # unasync: async-only
import logging
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
from illuminate_client.models.digital_twin import DigitalTwin
from illuminate_client.models.digital_twin_image import DigitalTwinImage
from illuminate_client.models.digital_twin_image_upload import DigitalTwinImageUpload
from illuminate_client.models.digital_twin_order import DigitalTwinOrder
from illuminate_client.models.job_status import JobStatus
from illuminate_client.models.serial import Serial
from illuminate_client.models.serial_generation_job import SerialGenerationJob
from illuminate_client.models.serial_order import SerialOrder
from illuminate_client.models.serial_strategy import SerialStrategy

from .._arguments import operation, prepare
from .._config import NO_AUTH, TimeoutTypes
from .._cursor import MAX_PAGE_SIZE
from .._exceptions import IlluminateError, SettingsAlreadySetError
from .._jobs import DEFAULT_WAIT_TIMEOUT, JobWaiter, PollSchedule, ProgressCallback
from .._workflows import MIME, TwinLookup, image_type, only_twin, settings_body, twin_lookup, warn_if_other_settings
from ._connection import AsyncConnection
from ._pagination import AsyncPager

log = logging.getLogger("illuminate_sdk")


@dataclass
class AsyncSerializationRun:
    """A finished serialization job and its serials: ``async for serial in run`` (or ``run.serials.pages()``).

    ``settings_created``: True if the run set the allocation settings, False
    if they existed, None when the run resumed a job.
    """

    digital_twin_id: str
    job_id: str
    status: JobStatus
    settings_created: bool | None
    serials: AsyncPager[Serial]

    def __aiter__(self) -> AsyncIterator[Serial]:
        return self.serials.__aiter__()


class AsyncIlluminate(AsyncConnection):
    """A connected client of the Illuminate REST and Serialization APIs.

    ``AsyncIlluminate(api_key, account_id=..., base_url=...)``; arguments left out
    come from ILLUMINATE_API_KEY, ILLUMINATE_ACCOUNT_ID and ILLUMINATE_BASE_URL.
    ``client.raw`` is the generated client for calls of your own.
    """

    # -------------------------------------------------------------- allocation settings

    async def set_allocation_settings(
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
        body = settings_body(strategy, length, symbols)
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
        """Set allocation settings unless they exist; True if this call set them."""
        try:
            await self.set_allocation_settings(
                strategy=strategy, length=length, symbols=symbols, digital_twin_id=digital_twin_id, timeout=timeout
            )
        except SettingsAlreadySetError:
            log.info("allocation settings already exist; they cannot change, so the existing ones apply")
            return False
        return True

    # -------------------------------------------------------------- jobs

    async def start_job(self, digital_twin_id: str, serial_count: int, *, timeout: TimeoutTypes | None = None) -> str:
        """Start a serial generation job; its id. Sent once: never retried once the server may have it."""
        job: SerialGenerationJob = await self.call(
            start_serial_generation_job, digital_twin_id=digital_twin_id, serial_count=serial_count, timeout=timeout
        )
        log.info("started serialization job %s for digital twin %s (%d serials)", job.id, digital_twin_id, serial_count)
        return job.id

    async def job_status(self, job_id: str, *, timeout: TimeoutTypes | None = None) -> JobStatus:
        status: JobStatus = await self.call(get_job_status.asyncio_detailed, job_id=job_id, timeout=timeout)
        return status

    async def wait_for_job(
        self,
        job_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        schedule: PollSchedule | None = None,
        _resume_hint: str | None = None,
    ) -> JobStatus:
        """Poll until the job is COMPLETED; JobFailedError, JobTimeoutError (deadline ``timeout`` s).

        Transient failures of a poll are waited out. Stopping the wait (Ctrl-C,
        cancellation) says how to resume: see the module docstring.
        """
        op = operation(get_job_status)
        arguments = prepare(op, self.account_id, {"job_id": job_id})
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
                    reply = await self._request(op, arguments, None)
                except IlluminateError as error:
                    waiter.failed_poll(error)
                else:
                    done = waiter.observe(reply.parsed, reply.headers)
                    if done is not None:
                        return done
                await self._sleep(waiter.next_delay())
        # unasync: async-only
        except asyncio.CancelledError:
            # Cancellation must propagate; the way to resume goes to the log instead.
            log.warning("%s", waiter.interrupted_message())
            raise
        # unasync: sync-only
        # except KeyboardInterrupt as interrupt:
        #     # Still a KeyboardInterrupt, now with the way to resume in its message.
        #     raise waiter.interrupted(interrupt) from None
        # unasync: end

    # -------------------------------------------------------------- serials

    def serials(
        self,
        digital_twin_id: str,
        *,
        order: SerialOrder = SerialOrder.CREATED_ASC,
        first: int = MAX_PAGE_SIZE,
        after: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[Serial]:
        """Every serial of the twin (the API lists them per twin, not per job), oldest first."""
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
        """The documented workflow: settings (set unless they exist), job, wait, serials.

        Settings go on the account, or on the twin with ``twin_settings=True``;
        existing settings are kept (they cannot change). ``job_id=`` resumes an
        interrupted run without starting another job.
        """
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
            warn_if_other_settings(status, strategy, length)
        serials = self.serials(digital_twin_id, first=first)
        return AsyncSerializationRun(digital_twin_id, job_id, status, created, serials)

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
    ) -> AsyncIterator[DigitalTwin]:
        """The digital twins of a product, a GTIN (stored with any number of leading
        zeros), a variant or a promotional asset, oldest first, page by page."""
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
        """The id of the one digital twin of a product, a GTIN, a variant or a promotional asset."""
        lookup = twin_lookup(product_id, gtin, variant_id, promotional_asset_id)
        found: list[DigitalTwin] = []
        # Two are enough to tell "one" from "several"; closing stops the pages at once.
        async with aclosing(self._twins(lookup, 2, timeout)) as twins:
            async for twin in twins:
                found.append(twin)
                if len(found) == 2:
                    break
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
        """Upload a local .png/.jpg: start, PUT the bytes (without the API key), finalize."""
        path = Path(path)
        kind = image_type(path)
        data = await asyncio.to_thread(path.read_bytes)  # unasync: sync: data = path.read_bytes()
        upload: DigitalTwinImageUpload = await self.call(
            start_digital_twin_image_upload,
            digital_twin_id=digital_twin_id,
            content_type=kind,
            file_name=file_name or path.name,
            is_default=is_default,
            timeout=timeout,
        )
        # The upload URL is storage outside the API: it must never see the key.
        put = {"method": "PUT", "url": upload.upload_url, "content": data, "headers": {"Content-Type": MIME[kind]}}
        await self._send({**put, "auth": NO_AUTH}, timeout)
        image: DigitalTwinImage = await self.call(
            finalize_digital_twin_image_upload.asyncio_detailed,
            digital_twin_image_id=upload.digital_twin_image_id,
            timeout=timeout,
        )
        return image

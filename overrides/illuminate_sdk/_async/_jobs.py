"""``AsyncJobCalls``: serialization jobs of both Serialization APIs, waiting for them, and a job's CSV.

- The 2025 API (``/api/v1``) names a job by an ``identifier`` the caller
  chooses. That makes starting one safely repeatable:
  ``start_serialization_job`` never sends a start twice without first
  reading the job by its identifier (see its docstring).
- The first API (``/rest/jobs/...``) names a job by the id the server gives
  it: ``start_job`` sends once, ``wait_for_job`` polls by that id.

The faces differ in two places, each marked with an ``# unasync:`` pragma:

- stopping a wait (``_wait``): the sync face turns Ctrl-C into
  ``JobWaitInterrupted`` (a KeyboardInterrupt whose message gives the call
  that resumes); the async face logs that message as a warning and
  re-raises ``asyncio.CancelledError``, because cancellation must propagate;
- writing the CSV (``download_job_csv``): the async face writes each block
  in a worker thread (``asyncio.to_thread``), so the event loop is never
  blocked by the disk;
- handing out the CSV's chunks (``job_csv``): the sync face uses
  ``yield from``, which an async generator cannot.
"""

from __future__ import annotations

import asyncio  # unasync: async-only
import logging
import os
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from illuminate_client.api.serial_generation_jobs import get_job_status, start_serial_generation_job
from illuminate_client.api.serialization_jobs import (
    get_serialization_job,
    get_serialization_job_csv,
    list_serialization_jobs,
    start_serialization_job,
)
from illuminate_client.models.job_status import JobStatus
from illuminate_client.models.serial_generation_job import SerialGenerationJob
from illuminate_client.models.serialization_job import SerializationJob

from .._arguments import Operation, operation, prepare
from .._config import TimeoutTypes
from .._csv import WRITE_BLOCK, CsvRows, LineCounter, discard, open_temporary
from .._cursor import MAX_PAGE_SIZE
from .._exceptions import (
    APIStatusError,
    IlluminateError,
    JobNotCompletedError,
    JobStartUnconfirmedError,
    NotFoundError,
)
from .._jobs import DEFAULT_WAIT_TIMEOUT, JobWaiter, PollSchedule, ProgressCallback
from .._serial_items import check_identifier, check_same_job, job_fields, may_exist, may_resend, new_identifier
from ._connection import AsyncConnection
from ._pagination import AsyncPager

log = logging.getLogger("illuminate_sdk")
# A 409 on the CSV means the job is not COMPLETED yet.
CSV_ERRORS: dict[int, type[APIStatusError]] = {409: JobNotCompletedError}


class AsyncJobCalls(AsyncConnection):
    """The job calls of ``AsyncIlluminate``."""

    # -------------------------------------------------------------- 2025 jobs, by identifier

    async def start_serialization_job(
        self,
        digital_twin_id: str,
        count: int,
        *,
        identifier: str | None = None,
        attributes: Mapping[str, str] | None = None,
        flags: Iterable[str] | None = None,
        qr_code: bool | None = None,
        watermark: bool | None = None,
        url_format: str | None = None,
        domain: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SerializationJob:
        """Start a job that makes ``count`` serial items for the twin; the job (``job.identifier`` names it).

        ``identifier`` defaults to a new ``sdk-<uuid4 hex>``. ``attributes``
        (name -> value) and ``flags`` (names set true) go on every new serial;
        ``qr_code``/``watermark`` (both), ``url_format`` and ``domain`` choose
        its data carriers instead of the account's defaults.

        Safe to repeat, and never makes two jobs: when a start may have
        reached the server (a timeout, a dropped connection, a 5xx, a 429),
        the job is read back by its identifier before the start is ever sent
        again. Found: it is the job (the first start got through). Not found
        (404): the start is sent again, after the retry policy's back-off.
        A 409 to a resend means the earlier start got through meanwhile: the
        job is read and returned. If the read itself fails, whether the job
        exists is unknown: ``JobStartUnconfirmedError`` names the identifier
        to look up. A 409 to the first start (the identifier is taken, or
        another conflict) is a ``ConflictError``.
        """
        name = check_identifier(identifier) if identifier is not None else new_identifier()
        fields = job_fields(
            digital_twin_id,
            count,
            name,
            attributes=attributes,
            flags=flags,
            qr_code=qr_code,
            watermark=watermark,
            url_format=url_format,
            domain=domain,
        )
        op = operation(start_serialization_job)
        arguments = prepare(op, self.account_id, fields)
        sent = 0
        while True:
            sent += 1
            try:
                reply = await self._request(op, arguments, timeout)
            except IlluminateError as error:
                if not may_exist(error, sent, self._policy):
                    raise
                found = await self._look_up(name, error, timeout)
                if found is not None:
                    check_same_job(found, digital_twin_id, count, error)
                    log.info("serialization job %s: the start reached the server after all (%s)", name, error)
                    return found
                if not may_resend(error, sent, self._policy):
                    raise
                delay = self._policy.backoff(sent, getattr(error, "retry_after", None))
                log.warning(
                    "serialization job %s was not created (%s); starting it again in %.1f s", name, error, delay
                )
                await self._sleep(delay)
                continue
            job: SerializationJob | None = reply.parsed
            if job is None:  # a 2xx without a body: the job exists, so read it
                job = await self.serialization_job(name, timeout=timeout)
            log.info("started serialization job %s for digital twin %s (%d serials)", name, digital_twin_id, count)
            return job

    async def _look_up(
        self, name: str, error: IlluminateError, timeout: TimeoutTypes | None
    ) -> SerializationJob | None:
        """The job of an uncertain start, None if the server has none by that name."""
        try:
            return await self.serialization_job(name, timeout=timeout)
        except NotFoundError:
            return None
        except IlluminateError as failure:
            raise JobStartUnconfirmedError(
                f"starting serialization job {name!r} failed in a way that may have reached the server ({error}), "
                f"and reading it back failed too ({failure}): look with client.serialization_job({name!r}) "
                "before starting it again",
                identifier=name,
                start_error=error,
            ) from failure

    async def serialization_job(self, identifier: str, *, timeout: TimeoutTypes | None = None) -> SerializationJob:
        """The job named ``identifier`` (its ``status``: PENDING, IN_PROGRESS, COMPLETED or FAILED)."""
        job: SerializationJob = await self.call(
            get_serialization_job.asyncio_detailed, job_identifier=check_identifier(identifier), timeout=timeout
        )
        return job

    async def wait_for_serialization_job(
        self,
        identifier: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        schedule: PollSchedule | None = None,
        _resume_hint: str | None = None,
    ) -> SerializationJob:
        """Poll the job until COMPLETED, as ``wait_for_job`` does (same schedule, errors and deadline).

        The 2025 job reports no progress: ``on_progress`` hears ``1.0`` once, at the end.
        """
        op = operation(get_serialization_job)
        hint = _resume_hint or f"await client.wait_for_serialization_job({identifier!r})"
        waiter = self._waiter(identifier, timeout, on_progress, schedule, hint)
        arguments = prepare(op, self.account_id, {"job_identifier": check_identifier(identifier)})
        job: SerializationJob = await self._wait(op, arguments, waiter, waiter.observe_job)
        return job

    def jobs(
        self, *, limit: int = MAX_PAGE_SIZE, cursor: str | None = None, timeout: TimeoutTypes | None = None
    ) -> AsyncPager[SerializationJob]:
        """Every serialization job of the account, oldest first, ``limit`` per page."""
        return self.paginate(list_serialization_jobs.asyncio_detailed, limit=limit, cursor=cursor, timeout=timeout)

    # -------------------------------------------------------------- the first API's jobs, by id

    async def start_job(self, digital_twin_id: str, serial_count: int, *, timeout: TimeoutTypes | None = None) -> str:
        """Start a job of the first Serialization API (``/rest/jobs``); its id. Sent once: never resent
        once the server may have it (it has no identifier to check by)."""
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
        """Poll a job of the first API until COMPLETED; JobFailedError, JobTimeoutError (deadline ``timeout`` s).

        Transient failures of a poll are waited out. Stopping the wait (Ctrl-C,
        cancellation) says how to resume: see the module docstring.
        """
        op = operation(get_job_status)
        waiter = self._waiter(
            job_id, timeout, on_progress, schedule, _resume_hint or f"await client.wait_for_job({job_id!r})"
        )
        status: JobStatus = await self._wait(
            op, prepare(op, self.account_id, {"job_id": job_id}), waiter, waiter.observe
        )
        return status

    # -------------------------------------------------------------- waiting

    def _waiter(
        self, name: str, timeout: float, on_progress: ProgressCallback | None, schedule: PollSchedule | None, hint: str
    ) -> JobWaiter:
        return JobWaiter(
            name,
            timeout=timeout,
            schedule=schedule or PollSchedule(),
            clock=self._clock,
            on_progress=on_progress,
            resume_hint=hint,
        )

    async def _wait(
        self,
        op: Operation,
        arguments: dict[str, Any],
        waiter: JobWaiter,
        observe: Callable[[Any, Mapping[str, str]], Any],
    ) -> Any:
        """Poll until ``observe`` says done; the waiter decides when (see ``_jobs``)."""
        try:
            while True:
                try:
                    reply = await self._request(op, arguments, None)
                except IlluminateError as error:
                    waiter.failed_poll(error)
                else:
                    done = observe(reply.parsed, reply.headers)
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

    # -------------------------------------------------------------- the job's CSV

    def _csv_request(self, identifier: str) -> dict[str, Any]:
        op = operation(get_serialization_job_csv)
        result: dict[str, Any] = op.get_kwargs(
            **prepare(op, self.account_id, {"job_identifier": check_identifier(identifier)})
        )
        return result

    async def job_csv(self, identifier: str, *, timeout: TimeoutTypes | None = None) -> AsyncIterator[bytes]:
        """The job's CSV as it arrives, in chunks of bytes (close the iterator to stop early).

        A job not yet COMPLETED is ``JobNotCompletedError`` (HTTP 409).
        """
        async with self._stream(self._csv_request(identifier), timeout, CSV_ERRORS) as response:
            # An async generator cannot ``yield from``; the sync face does.
            async for chunk in response.aiter_bytes():  # unasync: sync: yield from response.iter_bytes()
                yield chunk  # unasync: async-only

    async def job_csv_rows(
        self, identifier: str, *, timeout: TimeoutTypes | None = None
    ) -> AsyncIterator[dict[str, str]]:
        """The job's CSV one row at a time, as dicts keyed by the header line (``id``, ``serial``, ...)."""
        rows = CsvRows()
        async with self._stream(self._csv_request(identifier), timeout, CSV_ERRORS) as response:
            async for line in response.aiter_lines():
                row = rows.feed(line)
                if row is not None:
                    yield row
        last = rows.finish()
        if last is not None:
            yield last

    async def download_job_csv(
        self, identifier: str, path: str | os.PathLike[str], *, timeout: TimeoutTypes | None = None
    ) -> int:
        """Write the job's CSV to ``path``; the number of serial lines (the header line not counted).

        Streamed: the body is never held whole, only a block of up to 1 MiB
        at a time. It goes to a hidden temporary file in the same folder,
        renamed to ``path`` once complete (replacing a file there); on any
        error, Ctrl-C or cancellation, the temporary file is removed and
        ``path`` is left as it was. ``JobNotCompletedError`` (HTTP 409) for
        a job that is not COMPLETED yet.
        """
        target = Path(path)
        partial, descriptor = open_temporary(target)
        counter = LineCounter()
        try:
            with os.fdopen(descriptor, "wb") as out:
                block = bytearray()
                async with self._stream(self._csv_request(identifier), timeout, CSV_ERRORS) as response:
                    async for chunk in response.aiter_bytes():
                        counter.feed(chunk)
                        block += chunk
                        if len(block) >= WRITE_BLOCK:
                            await asyncio.to_thread(out.write, block)  # unasync: sync: out.write(block)
                            block = bytearray()
                if block:
                    await asyncio.to_thread(out.write, block)  # unasync: sync: out.write(block)
            os.replace(partial, target)
        except BaseException:
            discard(partial)
            raise
        log.info("wrote %d serials of job %s to %s", counter.serials, identifier, target)
        return counter.serials

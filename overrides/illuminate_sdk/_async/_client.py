"""``AsyncIlluminate``: the client and the workflows on top of its calls.

The ``_async`` package is the one hand-written source of both faces:
``scripts/unasync.py`` derives ``_sync`` (``Illuminate``) from it. The client
is put together from parts: ``AsyncConnection`` (``call``, ``paginate``),
``AsyncJobCalls`` (jobs of both Serialization APIs, waiting, the job CSV)
and ``AsyncSerialItemCalls`` (serial items, flags, attributes); this module
adds the allocation settings, ``serialize`` and the REST helpers.

The faces differ only where they must, each place marked with an
``# unasync:`` pragma (see ``scripts/unasync.py``):

- waiting for a job (``_jobs._wait``): the sync face turns Ctrl-C into
  ``JobWaitInterrupted`` (a KeyboardInterrupt whose message gives the call
  that resumes); the async face logs that message as a warning and re-raises
  ``asyncio.CancelledError``, because cancellation must propagate
  (``asyncio.timeout``, task groups and Ctrl-C under ``asyncio.run`` rely on it);
- reading the file of ``upload_image`` and writing the file of
  ``download_job_csv``: the async face does it in a worker thread
  (``asyncio.to_thread``) so that the event loop is never blocked.
"""

from __future__ import annotations

import asyncio  # unasync: async-only
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Iterable, Mapping
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
from illuminate_client.api.serials import list_serials
from illuminate_client.models.digital_twin import DigitalTwin
from illuminate_client.models.digital_twin_image import DigitalTwinImage
from illuminate_client.models.digital_twin_image_upload import DigitalTwinImageUpload
from illuminate_client.models.digital_twin_order import DigitalTwinOrder
from illuminate_client.models.job_status import JobStatus
from illuminate_client.models.serial import Serial
from illuminate_client.models.serial_item import SerialItem
from illuminate_client.models.serial_order import SerialOrder
from illuminate_client.models.serial_strategy import SerialStrategy
from illuminate_client.models.serialization_job import SerializationJob

from .._config import NO_AUTH, TimeoutTypes
from .._cursor import MAX_PAGE_SIZE
from .._exceptions import SettingsAlreadySetError
from .._jobs import DEFAULT_WAIT_TIMEOUT, ProgressCallback
from .._serial_items import AttributeDefinitions, attribute_definitions, check_identifier, new_identifier
from .._workflows import (
    MIME,
    TwinLookup,
    image_type,
    only_twin,
    run_settings,
    settings_body,
    twin_lookup,
    warn_if_other_settings,
)
from ._jobs import AsyncJobCalls
from ._pagination import AsyncPager
from ._serials import AsyncSerialItemCalls

log = logging.getLogger("illuminate_sdk")


@dataclass
class AsyncSerializationRun:
    """A finished serialization job and its serials: ``async for serial in run`` (or ``run.serials.pages()``).

    ``identifier`` names the job (a 2025 job; None for a job of the first
    API, named by ``job_id`` only). ``status`` is the job's last state
    (``SerializationJob``, or ``JobStatus`` for the first API).
    ``settings_created``: True if the run set the allocation settings, False
    if they were refused (a twin with serials keeps its own), None when the
    run sent none (or resumed a job). ``serials``: every serial of the twin
    (``SerialItem`` with flags and attributes; ``Serial`` from the first API).
    """

    digital_twin_id: str
    job_id: str
    status: SerializationJob | JobStatus
    settings_created: bool | None
    serials: AsyncPager[SerialItem] | AsyncPager[Serial]
    identifier: str | None = None

    def __aiter__(self) -> AsyncIterator[SerialItem | Serial]:
        return self.serials.__aiter__()


class AsyncIlluminate(AsyncJobCalls, AsyncSerialItemCalls):
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
        attributes: AttributeDefinitions | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Any:
        """Set or update the account's allocation settings, or (``digital_twin_id``) set the twin's.

        The account's settings may change at any time; ``attributes`` (a
        list of ``{"name", "mandatory"}``, or name -> mandatory) replaces the
        account's serial attributes (left out, they stay). A twin's settings
        can change until it has serials; then SettingsAlreadySetError.
        ``symbols`` may be one of the named sets (``AN_47``, ``GS1_36W``,
        ``GS1_64W``, ``UAN_27``) or any 3+ distinct GS1 AI (21) characters.
        """
        body = settings_body(strategy, length, symbols)
        if attributes is not None:
            if digital_twin_id is not None:
                raise TypeError("attributes= belong to the account's settings; a twin's settings take none")
            body["attributes"] = attribute_definitions(attributes)
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
        """Set allocation settings; False when the server keeps the ones it has.

        The account's are set or updated (True). A twin's are refused once it
        has serials (False: its own settings apply, which never change then).
        """
        try:
            await self.set_allocation_settings(
                strategy=strategy, length=length, symbols=symbols, digital_twin_id=digital_twin_id, timeout=timeout
            )
        except SettingsAlreadySetError:
            log.info("allocation settings already exist and cannot change now, so the existing ones apply")
            return False
        return True

    # -------------------------------------------------------------- serials and the whole run

    def serials(
        self,
        digital_twin_id: str,
        *,
        order: SerialOrder = SerialOrder.CREATED_ASC,
        first: int = MAX_PAGE_SIZE,
        after: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[Serial]:
        """Every serial of the twin from the first API's list (``/rest/serials``), oldest first.

        ``serial_items`` is the 2025 list, with each serial's flags and attributes.
        """
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
        identifier: str | None = None,
        strategy: SerialStrategy | str | None = None,
        length: int | None = None,
        symbols: str | None = None,
        twin_settings: bool = False,
        attributes: Mapping[str, str] | None = None,
        flags: Iterable[str] | None = None,
        legacy: bool = False,
        job_id: str | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        first: int = MAX_PAGE_SIZE,
    ) -> AsyncSerializationRun:
        """The documented workflow: settings (if asked for), job, wait, serials.

        Settings are sent only when ``strategy``, ``length`` or ``symbols`` is
        given (the others default to RANDOM_NUMERIC, or RANDOM_ALPHANUMERIC
        with ``symbols``, and length 10): to the account, which updates its
        settings, or with ``twin_settings=True`` to the twin, which keeps its
        own once it has serials. Without them the settings in force apply.

        The job is a 2025 job (``/api/v1``) named ``identifier`` (default
        ``sdk-<uuid4 hex>``), started safely (``start_serialization_job``),
        with ``attributes`` and ``flags`` for its serials; ``serialize(twin,
        identifier=...)`` without a count resumes waiting for it. With
        ``legacy=True`` the job is one of the first API (``/rest/jobs``), and
        ``job_id=`` resumes one of those.
        """
        legacy = legacy or job_id is not None
        if legacy and (identifier is not None or attributes or flags):
            raise TypeError("identifier=, attributes= and flags= are for 2025 jobs, not legacy=True / job_id=")
        resuming = job_id is not None or (identifier is not None and serial_count is None)
        created: bool | None = None
        settings = None
        if not resuming:
            if serial_count is None:
                raise TypeError("serialize() needs serial_count (or identifier= / job_id= to resume a started job)")
            settings = run_settings(strategy, length, symbols)
            if settings is not None:
                twin = digital_twin_id if twin_settings else None
                created = await self.ensure_allocation_settings(**settings, digital_twin_id=twin)
        if legacy:
            if job_id is None:
                assert serial_count is not None
                job_id = await self.start_job(digital_twin_id, serial_count)
            hint = f"await client.serialize({digital_twin_id!r}, job_id={job_id!r})"
            status = await self.wait_for_job(job_id, timeout=timeout, on_progress=on_progress, _resume_hint=hint)
            if created is False and settings is not None:
                warn_if_other_settings(status, settings["strategy"], settings["length"])
            return AsyncSerializationRun(
                digital_twin_id, job_id, status, created, self.serials(digital_twin_id, first=first)
            )
        name = check_identifier(identifier) if identifier is not None else new_identifier()
        hint = f"await client.serialize({digital_twin_id!r}, identifier={name!r})"
        if not resuming:
            assert serial_count is not None
            log.info("starting serialization job %s (should this stop, resume with: %s)", name, hint)
            job = await self.start_serialization_job(
                digital_twin_id, serial_count, identifier=name, attributes=attributes, flags=flags
            )
            name = job.identifier
        done = await self.wait_for_serialization_job(name, timeout=timeout, on_progress=on_progress, _resume_hint=hint)
        items = self.serial_items(digital_twin_id, limit=first)
        return AsyncSerializationRun(digital_twin_id, done.id, done, created, items, identifier=done.identifier)

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

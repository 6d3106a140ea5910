"""The API key never shows: not in any SDK object or exception, however it is printed, copied or pickled,
nor in any log line of any logger at DEBUG (both faces, a recognisable key, the mock over loopback)."""

from __future__ import annotations

import contextlib
import copy
import pickle
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import illuminate_sdk
import pytest
from illuminate_client.api.digital_twins import list_digital_twins
from illuminate_client.api.serials import list_serials
from illuminate_mock.app import create_app
from illuminate_mock.backend import JobTiming, MockConfig
from illuminate_mock.faults import FaultPlan
from illuminate_mock.fixtures import parse_fixture
from illuminate_sdk import (
    ApiKeyAuth,
    IlluminateError,
    JobWaitInterrupted,
    SerialOrder,
    check_api_key,
)

from tests.sdk.helpers import ACCOUNT, Blocking, Face, make_twin
from tests.servers import serve

SECRET = "SeCrEt-Key-7f3a9c1e-DO-NOT-LEAK"
# Every exception class the SDK exports, so that a new one cannot escape the sweep.
EXCEPTIONS = {
    value
    for value in vars(illuminate_sdk).values()
    if isinstance(value, type) and issubclass(value, BaseException) and value.__module__.startswith("illuminate_sdk")
}


def fixture_with_secret() -> Any:
    return parse_fixture(
        {
            "accounts": [{"id": ACCOUNT, "subscriptions": ["ENGAGE_PREMIUM"], "defaultCarrierTypes": ["QR_CODE"]}],
            "apiKeys": [{"key": SECRET, "accountId": ACCOUNT, "roles": ["API_EDITOR", "SERIAL_READ_WRITE"]}],
        }
    )


def renderings(value: object) -> Iterator[str]:
    """Every way a value is commonly turned into text or bytes: repr, str, vars, pickle, copies."""
    if isinstance(value, Blocking):
        value = value.target  # the SDK's own object, not the tests' adapter
    yield repr(value)
    yield str(value)
    if hasattr(value, "__dict__"):
        yield repr(vars(value))
    if isinstance(value, BaseException):
        yield "".join(traceback.format_exception(value))
    with contextlib.suppress(TypeError, AttributeError, pickle.PicklingError):  # refusing is fine: nothing leaves
        yield repr(pickle.dumps(value))
    for copier in (copy.copy, copy.deepcopy):
        try:
            copied = copier(value)
        except (TypeError, AttributeError, pickle.PicklingError):
            continue
        yield repr(copied)
        if hasattr(copied, "__dict__"):
            yield repr(vars(copied))


def using(make: Callable[[], Any], act: Callable[[Any], object]) -> Callable[[], object]:
    """An action on a client of its own, closed afterwards."""

    def action() -> object:
        with make() as other:
            return act(other)

    return action


def status(client: Any) -> object:
    return client.job_status("x")


def caught(action: Callable[[], object]) -> BaseException:
    try:
        action()
    except (IlluminateError, JobWaitInterrupted, ValueError, TypeError) as error:
        return error
    raise AssertionError("expected an error")


def test_the_key_never_leaks(face: Face, every_logger_at_debug: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    caplog = every_logger_at_debug
    texts: list[str] = []
    errors: list[BaseException] = []
    app = create_app(fixture_with_secret(), faults=FaultPlan.parse([]))
    slow_jobs = create_app(fixture_with_secret(), config=MockConfig(job_timing=JobTiming(pending_seconds=3600)))

    def fault(mode: str) -> dict[str, str]:
        return {"X-Mock-Fault": mode}

    with serve(app) as url, serve(slow_jobs) as slow_url, face.connect(SECRET, base_url=url) as client:
        _, twin = make_twin(client)
        run = client.serialize(twin, 50, length=8, on_progress=lambda p: None)
        pager = client.serials(twin, first=5)
        first_page = next(iter(pager.pages()))
        texts += [*renderings(client), repr(client.raw), *renderings(run), repr(pager)]
        texts += [*renderings(first_page), repr(list(run)[:2])]
        item = next(iter(client.serial_items(twin, limit=5)))
        texts += [repr(client.serial_flags_and_attributes(twin, item.serial)), repr(client.jobs())]
        texts.append(repr(list(client.job_csv_rows(run.identifier))[:2]))
        raw = face.raw(
            list_serials, client, account_id=ACCOUNT, first=5, order=SerialOrder.CREATED_ASC, digital_twin_id=twin
        )
        texts.append(repr(raw))

        def with_faults(mode: str, **kwargs: Any) -> Any:
            headers = httpx.Headers(fault(mode))
            transport = httpx.AsyncHTTPTransport() if face.is_async else httpx.HTTPTransport()

            class Faulty(type(transport)):  # type: ignore[misc]
                def handle_request(self, request: httpx.Request) -> httpx.Response:
                    request.headers.update(headers)
                    return super().handle_request(request)

                async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                    request.headers.update(headers)
                    return await super().handle_async_request(request)

            return face.connect(SECRET, base_url=url, transport=Faulty(), **kwargs)

        with face.connect(SECRET, base_url=slow_url) as slow:
            _, slow_twin = make_twin(slow)
            slow.ensure_allocation_settings(strategy="RANDOM_NUMERIC", length=8)
            slow_job = slow.start_job(slow_twin, 5)
            pending = slow.start_serialization_job(slow_twin, 5)

            def slow_csv() -> int:
                with face.connect(SECRET, base_url=slow_url) as other:
                    return int(other.download_job_csv(pending.identifier, tmp_path / "pending.csv"))

            errors.append(caught(lambda: slow.wait_for_job(slow_job, timeout=0.01)))  # JobTimeoutError
            if not face.is_async:  # Ctrl-C while waiting (the async face cancels instead: logged, checked below)
                errors.append(caught(lambda: slow.wait_for_job(slow_job, on_progress=ctrl_c)))
            else:
                texts.append(face.stop_waiting(slow, caplog, lambda c, **kw: c.wait_for_job(slow_job, **kw)))
        app.state.service.backend.serial.fail_next_jobs = 1
        failing_job = client.start_job(twin, 5)
        actions: list[Callable[[], object]] = [
            lambda: client.job_status("missing"),  # NotFoundError
            # SettingsAlreadySetError: the twin has serials (the account's settings may always change).
            lambda: client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=8, digital_twin_id=twin),
            lambda: list(client.paginate(list_digital_twins, order="CREATED_ASC", filter={"colour": "red"})),  # 400
            lambda: list(client.paginate(list_serials, digital_twin_id=twin, order="SIDEWAYS")),  # ValueError
            lambda: client.start_job(twin, 10**12),  # ConflictError: more than the space left
            lambda: slow_csv(),  # JobNotCompletedError: the job is still PENDING
            # JobStartUnconfirmedError: the start and the look-up by identifier both dropped.
            using(lambda: with_faults("drop=after", retries=False), lambda c: c.start_serialization_job(twin, 5)),
            lambda: client.wait_for_job(failing_job),  # JobFailedError
            lambda: client.digital_twin_id(product_id="nope"),  # DigitalTwinNotFoundError
            lambda: client.call(list_serials, digital_twin_id=twin, order="CREATED_ASC", colour="red"),  # TypeError
            using(lambda: face.connect(SECRET + "x", base_url=url), status),  # AuthenticationError
            using(lambda: face.connect(SECRET, account_id="other", base_url=url), status),  # PermissionDeniedError
            using(lambda: face.connect(SECRET, base_url="http://127.0.0.1:9", retries=False), status),  # connect
            using(lambda: with_faults("latency=500", timeout=0.05, retries=False), status),  # APITimeoutError
            using(lambda: with_faults("rate-limit", retries=False), status),  # RateLimitError
            using(lambda: with_faults("server-error=503", retries=False), status),  # InternalServerError
            using(lambda: with_faults("wrong-type"), lambda c: c.job_status(failing_job)),  # UnexpectedResponse
            using(lambda: with_faults("broken-pagination-header"), lambda c: list(c.serials(twin))),  # Pagination
            lambda: face.connect(SECRET + " with a space", base_url=url),  # ConfigurationError
            lambda: check_api_key(f"{SECRET}\n{SECRET}"),  # ConfigurationError, from the check the CLI shares
        ]
        errors += [caught(action) for action in actions]

    with pytest.raises(TypeError):
        pickle.dumps(ApiKeyAuth(SECRET, httpx.URL("https://x")))
    with pytest.raises(TypeError):
        copy.deepcopy(ApiKeyAuth(SECRET, httpx.URL("https://x")))
    expected = EXCEPTIONS - {illuminate_sdk.IlluminateError, illuminate_sdk.APIStatusError}
    if face.is_async:
        expected -= {JobWaitInterrupted}
    assert expected <= {type(error) for error in errors}, expected - {type(error) for error in errors}
    for error in errors:
        texts += renderings(error)
        restored = pickle.loads(pickle.dumps(error))
        assert (type(restored), str(restored), vars(restored).keys()) == (type(error), str(error), vars(error).keys())
    for record in caplog.records:
        texts += [record.getMessage(), repr(record.args), repr(vars(record))]
    texts.append(caplog.text)
    assert any("HTTP Request" in t for t in texts)  # httpx did log
    assert any("send_request_headers" in t for t in texts)  # and httpcore at DEBUG
    leaks = [t for t in texts if SECRET in t]
    assert not leaks, leaks[:3]


def ctrl_c(progress: float) -> None:
    raise KeyboardInterrupt

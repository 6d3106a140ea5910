"""Starting a 2025 job is safe to repeat: a start that may have reached the server is looked up by its
identifier before it is ever sent again, and exactly one job comes of it (both faces).

Against ``fake_jobs.FakeJobServer`` (faults after the job was made, late starts) and against the mock
(its own faults, before and after handling, and 30% of random faults on every request).
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
import respx
from illuminate_mock.app import create_app
from illuminate_mock.faults import FaultPlan
from illuminate_sdk import (
    APIConnectionError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    JobStartUnconfirmedError,
    RetryPolicy,
)
from illuminate_spec.loader import load_spec

from tests.sdk.fake_jobs import FakeJobServer
from tests.sdk.helpers import ACCOUNT, V1, Face, FakeTime, HeaderTransport, error_body, make_twin
from tests.servers import serve

TWIN = "twin-1"


def connect(face: Face, server: FakeJobServer, fake_time: FakeTime, **kwargs: Any) -> Any:
    return face.connect(transport=server.transport(), fake_time=fake_time, **kwargs)


# ------------------------------------------------------------------ the identifier


def test_an_identifier_is_made_when_none_is_given_and_fits_the_spec(client: Any) -> None:
    schema = load_spec().document["components"]["schemas"]["JobIdentifier"]
    with respx.mock() as router:
        route = router.post(f"{V1}/jobs/serialization").mock(
            side_effect=lambda request: httpx.Response(
                200, json={"id": "j", "status": "PENDING", "identifier": json.loads(request.content)["identifier"]}
            )
        )
        names = {client.start_serialization_job(TWIN, 5).identifier for _ in range(3)}
    assert len(names) == 3  # a fresh one per start
    for name in names:
        assert re.fullmatch(r"sdk-[0-9a-f]{32}", name)
        assert re.fullmatch(schema["pattern"], name)
        assert schema["minLength"] <= len(name) <= schema["maxLength"]
    sent = json.loads(route.calls.last.request.content)
    assert sent == {"digitalTwinId": TWIN, "count": 5, "identifier": sent["identifier"]}


@pytest.mark.parametrize("bad", ["", "a/b", "what?", "#1"])
def test_a_given_identifier_must_be_a_path_segment(client: Any, bad: str) -> None:
    with pytest.raises(ValueError, match="identifier"):
        client.start_serialization_job(TWIN, 5, identifier=bad)


def test_attributes_flags_and_carriers_go_in_the_body(client: Any) -> None:
    with respx.mock() as router:
        route = router.post(f"{V1}/jobs/serialization").respond(
            json={"id": "j", "status": "PENDING", "identifier": "job_1"}
        )
        client.start_serialization_job(
            TWIN,
            10,
            identifier="job_1",
            attributes={"warranty_start": "2025-04-01"},
            flags=["flag1", "flag1", "flag2"],
            qr_code=True,
            watermark=False,
            url_format="DigitalLink",
        )
    assert json.loads(route.calls.last.request.content) == {
        "digitalTwinId": TWIN,
        "count": 10,
        "identifier": "job_1",
        "attributes": {"warranty_start": "2025-04-01"},
        "flags": ["flag1", "flag2"],
        "overrideDataCarrierDefaults": True,
        "qrCode": True,
        "watermark": False,
        "urlFormat": "DigitalLink",
    }
    with pytest.raises(TypeError, match="both qr_code= and watermark="):
        client.start_serialization_job(TWIN, 10, qr_code=True)
    with pytest.raises(TypeError, match="url_format="):
        client.start_serialization_job(TWIN, 10, qr_code=True, watermark=True)
    with pytest.raises(ValueError, match="attribute name"):
        client.start_serialization_job(TWIN, 10, attributes={"Warranty": "x"})


# ------------------------------------------------------------------ faults after the request left


@pytest.mark.parametrize("fault", ["drop-after", "503-after", "timeout-after", "empty-201"])
def test_a_start_that_reached_the_server_is_found_not_repeated(face: Face, fake_time: FakeTime, fault: str) -> None:
    server = FakeJobServer(start_faults=[fault])
    with connect(face, server, fake_time) as client:
        job = client.start_serialization_job(TWIN, 5, identifier="job_1")
    assert list(server.jobs) == ["job_1"]
    assert job.id == server.jobs["job_1"]["id"]
    assert server.starts == 1  # looked up, never sent again
    assert server.reads == 1


@pytest.mark.parametrize(("fault", "waited"), [("503-before", None), ("429-before", 3.0)])
def test_a_start_the_server_never_made_is_sent_again_after_looking(
    face: Face, fake_time: FakeTime, fault: str, waited: float | None
) -> None:
    server = FakeJobServer(start_faults=[fault])
    policy = RetryPolicy(jitter=0.0)
    with connect(face, server, fake_time, retries=policy) as client:
        job = client.start_serialization_job(TWIN, 5, identifier="job_1")
    assert (list(server.jobs), job.identifier) == (["job_1"], "job_1")
    assert (server.starts, server.reads) == (2, 1)  # start, look (404), start again
    assert fake_time.sleeps == [waited if waited is not None else policy.backoff(1)]  # Retry-After, else back-off


def test_a_late_start_and_a_409_to_the_resend_still_make_one_job(face: Face, fake_time: FakeTime) -> None:
    """The first start times out and lands only after the look-up saw nothing; the resend is refused (409):
    the job is read and it is the one returned."""
    server = FakeJobServer(start_faults=["timeout-late"])
    with connect(face, server, fake_time) as client:
        job = client.start_serialization_job(TWIN, 5, identifier="job_1")
    assert list(server.jobs) == ["job_1"]
    assert job.id == server.jobs["job_1"]["id"]
    assert (server.starts, server.reads) == (2, 2)


def test_many_faults_in_a_row_still_make_exactly_one_job(face: Face, fake_time: FakeTime) -> None:
    server = FakeJobServer(start_faults=["503-before", "429-before", "timeout-late", "503-after"])
    with connect(face, server, fake_time, retries=10) as client:
        job = client.start_serialization_job(TWIN, 5, identifier="job_1")
    assert list(server.jobs) == ["job_1"]
    assert job.id == server.jobs["job_1"]["id"]
    assert server.starts == 4  # the fourth start met a 409, and the job was read


def test_when_retries_run_out_nothing_was_made_and_the_last_error_is_raised(face: Face, fake_time: FakeTime) -> None:
    retries = 2
    server = FakeJobServer(start_faults=["503-before"] * 10)
    with connect(face, server, fake_time, retries=retries) as client, pytest.raises(InternalServerError):
        client.start_serialization_job(TWIN, 5, identifier="job_1")
    assert server.jobs == {}
    assert server.starts == retries + 1
    assert server.reads == retries + 1  # every failed start was looked up (and not found)


def test_with_retries_off_a_start_is_sent_once_and_looked_up_once(face: Face, fake_time: FakeTime) -> None:
    server = FakeJobServer(start_faults=["503-before"])
    with connect(face, server, fake_time, retries=False) as client, pytest.raises(InternalServerError):
        client.start_serialization_job(TWIN, 5, identifier="job_1")
    assert (server.starts, server.reads, server.jobs) == (1, 1, {})
    found = FakeJobServer(start_faults=["drop-after"])
    with connect(face, found, fake_time, retries=False) as client:
        assert client.start_serialization_job(TWIN, 5, identifier="job_1").identifier == "job_1"
    assert (found.starts, found.reads) == (1, 1)


def test_when_the_look_up_fails_too_the_error_names_the_identifier(face: Face, fake_time: FakeTime) -> None:
    server = FakeJobServer(start_faults=["drop-after"], read_faults=["drop"] * 10)
    with (
        connect(face, server, fake_time, retries=1) as client,
        pytest.raises(JobStartUnconfirmedError, match=r"client\.serialization_job\('job_1'\)") as caught,
    ):
        client.start_serialization_job(TWIN, 5, identifier="job_1")
    assert caught.value.identifier == "job_1"
    assert isinstance(caught.value, APIConnectionError)
    assert caught.value.may_have_reached_server
    assert isinstance(caught.value.start_error, APIConnectionError)
    assert server.starts == 1  # unknown whether it exists: never sent again


def test_a_409_to_the_first_start_is_a_conflict_without_a_look_up(face: Face, fake_time: FakeTime) -> None:
    server = FakeJobServer()
    server.jobs["job_1"] = {"id": "old", "identifier": "job_1", "status": "COMPLETED"}
    with connect(face, server, fake_time) as client, pytest.raises(ConflictError):
        client.start_serialization_job(TWIN, 5, identifier="job_1")
    assert (server.starts, server.reads) == (1, 0)


def test_a_job_found_for_another_twin_is_not_taken_for_this_one(face: Face, fake_time: FakeTime) -> None:
    """The identifier was taken before; the start's answer was lost, so the look-up finds the other job."""
    server = FakeJobServer(start_faults=["503-before"])
    server.jobs["job_1"] = {"id": "old", "identifier": "job_1", "status": "COMPLETED", "digitalTwinId": "other-twin"}
    with connect(face, server, fake_time) as client, pytest.raises(ConflictError, match="not the one started"):
        client.start_serialization_job(TWIN, 5, identifier="job_1")
    assert server.starts == 1


def test_other_failures_are_raised_at_once(client: Any) -> None:
    with respx.mock() as router:
        start = router.post(f"{V1}/jobs/serialization").respond(400, json=error_body(400, "count too large"))
        with pytest.raises(BadRequestError):
            client.start_serialization_job(TWIN, 5)
    assert start.call_count == 1


def test_a_connection_never_made_is_retried_by_the_transport_without_a_look_up(client: Any) -> None:
    with respx.mock(assert_all_called=False) as router:
        start = router.post(f"{V1}/jobs/serialization").mock(
            side_effect=[
                httpx.ConnectError("refused"),
                httpx.Response(200, json={"id": "j", "status": "PENDING", "identifier": "a"}),
            ]
        )
        look = router.get(f"{V1}/jobs/serialization/a")
        assert client.start_serialization_job(TWIN, 5, identifier="a").id == "j"
    assert (start.call_count, look.call_count) == (2, 0)


def test_the_first_apis_start_is_still_never_resent(client: Any) -> None:
    """No identifier to look it up by: a job of /rest/jobs is sent once, as before."""
    with respx.mock() as router:
        route = router.post("https://api.test/rest/jobs/serialGeneration").mock(side_effect=httpx.ReadTimeout("x"))
        with pytest.raises(APIConnectionError, match="check before repeating"):
            client.start_job(TWIN, 5)
    assert route.call_count == 1


# ------------------------------------------------------------------ against the mock


class PostFaults(HeaderTransport):
    """X-Mock-Fault on the job starts only, one fault per start from a list."""

    def __init__(self, faults: list[str]) -> None:
        super().__init__()
        self.faults = faults

    def _note(self, request: httpx.Request) -> None:
        super()._note(request)
        if request.method == "POST" and request.url.path.endswith("/jobs/serialization"):
            request.headers["X-Mock-Fault"] = self.faults.pop(0) if self.faults else "none"


@pytest.mark.parametrize(
    ("faults", "starts"),
    [(["drop=after"], 1), (["server-error=503"], 2), (["drop=before", "rate-limit=0"], 3)],
    ids=["dropped-after-handling", "503-before-handling", "dropped-then-429"],
)
def test_on_the_mock_a_faulty_start_makes_exactly_one_job(face: Face, faults: list[str], starts: int) -> None:
    app = create_app(faults=FaultPlan.parse([]))
    transport = PostFaults(list(faults))  # a copy: the parameter is shared by both faces
    with serve(app) as url, face.connect(base_url=url, transport=transport, fake_time=FakeTime()) as client:
        _, twin = make_twin(client)
        client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=8)
        job = client.start_serialization_job(twin, 7, identifier="exactly-once")
        assert client.wait_for_serialization_job(job.identifier).status == "COMPLETED"
    backend = app.state.service.backend.serial
    assert list(backend.named_jobs[ACCOUNT]) == ["exactly-once"]
    assert [j.identifier for j in backend.jobs.values()] == ["exactly-once"]
    assert transport.sent[("POST", f"/api/v1/accounts/{ACCOUNT}/jobs/serialization")] == starts


def test_under_30_percent_faults_every_start_makes_exactly_one_job(face: Face) -> None:
    plan = FaultPlan.parse("rate-limit@0.1,server-error=503@0.1,drop=after@0.05,drop@0.05", seed=11)
    app = create_app(faults=plan)
    transport = HeaderTransport({"X-Mock-Fault": "none"})
    starts = 100
    with (
        serve(app) as url,
        face.connect(base_url=url, transport=transport, retries=10, fake_time=FakeTime()) as client,
    ):
        _, twin = make_twin(client)
        client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=10)
        transport.active = False  # from here on, every request may be faulted
        made = [client.start_serialization_job(twin, 3, identifier=f"run-{n}").identifier for n in range(starts)]
    backend = app.state.service.backend.serial
    names = [job.identifier for job in backend.jobs.values()]
    assert sorted(names) == sorted(made) == sorted(f"run-{n}" for n in range(starts))  # one job each, none twice
    sent = transport.sent[("POST", f"/api/v1/accounts/{ACCOUNT}/jobs/serialization")]
    assert sent > starts  # faults made the SDK send some again (after looking)


def test_serialize_names_its_job_before_starting_it(face: Face, caplog: pytest.LogCaptureFixture) -> None:
    """Should the start itself be interrupted, the log already says how to resume."""
    server = FakeJobServer()
    with face.connect(transport=server.transport(), fake_time=FakeTime()) as client, caplog.at_level("INFO"):
        run = client.serialize(TWIN, 5)  # the serials' pager is not iterated: nothing is listed
    assert list(server.jobs) == [run.identifier]
    assert f"client.serialize('{TWIN}', identifier='{run.identifier}')" in caplog.text

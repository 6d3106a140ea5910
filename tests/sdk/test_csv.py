"""A job's CSV: streamed to a file (temporary, renamed at the end, nothing left on failure), as chunks or rows,
its serial lines counted; a job not completed is JobNotCompletedError (MockTransport and the mock, both faces)."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from illuminate_mock.app import create_app
from illuminate_mock.backend import JobTiming, MockConfig
from illuminate_sdk import ConflictError, JobNotCompletedError, LineCounter, NotFoundError
from illuminate_sdk._csv import CsvRows
from illuminate_spec.gs1 import CSET82

from tests.sdk.helpers import V1, Face, error_body, make_twin
from tests.servers import serve

HEADER = b"id,serial,digitalTwinId,carrierUrl\n"
CSV_PATH = f"{V1}/jobs/serialization/job_1/csv"


def line(n: int) -> bytes:
    return (
        f"{n:08x}-0000-0000-0000-000000000000,{n:010d},twin-1,https://example.com/01/09506000134352/21/{n}\n".encode()
    )


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A CSV body made chunk by chunk as it is read (never whole); ``fail`` is raised after ``fail_after`` chunks."""

    def __init__(self, lines: int, per_chunk: int = 500, fail: BaseException | None = None, fail_after: int = 0):
        self.lines, self.per_chunk, self.fail, self.fail_after = lines, per_chunk, fail, fail_after

    def chunks(self) -> Iterator[bytes]:
        yield HEADER
        for sent, start in enumerate(range(0, self.lines, self.per_chunk)):
            if self.fail is not None and sent == self.fail_after:
                raise self.fail
            yield b"".join(line(n) for n in range(start, min(start + self.per_chunk, self.lines)))

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks():
            yield chunk


def serving(answer: Callable[[], httpx.Response]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url == CSV_PATH
        return answer()

    return httpx.MockTransport(handler)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ------------------------------------------------------------------ counting, without I/O


@pytest.mark.parametrize(
    ("text", "serials"),
    [
        (b"", 0),
        (b"id,serial\n", 0),
        (b"id,serial\n1,a\n2,b\n", 2),
        (b"id,serial\r\n1,a\r\n2,b\r\n", 2),
        (b"id,serial\n1,a\n2,b", 2),  # no line break after the last line
        (b'id,serial\n1,"a,b"\n2,"say ""hi"""\n', 2),
        (b'id,serial\n1,"two\nlines"\n2,b\n', 2),
    ],
    ids=["empty", "header-only", "lf", "crlf", "no-final-break", "quotes-and-commas", "break-inside-quotes"],
)
def test_serial_lines_are_counted_however_the_csv_is_cut(text: bytes, serials: int) -> None:
    for size in (1, 2, 3, 7, len(text) or 1):
        counter = LineCounter()
        for start in range(0, len(text), size):
            counter.feed(text[start : start + size])
        assert counter.serials == serials, size


@settings(max_examples=200)
@given(
    rows=st.lists(st.lists(st.text(alphabet=CSET82 + "\n", max_size=12), min_size=4, max_size=4), max_size=30),
    cuts=st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=20),
)
def test_counting_agrees_with_the_csv_module(rows: list[list[str]], cuts: list[int]) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "serial", "digitalTwinId", "carrierUrl"])
    writer.writerows(rows)
    data = out.getvalue().encode()
    counter, at, index = LineCounter(), 0, 0
    while at < len(data):
        size = cuts[index % len(cuts)]
        counter.feed(data[at : at + size])
        at, index = at + size, index + 1
    assert counter.serials == len(list(csv.reader(io.StringIO(out.getvalue())))) - 1
    parsed = CsvRows()
    got = [row for text in out.getvalue().split("\n") if (row := parsed.feed(text)) is not None]
    assert [list(row.values()) for row in got] == rows


# ------------------------------------------------------------------ download_job_csv


def test_the_csv_is_written_to_the_file_and_its_serials_counted(face: Face, tmp_path: Path) -> None:
    count = 12_345
    target = tmp_path / "serials.csv"
    with face.connect(transport=serving(lambda: httpx.Response(200, stream=Body(count)))) as client:
        assert client.download_job_csv("job_1", target) == count
    assert target.read_bytes() == HEADER + b"".join(line(n) for n in range(count))
    assert leftovers(tmp_path) == ["serials.csv"]  # the temporary file was renamed, not copied


@pytest.mark.slow
def test_memory_stays_flat_however_large_the_csv(face: Face, tmp_path: Path) -> None:
    """About 30 MB of CSV through a peak of a few MiB: only a block is ever held."""
    count = 300_000
    with face.connect(transport=serving(lambda: httpx.Response(200, stream=Body(count, per_chunk=200)))) as client:
        tracemalloc.start()
        try:
            assert client.download_job_csv("job_1", tmp_path / "big.csv") == count
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    size = (tmp_path / "big.csv").stat().st_size
    assert size > 25 * 2**20
    assert peak < 8 * 2**20, f"peak {peak / 2**20:.1f} MiB for {size / 2**20:.0f} MiB of CSV"


@pytest.mark.parametrize(
    "failure",
    [httpx.ReadError("connection reset"), httpx.RemoteProtocolError("peer closed connection")],
    ids=["reset", "closed"],
)
def test_a_body_that_breaks_off_leaves_nothing_and_the_old_file_as_it_was(
    face: Face, tmp_path: Path, failure: Exception
) -> None:
    target = tmp_path / "serials.csv"
    target.write_text("the previous export\n")
    body = Body(5000, per_chunk=100, fail=failure, fail_after=10)
    with (
        face.connect(transport=serving(lambda: httpx.Response(200, stream=body)), retries=False) as client,
        pytest.raises(Exception, match="connection") as caught,
    ):
        client.download_job_csv("job_1", target)
    assert "failed" in str(caught.value)
    assert leftovers(tmp_path) == ["serials.csv"]
    assert target.read_text() == "the previous export\n"


def test_ctrl_c_while_downloading_leaves_nothing(face: Face, tmp_path: Path) -> None:
    body = Body(5000, per_chunk=100, fail=KeyboardInterrupt(), fail_after=10)
    with (
        face.connect(transport=serving(lambda: httpx.Response(200, stream=body))) as client,
        pytest.raises(KeyboardInterrupt),
    ):
        client.download_job_csv("job_1", tmp_path / "serials.csv")
    assert leftovers(tmp_path) == []


def test_cancelling_mid_stream_leaves_nothing(face: Face, tmp_path: Path) -> None:
    """Ctrl-C under asyncio cancels the task (the sync face's Ctrl-C is the test above): the same cleanup runs."""

    class Slow(Body):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            for chunk in self.chunks():
                yield chunk
                await asyncio.sleep(0.01)

    with face.connect(transport=serving(lambda: httpx.Response(200, stream=Slow(10_000, per_chunk=10)))) as client:
        if face.is_async:

            async def cancelled() -> None:
                async with asyncio.timeout(0.2):
                    await client.target.download_job_csv("job_1", tmp_path / "serials.csv")

            with pytest.raises(TimeoutError):
                face.run(cancelled())
        else:
            assert client.download_job_csv("job_1", tmp_path / "serials.csv") == 10_000
            (tmp_path / "serials.csv").unlink()
    assert leftovers(tmp_path) == []


def test_the_async_face_writes_off_the_event_loop(face: Face, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hops: list[Any] = []
    to_thread = asyncio.to_thread

    async def recording(function: Any, *args: Any) -> Any:
        hops.append(function)
        return await to_thread(function, *args)

    monkeypatch.setattr(asyncio, "to_thread", recording)
    with face.connect(transport=serving(lambda: httpx.Response(200, stream=Body(20_000)))) as client:
        assert client.download_job_csv("job_1", tmp_path / "serials.csv") == 20_000
    size = (tmp_path / "serials.csv").stat().st_size
    if face.is_async:
        assert 1 <= len(hops) <= -(-size // (1 << 20))  # one worker-thread hop per block of at least 1 MiB
    else:
        assert hops == []


def test_a_job_not_completed_is_its_own_error(face: Face, tmp_path: Path) -> None:
    answer = httpx.Response(409, json=error_body(409, "job 'job_1' is PENDING"))
    with face.connect(transport=serving(lambda: answer)) as client:
        with pytest.raises(JobNotCompletedError, match="wait for it") as caught:
            client.download_job_csv("job_1", tmp_path / "serials.csv")
        with pytest.raises(JobNotCompletedError):
            list(client.job_csv_rows("job_1"))
    assert isinstance(caught.value, ConflictError)
    assert caught.value.status_code == 409
    assert leftovers(tmp_path) == []


def test_an_unknown_job_is_not_found(face: Face, tmp_path: Path) -> None:
    answer = httpx.Response(404, json=error_body(404, "job 'job_1' not found"))
    with face.connect(transport=serving(lambda: answer)) as client, pytest.raises(NotFoundError):
        client.download_job_csv("job_1", tmp_path / "serials.csv")
    assert leftovers(tmp_path) == []


def test_a_missing_folder_fails_before_anything_is_sent(face: Face, tmp_path: Path) -> None:
    def never() -> httpx.Response:
        raise AssertionError("sent")

    with face.connect(transport=serving(never)) as client, pytest.raises(FileNotFoundError):
        client.download_job_csv("job_1", tmp_path / "no-such-folder" / "serials.csv")


def test_a_5xx_before_the_body_is_retried_and_the_body_is_not_read_in_the_retry_loop(
    face: Face, tmp_path: Path
) -> None:
    answers = iter([httpx.Response(503, json=error_body(503, "busy")), httpx.Response(200, stream=Body(10))])
    with face.connect(transport=serving(lambda: next(answers)), sleep=_no_sleep(face)) as client:
        assert client.download_job_csv("job_1", tmp_path / "serials.csv") == 10


def _no_sleep(face: Face) -> Any:
    async def asleep(seconds: float) -> None:
        return None

    return asleep if face.is_async else (lambda seconds: None)


# ------------------------------------------------------------------ chunks and rows


def test_chunks_and_rows_as_they_arrive(face: Face) -> None:
    with face.connect(transport=serving(lambda: httpx.Response(200, stream=Body(1200, per_chunk=500)))) as client:
        chunks = list(client.job_csv("job_1"))
        rows = list(client.job_csv_rows("job_1"))
    assert b"".join(chunks) == HEADER + b"".join(line(n) for n in range(1200))
    assert len(rows) == 1200
    assert rows[0] == {
        "id": "00000000-0000-0000-0000-000000000000",
        "serial": "0000000000",
        "digitalTwinId": "twin-1",
        "carrierUrl": "https://example.com/01/09506000134352/21/0",
    }


@pytest.mark.parametrize(
    ("status", "headers", "content"),
    [
        (200, {"content-type": "text/csv"}, b"id,serial\r\n1,a\r\n2,b\r\n"),
        (200, {"content-type": "text/csv; charset=utf-8"}, b"\xef\xbb\xbfid,serial\n1,a\n2,b"),
        (200, {"content-type": "application/octet-stream"}, b"id,serial\n1,a\n\n2,b\n"),
        (201, {"content-type": "text/plain"}, b'id,serial\n1,a\n2,"b"\n'),
        (200, {"content-type": "text/csv"}, b"id,serial,extra\n1,a,x\n2,b\n"),
    ],
    ids=["crlf", "bom-no-final-break", "octet-stream-blank-line", "201-text-quoted", "extra-and-missing-fields"],
)
def test_plausible_csv_answers_are_read(
    face: Face, tmp_path: Path, status: int, headers: dict[str, str], content: bytes
) -> None:
    with face.connect(transport=serving(lambda: httpx.Response(status, headers=headers, content=content))) as client:
        rows = list(client.job_csv_rows("job_1"))
        written = client.download_job_csv("job_1", tmp_path / "x.csv")
    assert [(row["id"], row["serial"]) for row in rows] == [("1", "a"), ("2", "b")]
    assert written == len(rows) + content.count(b"\n\n")  # a blank line counts as a line, not as a row
    assert (tmp_path / "x.csv").read_bytes() == content


def test_an_empty_answer_is_no_serials(face: Face, tmp_path: Path) -> None:
    with face.connect(transport=serving(lambda: httpx.Response(204))) as client:
        assert list(client.job_csv_rows("job_1")) == []
        assert client.download_job_csv("job_1", tmp_path / "x.csv") == 0
    assert (tmp_path / "x.csv").read_bytes() == b""


# ------------------------------------------------------------------ against the mock


def test_the_csv_of_a_job_on_the_mock(live: Any, tmp_path: Path) -> None:
    _, twin = make_twin(live)
    run = live.serialize(twin, 1500, length=9)
    serials = {s.id: s.serial for s in run}
    assert live.download_job_csv(run.identifier, tmp_path / "job.csv") == len(serials) == 1500
    rows = list(live.job_csv_rows(run.identifier))
    assert {row["id"]: row["serial"] for row in rows} == serials
    with (tmp_path / "job.csv").open(newline="") as written:
        assert list(csv.DictReader(written)) == rows
    assert os.listdir(tmp_path) == ["job.csv"]


def test_the_csv_of_a_pending_job_on_the_mock(face: Face, tmp_path: Path) -> None:
    app = create_app(config=MockConfig(job_timing=JobTiming(pending_seconds=3600)))
    with serve(app) as url, face.connect(base_url=url) as client:
        _, twin = make_twin(client)
        client.set_allocation_settings(strategy="RANDOM_NUMERIC", length=8)
        job = client.start_serialization_job(twin, 5)
        with pytest.raises(JobNotCompletedError):
            client.download_job_csv(job.identifier, tmp_path / "job.csv")
    assert os.listdir(tmp_path) == []


def test_the_public_line_counter_reads_quoted_line_breaks_in_any_chunking() -> None:
    text = b'id,serial,url\r\n1,"a,""b""",x\r\n2,"line\r\nbreak",y\r\n3,plain,"z""\n"\r\n4,last,no-end'
    for cut in range(len(text) + 1):
        for step in (1, 2, 3, 7):
            counter = LineCounter()
            counter.feed(text[:cut])
            for start in range(cut, len(text), step):
                counter.feed(text[start : start + step])
            assert counter.serials == 4, (cut, step)
    empty = LineCounter()
    empty.feed(b"id,serial\r\n")
    assert empty.serials == 0

"""A 2025 job's CSV, streamed from the SDK to ``--file`` as it arrives: flat memory, no partial file.

The bytes go out exactly as the server sent them (``_files.open_bytes``: the
same kinds of path, the same no-debris rules as ``serials export``). Serials
are counted as the lines pass, for the progress bar and the closing note; a
quoted field may hold a line break (a serial may contain ``"`` and ``,``, and
a URL anything), so only a line break outside quotes ends a record.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from illuminate_sdk import Illuminate, JobNotCompletedError, LineCounter

from . import _files
from ._errors import CliError, Exit, interrupted
from ._jobs import short
from ._progress import progress


@contextmanager
def _stream(client: Illuminate, identifier: str) -> Iterator[Iterator[bytes]]:
    """The CSV's chunks; the response is closed when the block ends, however it ends."""
    chunks = client.job_csv(identifier)
    try:
        yield chunks
    finally:
        close = getattr(chunks, "close", None)  # a generator: closing it closes the response
        if close is not None:
            close()


def not_completed(identifier: str, status: str, resume: str) -> CliError:
    if status == "FAILED":
        return CliError(f"job {identifier} FAILED: it has no CSV (nothing was written)", Exit.JOB_FAILED)
    return CliError(
        f"job {identifier} is {status}: its CSV is there once it is COMPLETED (nothing was written). "
        f"Wait for it with: {resume}",
        Exit.CONFLICT,
    )


def download(
    client: Illuminate, identifier: str, target: _files.Target, *, total: int | None, progress_mode: str, resume: str
) -> int:
    """The job's CSV to ``target``; the number of serials written.

    Ctrl-C, SIGTERM and SIGHUP (``_signals``) arrive as KeyboardInterrupt: the
    temporary file is removed on the way out and the message says so.
    """
    counter = LineCounter()
    try:
        with (
            _files.open_bytes(target) as sink,
            progress(progress_mode, f"csv {short(identifier)}", total=total) as bar,
            _stream(client, identifier) as chunks,
        ):
            for chunk in chunks:
                sink.write(chunk)
                counter.feed(chunk)
                bar.update(counter.serials)
    except JobNotCompletedError:  # it was COMPLETED a moment ago: a server that changed its mind
        raise not_completed(identifier, "not COMPLETED", resume) from None
    except KeyboardInterrupt:
        done = counter.serials
        if target.kind is _files.Kind.REPLACE:
            raise interrupted(f" after {done:,} serials; nothing was written to {target.shown}") from None
        raise interrupted(f" after {done:,} serials; {target.shown} has only part of them") from None
    return counter.serials

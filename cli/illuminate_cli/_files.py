"""Where an export may write, decided per kind of path, and writing there without debris.

``--file PATH`` of ``serials export`` (rows written as text) and of ``jobs
csv`` (a job's CSV written as the bytes arrive), by what PATH is (links followed to what they name):

- ``-``: stdout.
- a new path, or a regular file: written as a hidden ``.NAME.*.part`` beside
  it and renamed over it (``os.replace``) once complete; removed on an error,
  Ctrl-C, SIGTERM or SIGHUP, so a file at PATH is always whole. A replaced
  file keeps its permissions; a link to a regular file stays a link (its
  target is what gets replaced); a read-only file is refused.
- a character device or a FIFO (``/dev/null``, a named pipe), and the
  descriptor paths ``/dev/stdout``, ``/dev/stderr``, ``/dev/fd/N``,
  ``/proc/self/fd/N``: written straight through, no temporary, no rename.
  Replacing one would turn the device or pipe into a regular file (a copy of
  ``/dev/full`` grew to 58 MB and its "disk full" never showed), and a
  descriptor path names what the caller opened (appended to, never
  truncated). A stream keeps what was written before a failure.
- a folder, a socket, a block device, a link to nothing, a loop of links:
  refused with one line naming the path (exit 1), before any request.

Only a regular file is ever replaced. A write error (ENOSPC on /dev/full or a
full disk, EIO) is one line naming PATH, exit 1; a pipe whose reader stopped
early (``| head``) ends the command quietly, as with ``-``.

Rows are data and are written exactly, except to a terminal (``-`` or
``/dev/tty`` when it is one): there a person reads them, so they pass
``_safe.sanitize_lines`` like every other output (a CSV's CRLF line ends are
shown as plain line ends there).

``--qr-dir DIR`` must be new or an empty folder (a link to one counts as the
folder it names); the images go to a hidden staging folder beside it, renamed
to DIR at the end and removed on failure or a signal, like the file.
"""

from __future__ import annotations

import codecs
import enum
import io
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, Protocol, TextIO, cast

import click

from ._errors import CliError, Exit
from ._safe import sanitize_lines

BUFFER = 1 << 20  # a page of serials is ~100 KiB: few, large writes
# A lone surrogate (JSON can carry one) has no UTF-8 form: written as a \\udxxx escape, not a failed export.
ERRORS = "backslashreplace"
# Paths that name a descriptor the caller already opened (``-f /dev/stdout > out.csv``).
_DESCRIPTOR = re.compile(r"^/dev/(stdout|stderr|fd/\d+)$|^/proc/(self|\d+)/fd/\d+$")
# ``-f/--file PATH`` of the commands that write an export (the parameter ``path``; ``plan`` decides what it is).
FILE_OPTION = click.option(
    "-f",
    "--file",
    "path",
    default="-",
    show_default=True,
    metavar="PATH",
    help="File to write ('-' for stdout). A file is written whole or not at all; a device or pipe "
    "(/dev/null, a FIFO) is written straight through; a folder is refused.",
)


class Sink(Protocol):
    def write(self, text: str, /) -> int: ...


class ByteSink(Protocol):
    def write(self, data: bytes, /) -> int: ...


class _Terminal:
    """Rows on their way to a terminal: escapes and controls shown as text, newlines kept."""

    def __init__(self, handle: TextIO) -> None:
        self._handle = handle

    def write(self, text: str, /) -> int:
        return self._handle.write(sanitize_lines(text))


def _for(handle: TextIO) -> Sink:
    return _Terminal(handle) if handle.isatty() else handle


class _TerminalBytes:
    """Bytes (UTF-8, CRLF lines) on their way to a terminal: decoded, line ends made plain, then sanitized."""

    def __init__(self, handle: TextIO) -> None:
        self._handle = handle
        self._decode = codecs.getincrementaldecoder("utf-8")("replace").decode
        self._cr = ""  # a CR at the end of a block, whose LF may open the next one

    def write(self, data: bytes, /) -> int:
        text = self._cr + self._decode(data)
        self._cr = "\r" if text.endswith("\r") else ""
        self._handle.write(sanitize_lines(text[: len(text) - len(self._cr)].replace("\r\n", "\n")))
        return len(data)

    def close(self) -> None:
        self._handle.write(sanitize_lines(self._cr + self._decode(b"", True)))
        self._cr = ""
        self._handle.flush()


class Kind(enum.Enum):
    STDOUT = "stdout"
    REPLACE = "replace"  # temporary file + os.replace
    STREAM = "stream"  # written straight through


@dataclass(frozen=True)
class Target:
    """Where ``--file`` writes: ``shown`` is the path as given (for messages), ``path`` the one written."""

    shown: str
    kind: Kind
    path: Path
    mode: int | None = None  # an existing file's permissions, kept by its replacement


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _refuse(shown: str, why: str) -> CliError:
    return CliError(f"cannot write {shown}: {why}", Exit.ERROR)


def _check_folder(folder: Path, shown: str) -> None:
    if not folder.is_dir():
        raise _refuse(shown, f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _refuse(shown, f"the folder {folder} is not writable")


def plan(path: str) -> Target:
    """What writing to ``path`` means (see the module docstring); CliError for a kind that is refused."""
    if path == "-":
        return Target("stdout", Kind.STDOUT, Path("/dev/stdout"))
    if not path or "\0" in path:
        raise CliError(f"--file {path!r}: give a file name, or '-' for stdout", Exit.USAGE)
    given = Path(path)
    try:
        info = given.stat()  # follows links: what matters is what they lead to
    except FileNotFoundError:
        if given.is_symlink():
            raise _refuse(path, f"it is a link to {os.readlink(given)!r}, which does not exist") from None
        _check_folder(given.absolute().parent, path)
        return Target(path, Kind.REPLACE, given)
    except OSError as exc:  # a loop of links, a file used as a folder, no permission
        raise _refuse(path, exc.strerror or type(exc).__name__) from None
    kind = info.st_mode
    if stat.S_ISCHR(kind) or stat.S_ISFIFO(kind) or _DESCRIPTOR.match(path):
        return Target(path, Kind.STREAM, given)
    if stat.S_ISDIR(kind):
        raise _refuse(path, "it is a folder")
    if stat.S_ISSOCK(kind):
        raise _refuse(path, "it is a socket")
    if not stat.S_ISREG(kind):
        raise _refuse(path, "it is a block device" if stat.S_ISBLK(kind) else "it is not a regular file")
    real = Path(os.path.realpath(given))
    # os.replace needs only the folder's permission, so the file's own mode is honoured here, for
    # root too: a file nobody may write (no w bit) is read-only whoever runs the command.
    if not os.access(real, os.W_OK) or not stat.S_IMODE(kind) & 0o222:
        raise _refuse(path, "the file is read-only")
    _check_folder(real.parent, path)
    return Target(path, Kind.REPLACE, real, stat.S_IMODE(kind))


def write_error(target: str, exc: OSError) -> CliError:
    """One line naming the path for a failed write (ENOSPC, EIO, EPIPE, ...)."""
    return _refuse(target, exc.strerror or str(exc) or type(exc).__name__)


@contextmanager
def _written(target: Target, *, binary: bool) -> Iterator[IO[Any]]:
    """The handle for a STREAM or REPLACE target; a file appears at its path complete or not at all.

    Any OSError from the writes, the flush or the rename becomes one line naming the path.
    """
    options: dict[str, Any] = (
        {"mode": "wb"} if binary else {"mode": "w", "newline": "", "encoding": "utf-8", "errors": ERRORS}
    )
    if target.kind is Kind.STREAM:
        # No O_CREAT: if the device or pipe vanished since plan(), fail instead of making a file.
        # O_APPEND: a descriptor path may lead to a file the caller opened for appending.
        try:
            handle = os.fdopen(os.open(target.path, os.O_WRONLY | os.O_APPEND), buffering=BUFFER, **options)
        except OSError as exc:
            raise write_error(target.shown, exc) from None
        try:
            with handle:
                yield handle
        except BrokenPipeError:
            raise  # the reader of the pipe stopped early, as with '-'
        except OSError as exc:
            raise write_error(target.shown, exc) from None
        return
    try:
        fd, temporary = tempfile.mkstemp(dir=target.path.parent, prefix=f".{target.path.name}.", suffix=".part")
    except OSError as exc:
        raise write_error(target.shown, exc) from None
    try:
        try:
            with os.fdopen(fd, buffering=BUFFER, **options) as handle:
                yield handle
            os.chmod(temporary, target.mode if target.mode is not None else 0o666 & ~_umask())
            os.replace(temporary, target.path)
        except OSError as exc:
            raise write_error(target.shown, exc) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def _stdout(target: Target) -> Iterator[None]:
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        raise  # the reader went away (``| head``): not our failure; the top level ends quietly
    except OSError as exc:
        raise write_error(target.shown, exc) from None


@contextmanager
def open_text(target: Target) -> Iterator[Sink]:
    """A text handle for ``target`` that, for a file, appears there complete or not at all."""
    if target.kind is Kind.STDOUT:
        with _stdout(target):
            yield _for(sys.stdout)
        return
    with _written(target, binary=False) as handle:
        yield _for(cast(TextIO, handle))


@contextmanager
def open_bytes(target: Target) -> Iterator[ByteSink]:
    """``open_text`` for bytes written as they come (a job's CSV): the same kinds, the same guarantees.

    To a terminal the bytes are decoded and sanitized like rows (CRLF shown as
    a line end); anywhere else they are written exactly.
    """
    if target.kind is Kind.STDOUT:
        with _stdout(target):
            sys.stdout.flush()
            raw: BinaryIO | None = getattr(sys.stdout, "buffer", None)
            if raw is None or sys.stdout.isatty():
                with _terminal_bytes(sys.stdout) as terminal:
                    yield terminal
            else:
                yield raw
                raw.flush()
        return
    with _written(target, binary=True) as handle:
        if not handle.isatty():
            yield handle
            return
        text = io.TextIOWrapper(handle, encoding="utf-8", errors=ERRORS, newline="", write_through=True)
        try:
            with _terminal_bytes(text) as terminal:
                yield terminal
        finally:
            text.detach()  # the handle is closed by _written


@contextmanager
def _terminal_bytes(handle: TextIO) -> Iterator[ByteSink]:
    sink = _TerminalBytes(handle)
    yield sink
    sink.close()


class QrFolder:
    """A staging folder for ``--qr-dir DIR``, renamed to DIR by ``commit``, removed by ``discard``."""

    def __init__(self, given: Path) -> None:
        self.shown = str(given)
        self.target = self.check(given)
        try:
            self.path = Path(tempfile.mkdtemp(dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".part"))
        except OSError as exc:
            raise write_error(f"--qr-dir {given}", exc) from None

    @staticmethod
    def check(given: Path) -> Path:
        """The folder ``--qr-dir given`` will become; CliError unless it is new or empty, in a writable folder."""
        target = given
        if given.is_symlink():
            if not given.is_dir():
                raise CliError(f"--qr-dir {given}: a link to something that is not a folder", Exit.USAGE)
            target = Path(os.path.realpath(given))  # the link stays and names the new folder
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            raise CliError(f"--qr-dir {given}: exists and is not an empty folder", Exit.USAGE)
        target = target.absolute()
        if not target.parent.is_dir():
            raise CliError(f"cannot write --qr-dir {given}: the folder {target.parent} does not exist", Exit.ERROR)
        if not os.access(target.parent, os.W_OK | os.X_OK):
            raise CliError(f"cannot write --qr-dir {given}: the folder {target.parent} is not writable", Exit.ERROR)
        return target

    def commit(self) -> None:
        try:
            os.chmod(self.path, 0o777 & ~_umask())
            if self.target.is_dir():
                self.target.rmdir()  # checked empty at the start; fails (one line) if it filled up since
            os.replace(self.path, self.target)
        except OSError as exc:
            raise write_error(f"--qr-dir {self.shown}", exc) from None

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

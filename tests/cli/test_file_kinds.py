"""``--file`` and ``--qr-dir`` by kind of path: only a regular file is ever replaced (see ``_files``)."""

from __future__ import annotations

import csv
import errno
import os
import socket
import stat
import subprocess
import threading
from pathlib import Path

import pytest

from tests.cli.helpers import command, invoke, make_twin, one_line, run, subprocess_env
from tests.servers import Served

COUNT = 2500


@pytest.fixture(scope="module")
def twin(mock: Served) -> str:
    return make_twin(mock.url, count=COUNT)


@pytest.fixture
def export_env(mock: Served, env: dict[str, str]) -> dict[str, str]:
    env["ILLUMINATE_BASE_URL"] = mock.url
    return env


def export(twin: str, env: dict[str, str], *args: str) -> tuple[int, str, str]:
    result = invoke(["serials", "export", twin, "--progress", "none", *args], env)
    return result.exit_code, result.stdout, result.stderr


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def test_new_and_existing_regular_files_are_replaced_whole(
    twin: str, export_env: dict[str, str], tmp_path: Path
) -> None:
    new = tmp_path / "new.csv"
    assert export(twin, export_env, "-f", str(new))[0] == 0
    assert len(rows_of(new)) == COUNT
    old = tmp_path / "old.csv"
    old.write_text("old\n")
    old.chmod(0o600)
    assert export(twin, export_env, "-f", str(old))[0] == 0
    assert len(rows_of(old)) == COUNT
    assert stat.S_IMODE(old.stat().st_mode) == 0o600  # a replaced file keeps its permissions
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.csv", "old.csv"]  # no .part left


def test_a_link_to_a_regular_file_keeps_the_link(twin: str, export_env: dict[str, str], tmp_path: Path) -> None:
    real = tmp_path / "data" / "real.csv"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert export(twin, export_env, "-f", str(link))[0] == 0
    assert link.is_symlink()
    assert len(rows_of(real)) == COUNT


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_character_devices_are_written_straight_through(device: str, twin: str, export_env: dict[str, str]) -> None:
    code, _, err = export(twin, export_env, "-f", device)
    assert code == 0, err
    assert stat.S_ISCHR(os.stat(device).st_mode)  # still the device, never a regular file
    assert f"exported {COUNT:,} serials" in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_disk_full_names_the_path(twin: str, export_env: dict[str, str]) -> None:
    code, _, err = export(twin, export_env, "-f", "/dev/full")
    assert code == 1
    assert one_line(err), err
    assert "/dev/full" in err
    assert os.strerror(errno.ENOSPC) in err
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_fifo_is_written_straight_through(twin: str, export_env: dict[str, str], tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _, err = export(twin, export_env, "-f", str(fifo))
    reader.join(30)
    assert code == 0, err
    assert received[0].count(b"\n") == COUNT + 1
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_dev_stdout_writes_to_what_the_caller_opened(twin: str, export_env: dict[str, str], tmp_path: Path) -> None:
    piped = run(["serials", "export", twin, "-f", "/dev/stdout", "--progress", "none"], export_env)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.count("\n") == COUNT + 1
    out = tmp_path / "redirected.csv"
    with out.open("w") as handle:  # `-f /dev/stdout > redirected.csv`: the caller's file, appended to
        handle.write("first line\n")
        handle.flush()
        args = [*command(), "serials", "export", twin, "-f", "/dev/stdout", "--progress", "none"]
        result = subprocess.run(
            args, env=subprocess_env(export_env), stdout=handle, stderr=subprocess.PIPE, timeout=120
        )
    assert result.returncode == 0, result.stderr
    lines = out.read_text().splitlines()
    assert lines[0] == "first line"
    assert len(lines) == COUNT + 2


def refused(twin: str, env: dict[str, str], path: Path | str) -> str:
    code, _, err = export(twin, env, "-f", str(path))
    assert code == 1, err
    assert one_line(err), err
    assert str(path) in err
    return err


def test_refused_kinds(twin: str, export_env: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    assert "it is a folder" in refused(twin, export_env, folder)
    to_folder = tmp_path / "to-folder"
    to_folder.symlink_to(folder)
    assert "it is a folder" in refused(twin, export_env, to_folder)
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nothing")
    assert "does not exist" in refused(twin, export_env, dangling)
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    refused(twin, export_env, loop)
    with socket.socket(socket.AF_UNIX) as server:
        sock = tmp_path / "sock"
        server.bind(str(sock))
        assert "socket" in refused(twin, export_env, sock)
    assert not (tmp_path / "nothing").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling", "folder", "loop", "sock", "to-folder"]
    assert not list(folder.iterdir())


def test_a_read_only_file_is_not_replaced(twin: str, export_env: dict[str, str], tmp_path: Path) -> None:
    locked = tmp_path / "locked.csv"
    locked.write_text("keep\n")
    locked.chmod(0o444)
    assert "read-only" in refused(twin, export_env, locked)
    assert locked.read_text() == "keep\n"


def test_stdout_dash(twin: str, export_env: dict[str, str]) -> None:
    code, out, err = export(twin, export_env, "-f", "-")
    assert code == 0, err
    assert out.count("\n") == COUNT + 1


# ---------------------------------------------------------------- --qr-dir


def qr(twin: str, env: dict[str, str], tmp_path: Path, qr_dir: Path | str) -> tuple[int, str]:
    code, _, err = export(twin, env, "-f", str(tmp_path / "s.csv"), "--qr-dir", str(qr_dir))
    return code, err


@pytest.fixture(scope="module")
def small_twin(mock: Served) -> str:
    return make_twin(mock.url, count=5)


def test_qr_dir_new_empty_or_linked(small_twin: str, export_env: dict[str, str], tmp_path: Path) -> None:
    assert qr(small_twin, export_env, tmp_path, tmp_path / "new")[0] == 0
    assert len(list((tmp_path / "new").iterdir())) == 5
    (tmp_path / "s.csv").unlink()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert qr(small_twin, export_env, tmp_path, empty)[0] == 0
    assert len(list(empty.iterdir())) == 5
    (tmp_path / "s.csv").unlink()
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    assert qr(small_twin, export_env, tmp_path, link)[0] == 0
    assert link.is_symlink()
    assert len(list(real.iterdir())) == 5
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_qr_dir_refused(small_twin: str, export_env: dict[str, str], tmp_path: Path) -> None:
    full = tmp_path / "full"
    full.mkdir()
    (full / "x").write_text("x")
    a_file = tmp_path / "a-file"
    a_file.write_text("")
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nothing")
    for target, code in ((full, 2), (a_file, 2), ("/dev/null", 2), (dangling, 2), (tmp_path / "no" / "qr", 1)):
        got, err = qr(small_twin, export_env, tmp_path, target)
        assert got == code, (target, err)
        assert one_line(err), err
        assert str(target) in err
    assert not (tmp_path / "s.csv").exists()  # refused before anything was written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "dangling", "full"]


def test_qr_write_error_names_the_folder(
    small_twin: str, export_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import segno

    def full_disk(self: object, out: str, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(segno.QRCode, "save", full_disk)
    code, err = qr(small_twin, export_env, tmp_path, tmp_path / "qr")
    assert code == 1
    assert one_line(err), err
    assert f"--qr-dir {tmp_path / 'qr'}" in err
    assert os.strerror(errno.ENOSPC) in err
    assert list(tmp_path.iterdir()) == []  # neither the file nor the staging folder


@pytest.mark.parametrize("path", ["", "a\x00b"], ids=["empty", "nul"])
def test_a_path_that_names_nothing_is_a_usage_error(path: str, twin: str, export_env: dict[str, str]) -> None:
    code, _, err = export(twin, export_env, "-f", path)
    assert code == 2
    assert one_line(err), err
    assert "\x00" not in err

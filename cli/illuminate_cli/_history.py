"""Jobs this machine started, so ``settings show`` can find a twin's latest job.

The API cannot read allocation settings back; a job's status shows the
settings it applied. Jobs are not listed by the API either, so ``illuminate
serials generate`` appends one JSON line per job it starts to
``jobs.jsonl`` in the state folder (``_config.state_dir``: ILLUMINATE_STATE_DIR,
else the platform's, on Linux ``$XDG_STATE_HOME/illuminate``, default
``~/.local/state/illuminate``). Failing to write it never fails a command.

It holds the base URL, account id, twin id, job id, count and time, never the
key. The job id comes from the server: json.dumps writes any control character
in it as an escape, so the file stays one entry a line.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

from ._config import state_dir

log = logging.getLogger("illuminate_cli")


def history_path() -> Path:
    return state_dir() / "jobs.jsonl"


def record(*, base_url: str, account_id: str, twin_id: str, job_id: str, count: int) -> None:
    entry = {
        "baseUrl": base_url,
        "accountId": account_id,
        "digitalTwinId": twin_id,
        "jobId": job_id,
        "serialCount": count,
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    path = history_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry) + "\n")
    except OSError as exc:
        log.debug("could not record job %s in %s: %s", job_id, path, exc)


def latest(*, base_url: str, account_id: str, twin_id: str | None) -> dict[str, Any] | None:
    """The last job recorded for this API, account and (if given) twin."""
    path = history_path()
    found: dict[str, Any] | None = None
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:  # a damaged line is skipped, not fatal
            for line in handle:
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(entry, dict) or not isinstance(entry.get("jobId"), str):
                    continue
                if entry.get("baseUrl") != base_url or entry.get("accountId") != account_id:
                    continue
                if twin_id is None or entry.get("digitalTwinId") == twin_id:
                    found = entry
    except OSError:
        return None
    return found

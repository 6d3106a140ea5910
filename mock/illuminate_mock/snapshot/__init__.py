"""Snapshots: the whole state of a mock as one JSON document, and that document read back.

The format (``FORMAT``, version ``VERSION``) is the admin API's export and
import body and the ``--state`` file's content alike; ``export.py`` writes
it, ``restore.py`` and ``restore_serial.py`` check and read it, the field
layout of records is in ``records.py`` and the checks in ``checks.py``. No
HTTP here: the backend calls these under its lock.
"""

from .checks import SnapshotError
from .export import FORMAT, IMAGE_BYTES_EACH, IMAGE_BYTES_TOTAL, VERSION, clock_reading, export_state, key_digest
from .restore import MAX_SNAPSHOT_BYTES, MAX_SNAPSHOT_CONTAINERS, Restored, parse_snapshot, restore_state

__all__ = [
    "FORMAT",
    "IMAGE_BYTES_EACH",
    "IMAGE_BYTES_TOTAL",
    "MAX_SNAPSHOT_BYTES",
    "MAX_SNAPSHOT_CONTAINERS",
    "VERSION",
    "Restored",
    "SnapshotError",
    "clock_reading",
    "export_state",
    "key_digest",
    "parse_snapshot",
    "restore_state",
]

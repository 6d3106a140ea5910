"""Digital twin images and the uploads that fill them.

An upload has three steps: start (an image UPLOAD_PENDING and a one-time
upload URL), the PUT of the bytes to that URL, and finalize (the bytes are
checked and the image becomes READY). An image made from a URL is READY at
once. ``isDefault`` asked for at the start only takes effect once the image
is READY, so a twin never has a default image that cannot be shown.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import ClassVar

from ..errors import FieldError, bad_request, conflict, invalid
from .base import Record

UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024
IMAGE_SIGNATURES = {"png": (b"\x89PNG\r\n\x1a\n",), "jpg": (b"\xff\xd8\xff",)}
PENDING = "UPLOAD_PENDING"
READY = "READY"


@dataclass(eq=False, kw_only=True)
class Image(Record):
    PRIVATE: ClassVar[frozenset[str]] = frozenset({"wants_default", "upload_token"})
    KIND: ClassVar[str] = "digital twin image"

    digital_twin_id: str
    file_name: str
    content_type: str
    is_default: bool = False
    status: str = PENDING
    source_url: str | None = None
    url: str | None = None
    wants_default: bool = False  # asked for at the start; applied when READY
    upload_token: str | None = None

    @property
    def is_ready(self) -> bool:
        return self.status == READY

    def check_finalizable(self, data: bytes | None, field_name: str) -> bytes:
        """The uploaded bytes, if this upload can be finalized with them."""
        if self.status != PENDING:
            raise conflict("UPLOAD_FINISHED", "this upload was already finalized", field_name)
        if data is None:
            raise conflict("UPLOAD_MISSING", "no bytes were sent to the upload URL yet", field_name)
        if not data.startswith(IMAGE_SIGNATURES[self.content_type]):
            raise bad_request([FieldError(field_name, f"the uploaded bytes are not a {self.content_type} image")])
        return data

    def check_can_be_default(self, field_name: str) -> None:
        if not self.is_ready:
            raise conflict("IMAGE_NOT_READY", "finalize the upload before making it the default", field_name)


@dataclass(frozen=True)
class Upload:
    """A one-time upload URL's token, the image it fills, and when the URL stops working."""

    token: str
    account_id: str
    image_id: str
    expires_at: datetime.datetime


def check_upload_size(data: bytes) -> None:
    if len(data) > UPLOAD_LIMIT_BYTES:
        raise invalid("body", f"an image may not exceed {UPLOAD_LIMIT_BYTES} bytes")

"""Rules of digital twin images: the three-step upload, images from URLs, the default image.

1. ``startDigitalTwinImageUpload``: an image UPLOAD_PENDING on an existing
   twin, and a one-time ``uploadUrl`` under the mock's own ``/_mock/uploads/``;
2. ``receive_upload``: the PUT of the bytes to that URL (not an API
   operation; the HTTP layer hands the bytes to ``Backend.receive_upload``),
   at most 10 MiB, to a pending upload only;
3. ``finalizeDigitalTwinImageUpload``: the bytes must be there and be the
   declared type (PNG or JPEG signature); the image becomes READY and is
   served at ``/_mock/images/{id}``.

At most one default image per twin: making one the default takes the flag
from the others, and only a READY image can be the default.

An upload never finalized does not stay forever: its URL expires after
``MockConfig.upload_ttl_seconds`` on the backend's clock, and the pending
image and any bytes sent go with it. An account holds at most
``MockConfig.max_pending_uploads`` pending uploads; one more start is
answered 429 with the seconds until the oldest expires.
"""

from __future__ import annotations

import datetime
import math

from .. import render
from ..errors import MockError, not_found
from ..models import Image, Upload, new_id
from ..models.images import PENDING, READY, check_upload_size
from ..registry import Call, Reply, handles
from ..store import Store, sort_key
from .twins import touch_twin

_IMAGE = "body.digitalTwinImageId"


def _twin_images(store: Store, account_id: str, twin_id: str) -> list[Image]:
    return sorted((i for i in store.images.all(account_id) if i.digital_twin_id == twin_id), key=sort_key("created"))


def _make_default(store: Store, call: Call, image: Image) -> None:
    for other in _twin_images(store, call.account.id, image.digital_twin_id):
        if other.is_default and other is not image:
            other.is_default = False
            other.touch(store.stamp(call.user_id))
    image.is_default = True


def _new_image(store: Store, call: Call, status: str) -> Image:
    twin = store.twins.require(call.account.id, call.body["digitalTwinId"], "body.digitalTwinId")
    image = Image.create(
        call.account.id,
        store.stamp(call.user_id),
        digital_twin_id=twin.id,
        file_name=call.body["fileName"],
        content_type=call.body["contentType"],
        status=status,
        wants_default=call.body["isDefault"],
    )
    return store.images.add(image)


def _settle_default(store: Store, call: Call, image: Image) -> None:
    """Apply the ``isDefault`` the image was started with, now that it is READY."""
    if image.wants_default:
        image.wants_default = False
        _make_default(store, call, image)


@handles("listDigitalTwinImages")
def list_digital_twin_images(store: Store, call: Call) -> Reply:
    twin = store.twins.require(call.account.id, call.params["digitalTwinId"], "query.digitalTwinId")
    images = _twin_images(store, call.account.id, twin.id)
    return Reply([render.fields(i) for i in images[: call.params["first"]]])


def expire_uploads(store: Store) -> None:
    """Forget every upload whose URL has expired, with its pending image and the bytes sent to it."""
    now = store.clock.now()
    for token, upload in list(store.uploads.items()):
        if upload.expires_at <= now:
            del store.uploads[token]
            store.blobs.pop(upload.image_id, None)
            image = store.images.get(upload.account_id, upload.image_id)
            if image is not None and image.status == PENDING:
                store.images.remove(upload.account_id, image.id)


def _check_room(store: Store, call: Call) -> None:
    pending = sorted(u.expires_at for u in store.uploads.values() if u.account_id == call.account.id)
    if len(pending) >= store.config.max_pending_uploads:
        wait = max(1, math.ceil((pending[0] - store.clock.now()).total_seconds()))
        raise MockError(
            429,
            "TOO_MANY_PENDING_UPLOADS",
            f"the account has {len(pending)} uploads waiting for their bytes or their finalize step; "
            f"the oldest expires in {wait} s",
            headers={"Retry-After": str(wait)},
        )


@handles("startDigitalTwinImageUpload")
def start_digital_twin_image_upload(store: Store, call: Call) -> Reply:
    _check_room(store, call)
    image = _new_image(store, call, PENDING)
    expires = store.clock.now() + datetime.timedelta(seconds=store.config.upload_ttl_seconds)
    upload = Upload(new_id(), call.account.id, image.id, expires)
    store.uploads[upload.token] = upload
    image.upload_token = upload.token
    return Reply(render.upload_started(image.id, f"{call.base_url}/_mock/uploads/{upload.token}"))


def pending_upload(store: Store, token: str) -> Image:
    """The pending image an upload URL fills (404 naming ``path.token`` for an unknown, spent or expired one)."""
    expire_uploads(store)
    upload = store.uploads.get(token)
    image = store.images.get(upload.account_id, upload.image_id) if upload is not None else None
    if image is None or image.status != PENDING:
        raise not_found("path.token", "upload", "with this URL")
    return image


def receive_upload(store: Store, token: str, data: bytes) -> Image:
    """Step 2 of an upload: the bytes PUT to ``uploadUrl``."""
    image = pending_upload(store, token)
    check_upload_size(data)
    store.blobs[image.id] = data
    return image


def image_bytes(store: Store, image_id: str) -> bytes | None:
    """What ``/_mock/images/{id}`` serves: the bytes uploaded for the image, if any."""
    expire_uploads(store)
    return store.blobs.get(image_id)


def _named_image(store: Store, call: Call) -> Image:
    """The image the request body names (404 naming ``body.digitalTwinImageId`` when there is none)."""
    return store.images.require(call.account.id, call.body["digitalTwinImageId"], _IMAGE)


def _drop_upload(store: Store, image: Image) -> None:
    """Forget the image's pending upload, if it has one (the image keeps its ``upload_token``)."""
    if image.upload_token is not None:
        store.uploads.pop(image.upload_token, None)


def _image_reply(store: Store, call: Call, image: Image) -> Reply:
    """The image a request made or changed, which changes its twin too."""
    touch_twin(store, call, image.digital_twin_id)
    return Reply(render.fields(image))


@handles("finalizeDigitalTwinImageUpload")
def finalize_digital_twin_image_upload(store: Store, call: Call) -> Reply:
    image = _named_image(store, call)
    image.check_finalizable(store.blobs.get(image.id), _IMAGE)
    _drop_upload(store, image)
    image.upload_token = None
    image.status = READY
    image.url = f"{call.base_url}/_mock/images/{image.id}"
    _settle_default(store, call, image)
    image.touch(store.stamp(call.user_id))
    return _image_reply(store, call, image)


@handles("createDigitalTwinImageFromUrl")
def create_digital_twin_image_from_url(store: Store, call: Call) -> Reply:
    image = _new_image(store, call, READY)
    image.source_url = image.url = call.body["sourceUrl"]
    _settle_default(store, call, image)
    return _image_reply(store, call, image)


@handles("updateDigitalTwinImage")
def update_digital_twin_image(store: Store, call: Call) -> Reply:
    image = _named_image(store, call)
    image.check_can_be_default(_IMAGE)
    _make_default(store, call, image)
    image.touch(store.stamp(call.user_id))
    return _image_reply(store, call, image)


@handles("deleteDigitalTwinImage")
def delete_digital_twin_image(store: Store, call: Call) -> Reply:
    image = _named_image(store, call)
    store.images.remove(call.account.id, image.id)
    store.blobs.pop(image.id, None)
    _drop_upload(store, image)
    touch_twin(store, call, image.digital_twin_id)
    return Reply(render.deleted([image.id]))

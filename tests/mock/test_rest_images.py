"""The REST rules of the mock's digital twin images (rest.py), driven over HTTP: the three-step upload
(start, bytes to the upload URL, finalize) with its refusals (bytes missing or not of the declared type,
finalize twice, unknown image or URL), images from a URL, the one default image per twin (set on create,
on finalize or with PUT, never unset with PUT, never a pending upload), deleting an image, and the image
list's order and ``first``.
"""

from __future__ import annotations

from tests.mock.helpers import JPG_BYTES, PNG_BYTES, Api, field_names

# ------------------------------------------------------------------ images


def test_three_step_upload(api):
    twin = api.twin_of("product", api.create_product()["id"])
    started = api.start_upload(twin["id"], "png")
    image_id = started["digitalTwinImageId"]
    assert started["uploadUrl"].startswith("http://testserver/_mock/uploads/")
    [pending] = api.images(twin["id"])
    assert (pending["id"], pending["status"], pending["isDefault"]) == (image_id, "UPLOAD_PENDING", False)
    assert api.put_bytes(started["uploadUrl"], PNG_BYTES).status_code == 200
    ready = api.ok(api.finalize(image_id))
    assert ready["status"] == "READY"
    assert ready["digitalTwinId"] == twin["id"]
    assert ready["fileName"] == "image.png"
    fetched = api.client.get(ready["url"])
    assert fetched.status_code == 200
    assert fetched.content == PNG_BYTES
    assert api.images(twin["id"]) == [ready]


def test_finalize_before_the_bytes_arrive_is_409(api):
    twin = api.twin_of("product", api.create_product()["id"])
    started = api.start_upload(twin["id"])
    response = api.finalize(started["digitalTwinImageId"])
    assert response.status_code == 409
    assert field_names(response) == {"body.digitalTwinImageId"}
    assert api.images(twin["id"])[0]["status"] == "UPLOAD_PENDING"


def test_finalize_twice_is_409_and_the_upload_url_is_spent(api):
    twin = api.twin_of("product", api.create_product()["id"])
    started = api.start_upload(twin["id"])
    api.put_bytes(started["uploadUrl"], PNG_BYTES)
    ready = api.ok(api.finalize(started["digitalTwinImageId"]))
    again = api.finalize(started["digitalTwinImageId"])
    assert again.status_code == 409
    assert api.put_bytes(started["uploadUrl"], JPG_BYTES).status_code == 404  # a spent URL names no upload
    assert api.client.get(ready["url"]).content == PNG_BYTES


def test_bytes_that_are_not_the_declared_type_are_400(api):
    twin = api.twin_of("product", api.create_product()["id"])
    started = api.start_upload(twin["id"], "jpg")
    api.put_bytes(started["uploadUrl"], PNG_BYTES)
    response = api.finalize(started["digitalTwinImageId"])
    assert response.status_code == 400
    assert field_names(response) == {"body.digitalTwinImageId"}
    assert api.images(twin["id"])[0]["status"] == "UPLOAD_PENDING"
    api.put_bytes(started["uploadUrl"], JPG_BYTES)
    assert api.ok(api.finalize(started["digitalTwinImageId"]))["status"] == "READY"


def test_upload_to_an_unknown_url_is_refused(api):
    assert api.client.put("/_mock/uploads/no-such-token", content=PNG_BYTES).status_code == 404


def test_finalize_of_an_unknown_image_is_404(api):
    response = api.finalize("no-such-image")
    assert response.status_code == 404
    assert field_names(response) == {"body.digitalTwinImageId"}


def test_image_from_url_is_ready_at_once(api):
    twin = api.twin_of("product", api.create_product()["id"])
    image = api.image_from_url(twin["id"])
    assert image["status"] == "READY"
    assert image["url"] == image["sourceUrl"] == "https://cdn.example.com/a.jpg"
    assert api.images(twin["id"]) == [image]


def defaults(api: Api, twin_id: str) -> list[str]:
    return [i["id"] for i in api.images(twin_id) if i["isDefault"]]


def test_a_second_default_image_unsets_the_first(api):
    twin = api.twin_of("product", api.create_product()["id"])
    first = api.image_from_url(twin["id"], is_default=True)
    assert defaults(api, twin["id"]) == [first["id"]]
    second = api.upload_image(twin["id"], is_default=True)
    assert second["isDefault"] is True
    assert defaults(api, twin["id"]) == [second["id"]]
    third = api.image_from_url(twin["id"], is_default=True)
    assert defaults(api, twin["id"]) == [third["id"]]


def test_an_upload_becomes_default_only_when_finalized(api):
    twin = api.twin_of("product", api.create_product()["id"])
    current = api.image_from_url(twin["id"], is_default=True)
    started = api.start_upload(twin["id"], is_default=True)
    assert defaults(api, twin["id"]) == [current["id"]]
    api.put_bytes(started["uploadUrl"], PNG_BYTES)
    api.ok(api.finalize(started["digitalTwinImageId"]))
    assert defaults(api, twin["id"]) == [started["digitalTwinImageId"]]


def test_making_an_image_the_default_with_put(api):
    twin = api.twin_of("product", api.create_product()["id"])
    other_twin = api.twin_of("product", api.create_product()["id"])
    first = api.image_from_url(twin["id"], is_default=True)
    second = api.image_from_url(twin["id"])
    elsewhere = api.image_from_url(other_twin["id"], is_default=True)
    updated = api.ok(
        api.put("/rest/digitalTwinImages", {"digitalTwinImageId": second["id"], "patch": {"isDefault": True}})
    )
    assert updated["isDefault"] is True
    assert defaults(api, twin["id"]) == [second["id"]]
    assert defaults(api, other_twin["id"]) == [elsewhere["id"]]
    assert first["id"] != second["id"]


def test_unsetting_the_default_with_put_is_400(api):
    twin = api.twin_of("product", api.create_product()["id"])
    image = api.image_from_url(twin["id"], is_default=True)
    response = api.put("/rest/digitalTwinImages", {"digitalTwinImageId": image["id"], "patch": {"isDefault": False}})
    assert response.status_code == 400
    assert field_names(response) == {"body.patch.isDefault"}
    assert defaults(api, twin["id"]) == [image["id"]]


def test_a_pending_upload_cannot_become_the_default(api):
    twin = api.twin_of("product", api.create_product()["id"])
    started = api.start_upload(twin["id"])
    response = api.put(
        "/rest/digitalTwinImages", {"digitalTwinImageId": started["digitalTwinImageId"], "patch": {"isDefault": True}}
    )
    assert response.status_code == 409
    assert defaults(api, twin["id"]) == []


def test_deleting_an_image(api):
    twin = api.twin_of("product", api.create_product()["id"])
    kept = api.image_from_url(twin["id"])
    gone = api.upload_image(twin["id"])
    result = api.ok(api.delete("/rest/digitalTwinImages", {"digitalTwinImageId": gone["id"]}))
    assert result == {"deletedIds": [gone["id"]]}
    assert [i["id"] for i in api.images(twin["id"])] == [kept["id"]]
    assert api.client.get(gone["url"]).status_code == 404
    again = api.delete("/rest/digitalTwinImages", {"digitalTwinImageId": gone["id"]})
    assert again.status_code == 404
    assert field_names(again) == {"body.digitalTwinImageId"}


def test_image_list_is_oldest_first_and_respects_first(api):
    twin = api.twin_of("product", api.create_product()["id"])
    ids = [api.image_from_url(twin["id"])["id"] for _ in range(3)]
    assert [i["id"] for i in api.images(twin["id"])] == ids
    two = api.ok(api.get("/rest/digitalTwinImages", digitalTwinId=twin["id"], first=2))
    assert [i["id"] for i in two] == ids[:2]

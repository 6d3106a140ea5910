"""One source, two faces: the sync face is derived from the async one and matches it, method for method."""

from __future__ import annotations

import inspect
import re

import illuminate_sdk
import pytest
import unasync
from illuminate_sdk import AsyncIlluminate, AsyncPager, AsyncSerializationRun, Illuminate, SerializationRun, SyncPager

PAIRS = [(AsyncIlluminate, Illuminate), (AsyncPager, SyncPager), (AsyncSerializationRun, SerializationRun)]


def test_the_committed_sync_face_is_what_unasync_derives() -> None:
    assert unasync.differences(unasync.render()) == []


@pytest.mark.parametrize(("async_class", "sync_class"), PAIRS, ids=lambda c: c.__name__)
def test_both_faces_have_the_same_methods_with_the_same_parameters(async_class: type, sync_class: type) -> None:
    def public(cls: type) -> dict[str, inspect.Signature]:
        return {
            name: inspect.signature(member)
            for name, member in inspect.getmembers(cls, callable)
            if not name.startswith("_") or name in ("__init__",)
        }

    async_methods, sync_methods = public(async_class), public(sync_class)
    assert async_methods.keys() == sync_methods.keys()
    for name, signature in async_methods.items():
        assert list(signature.parameters) == list(sync_methods[name].parameters), name
        defaults = {p.name: p.default for p in signature.parameters.values() if p.name not in ("sleep", "transport")}
        assert defaults == {
            p.name: p.default for p in sync_methods[name].parameters.values() if p.name not in ("sleep", "transport")
        }, name


def test_no_sync_method_needs_an_event_loop() -> None:
    for cls in (Illuminate, SyncPager, SerializationRun):
        for name, member in inspect.getmembers(cls, inspect.isfunction):
            assert not inspect.iscoroutinefunction(member), name
            assert not inspect.isasyncgenfunction(member), name


def test_the_hand_kept_differences_are_the_documented_ones() -> None:
    """Every pragma of the async source, and the module docstring of the client names each difference."""
    pragmas = []
    for source in sorted(unasync.SOURCE.rglob("*.py")):
        for line in source.read_text().splitlines():
            if "# unasync:" in line:
                pragmas.append((source.name, line.strip()))
    places = {name for name, _ in pragmas}
    assert places == {"_client.py", "_connection.py", "_jobs.py", "_pagination.py"}
    for module in (illuminate_sdk._async._client, illuminate_sdk._async._jobs):
        documented = inspect.getdoc(module)
        assert documented is not None
        assert "CancelledError" in documented
        assert "JobWaitInterrupted" in documented
        assert "asyncio.to_thread" in documented
    assert "yield from" in (inspect.getdoc(illuminate_sdk._async._pagination) or "")
    assert "yield from" in (inspect.getdoc(illuminate_sdk._async._jobs) or "")


# ------------------------------------------------------------------ the mechanism


def derive(source: str) -> str:
    return unasync.unasync_text(source, "example.py")


def test_substitutions() -> None:
    source = (
        "async def fetch(self) -> AsyncIterator[Page[T]]:\n"
        "    async with httpx.AsyncClient() as http:\n"
        "        async for page in self.pages():\n"
        "            await asyncio.sleep(1)\n"
        "    await self._http.aclose()\n"
        "sleep: Callable[[float], Awaitable[None]] = asyncio.sleep\n"
        "run = AsyncSerializationRun(AsyncPager(fetch))\n"
    )
    assert derive(source) == (
        "def fetch(self) -> Iterator[Page[T]]:\n"
        "    with httpx.Client() as http:\n"
        "        for page in self.pages():\n"
        "            time.sleep(1)\n"
        "    self._http.close()\n"
        "sleep: Callable[[float], None] = time.sleep\n"
        "run = SerializationRun(SyncPager(fetch))\n"
    )


def test_line_pragmas() -> None:
    source = (
        "import asyncio  # unasync: async-only\n"
        "data = await asyncio.to_thread(path.read_bytes)  # unasync: sync: data = path.read_bytes()\n"
    )
    assert derive(source) == "data = path.read_bytes()\n"


def test_block_pragmas() -> None:
    source = (
        "try:\n"
        "    await wait()\n"
        "# unasync: async-only\n"
        "except asyncio.CancelledError:\n"
        "    raise\n"
        "# unasync: sync-only\n"
        "# except KeyboardInterrupt:\n"
        "#     raise Interrupted from None\n"
        "# unasync: end\n"
    )
    assert derive(source) == "try:\n    wait()\nexcept KeyboardInterrupt:\n    raise Interrupted from None\n"


@pytest.mark.parametrize(
    ("source", "needle"),
    [
        ("x = 1  # unasync: sideways\n", "unknown pragma"),
        ("# unasync: async-only\nx = 1\n", "has no '# unasync: end'"),
        ("# unasync: end\n", "unexpected pragma"),
        ("# unasync: sync-only\nx = 1\n# unasync: end\n", "must be commented out"),
        ("client = AsyncSomethingNew()\n", "still async"),
    ],
)
def test_mistakes_are_refused_with_the_place(source: str, needle: str) -> None:
    with pytest.raises(unasync.UnasyncError, match=re.escape(needle)) as caught:
        derive(source)
    assert str(caught.value).startswith("example.py:")

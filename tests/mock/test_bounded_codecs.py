"""Bounded work per request, serial codec tables: twins and allocation spaces with alphabets of their own
share a bounded set of codec tables, so many of them pin little memory, and the codecs still encode and decode
every alphabet. The memory figures are printed; the bounds asserted are generous so that a loaded machine does
not fail them (the tables once kept 225 MiB).
"""

from __future__ import annotations

import gc
import tracemalloc

import pytest

from tests.mock.helpers import ACCOUNT, EDITOR_KEY
from tests.mock.serial_helpers import SerialApi, make_app_client

pytestmark = pytest.mark.anyio


# ------------------------------------------------------------- codec tables


@pytest.mark.slow
def test_many_small_twins_with_their_own_alphabets_pin_little_memory() -> None:
    """200 twins, each with 4 symbols of its own, each with a job and a listed serial."""
    alphabets = ["".join(chr(48 + (n * 4 + i) % 75) for i in range(4)) for n in range(200)]
    symbols = [a for a in alphabets if len(set(a)) == 4]
    with make_app_client() as client:
        api = SerialApi(client, EDITOR_KEY, ACCOUNT)
        twins = [api.product_twin() for _ in symbols]
        gc.collect()
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            for twin, alphabet in zip(twins, symbols, strict=True):
                alphabet = "".join(c for c in alphabet if c in _CSET82) + "xyz"
                api.ok(api.set_twin_settings(twin, length=20, strategy="RANDOM_ALPHANUMERIC", symbols=alphabet[:5]))
                api.job(twin, 1)
                api.all_serials(twin)
            gc.collect()
            kept = tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()
    print(f"\n{len(twins)} tiny twins with alphabets of their own: {kept / 2**20:.1f} MiB kept")
    assert kept < 32 * 2**20  # it was 225 MiB


_CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"


def test_spaces_of_many_alphabets_share_a_bounded_set_of_codec_tables() -> None:
    """The same as above on the serial engine alone (fast): 200 spaces, 200 alphabets, one serial each."""
    from illuminate_mock.serials import AllocationSettings, AllocationSpace, serials

    alphabets = ["".join(_CSET82[(n + i * 7) % 82] for i in range(5)) for n in range(200)]
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        settings = [AllocationSettings(20, "RANDOM_ALPHANUMERIC", a) for a in alphabets]  # type: ignore[arg-type]
        spaces = [AllocationSpace.create(s) for s in settings]  # kept alive, as a mock keeps its twins' spaces
        for space in spaces:
            assert len(next(serials(space, 1, 1))) == 20
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    print(f"\n200 spaces with alphabets of their own: {kept / 2**20:.2f} MiB kept ({len(spaces)} spaces)")
    assert kept < 8 * 2**20


def test_codecs_still_encode_and_decode_every_alphabet() -> None:
    from illuminate_mock.codec import codec_for

    for alphabet in ("01", "abc", "hapc", _CSET82, "0123456789"):
        codec = codec_for(alphabet, 12)
        for number in (0, 1, len(alphabet) ** 12 - 1, 123456789 % len(alphabet) ** 12):
            text = codec.encode(number)
            assert len(text) == 12
            assert set(text) <= set(alphabet)
            assert codec.decode(text) == number

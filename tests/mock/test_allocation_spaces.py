"""The mock's allocation spaces (illuminate_mock.serials): the serials a space generates (unique, well
formed, invertible, pinned known answers, sequential ones from 1), the contiguous ranges it hands out until
it is exhausted (never colliding, even from several threads), how a space is built and restored, the ids of
its serials (UUIDv8 shaped, round-tripping, bound to their space, ``None`` for garbage), and the engine's
benchmark.
"""

from __future__ import annotations

import threading
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from illuminate_mock.serials import (
    CSET_82,
    MAX_SERIAL_ID_INDEX,
    AllocationSettings,
    AllocationSpace,
    SpaceExhaustedError,
    Strategy,
    bench,
    index_from_serial_id,
    index_of,
    new_seed,
    parse_serial_id,
    serial_at,
    serial_id,
    serials,
    space_tag,
)

SEED = "90a1bc2d34567ef8901a2bc3d4e56fa7"
SPACE_ID = "ab12cd34-5e6f-a12b-3cd4-12ab34cd56ef"


def space(
    length: int = 8,
    strategy: Strategy = Strategy.RANDOM_ALPHANUMERIC,
    symbols: str | None = "hapc",
    seed: str = SEED,
    space_id: str = SPACE_ID,
) -> AllocationSpace:
    return AllocationSpace(space_id, AllocationSettings(length, strategy, symbols), seed)


# --- serials ------------------------------------------------------------------


def test_whole_small_space_is_unique_and_well_formed() -> None:
    sp = space(length=6, symbols="xyzyx")  # alphabet "xyz": 3**6 = 729
    assert sp.size == 729
    out = list(serials(sp, 1, 729))
    assert len(out) == 729
    assert len(set(out)) == 729
    assert all(len(s) == 6 and set(s) <= set("xyz") for s in out)
    assert [index_of(sp, s) for s in out] == list(range(1, 730))
    assert [serial_at(sp, i) for i in (1, 364, 729)] == [out[0], out[363], out[728]]


def test_random_numeric_sample_is_unique_and_invertible() -> None:
    sp = space(length=6, strategy=Strategy.RANDOM_NUMERIC, symbols=None)
    assert sp.size == 10**6
    out = list(serials(sp, 1, 20_000))
    assert len(set(out)) == len(out)
    assert all(len(s) == 6 and s.isdigit() for s in out)
    assert all(index_of(sp, s) == i for i, s in enumerate(out[:2000], start=1))
    # Random, not counting: the first serials are not 000000, 000001, ...
    assert out[:3] != ["000000", "000001", "000002"]


def test_largest_space_cset_82_length_20() -> None:
    sp = space(length=20, symbols=CSET_82)
    for i in (1, 2, 10**9, sp.size - 1, sp.size):
        s = serial_at(sp, i)
        assert len(s) == 20
        assert set(s) <= set(CSET_82)
        assert index_of(sp, s) == i


def test_sequential_numeric_starts_at_one() -> None:
    sp = space(length=6, strategy=Strategy.SEQUENTIAL_NUMERIC, symbols=None)
    assert sp.size == 999_999
    assert list(serials(sp, 1, 3)) == ["000001", "000002", "000003"]
    assert serial_at(sp, 42) == "000042"
    assert serial_at(sp, 999_999) == "999999"
    assert index_of(sp, "000042") == 42
    assert index_of(sp, "000000") is None
    assert index_of(sp, "00042") is None
    assert index_of(sp, "0000a2") is None


def test_serials_range_checks() -> None:
    sp = space(length=6, symbols="abc")
    assert list(serials(sp, 5, 4)) == []  # empty range is fine
    for start, end in ((0, 3), (1, 730), (5, 3)):
        with pytest.raises(ValueError, match="not within"):
            serials(sp, start, end)  # eager: raises before iteration
    for bad in (0, 730):
        with pytest.raises(ValueError, match="not within"):
            serial_at(sp, bad)


def test_index_of_rejects_foreign_serials() -> None:
    sp = space(length=8, symbols="hapc")
    assert index_of(sp, "hhhhhhh") is None  # too short
    assert index_of(sp, "hhhhhhhhh") is None  # too long
    assert index_of(sp, "hhhhhhhx") is None  # not in alphabet
    assert index_of(sp, 12345678) is None  # type: ignore[arg-type]


def test_determinism_and_known_answers() -> None:
    # Pinned values: serials must not change across runs or refactors, since
    # a mock restarted from (id, settings, seed, allocated) must reproduce them.
    sp = space(length=8, symbols="hapc")
    assert list(serials(sp, 1, 3)) == ["cppapaha", "hchchacc", "chcchaah"]
    assert list(serials(space(length=8, symbols="hapc"), 1, 3)) == list(serials(sp, 1, 3))
    num = space(length=8, strategy=Strategy.RANDOM_NUMERIC, symbols=None)
    assert list(serials(num, 1, 3)) == ["75131110", "99996747", "81254154"]
    big = space(length=20, symbols=CSET_82)
    assert serial_at(big, 1) == "lS%ua8'FdfszA=u,!AJ!"
    other = space(length=8, symbols="hapc", seed="0" * 32)
    assert list(serials(other, 1, 50)) != list(serials(sp, 1, 50))


# --- allocation -------------------------------------------------------------------


def test_allocate_hands_out_contiguous_ranges() -> None:
    sp = space(length=8, strategy=Strategy.RANDOM_NUMERIC, symbols=None)
    assert sp.allocate(10_000) == (1, 10_000)
    assert sp.allocate(1) == (10_001, 10_001)
    assert sp.allocate(5) == (10_002, 10_006)
    assert sp.allocated == 10_006
    assert sp.remaining == 10**8 - 10_006


def test_exhaustion_allocates_nothing() -> None:
    sp = space(length=6, symbols="abc")
    assert sp.allocate(700) == (1, 700)
    with pytest.raises(SpaceExhaustedError) as err:
        sp.allocate(30)
    assert (err.value.requested, err.value.remaining, err.value.size) == (30, 29, 729)
    assert err.value.space_id == SPACE_ID
    assert sp.allocated == 700
    assert sp.allocate(29) == (701, 729)
    with pytest.raises(SpaceExhaustedError):
        sp.allocate(1)
    assert sp.allocated == 729
    assert sp.remaining == 0


@pytest.mark.parametrize("count", [0, -1, True, 1.5, "3"])
def test_allocate_rejects_bad_counts(count: object) -> None:
    sp = space()
    with pytest.raises(ValueError, match="count"):
        sp.allocate(count)  # type: ignore[arg-type]
    assert sp.allocated == 0


def test_jobs_sharing_a_space_never_collide() -> None:
    sp = space(length=6, symbols="abc")
    ranges = [sp.allocate(n) for n in (100, 250, 379)]
    batches = [set(serials(sp, a, b)) for a, b in ranges]
    assert sum(map(len, batches)) == 729
    assert len(set().union(*batches)) == 729


def test_concurrent_allocations_are_disjoint() -> None:
    sp = space(length=8, strategy=Strategy.RANDOM_NUMERIC, symbols=None)
    got: list[tuple[int, int]] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(200):
            r = sp.allocate(3)
            with lock:
                got.append(r)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    covered = sorted(i for a, b in got for i in range(a, b + 1))
    assert covered == list(range(1, 2401))
    assert sp.allocated == 2400


def test_space_construction_checks() -> None:
    settings_ = AllocationSettings(6, Strategy.RANDOM_ALPHANUMERIC, "abc")
    for bad_seed in ("", "xyz", "90a1bc2d34567ef8901a2bc3d4e56fa", "g" * 32):
        with pytest.raises(ValueError, match="seed"):
            AllocationSpace(SPACE_ID, settings_, bad_seed)
    with pytest.raises(ValueError, match="allocated"):
        AllocationSpace(SPACE_ID, settings_, SEED, allocated=730)
    restored = AllocationSpace(SPACE_ID, settings_, SEED, allocated=700)
    assert restored.allocate(29) == (701, 729)
    created = AllocationSpace.create(settings_)
    assert uuid.UUID(created.id)
    assert len(created.seed) == 32
    assert int(created.seed, 16) >= 0
    assert created.allocated == 0
    assert len(new_seed()) == 32
    assert new_seed() != new_seed()
    assert created.serial(5) == serial_at(created, 5)


# --- serial ids ------------------------------------------------------------------


def test_serial_id_shape_and_known_answer() -> None:
    sid = serial_id(SPACE_ID, 1)
    assert sid == "1f841036-9978-8b87-b770-000000000001"
    u = uuid.UUID(sid)
    assert str(u) == sid
    assert u.version == 8
    assert u.variant == uuid.RFC_4122
    assert sid.startswith(space_tag(SPACE_ID)[:8])
    assert serial_id(SPACE_ID, 10_000).endswith("000000002710")


@settings(max_examples=300, deadline=None)
@given(space_id=st.text(max_size=60), index=st.integers(1, MAX_SERIAL_ID_INDEX))
def test_serial_id_round_trips(space_id: str, index: int) -> None:
    sid = serial_id(space_id, index)
    assert parse_serial_id(sid) == (space_tag(space_id), index)
    assert parse_serial_id(sid.upper()) == (space_tag(space_id), index)
    assert index_from_serial_id(space_id, sid) == index
    assert serial_id(space_id, index) == sid


def test_serial_ids_are_distinct_and_bound_to_their_space() -> None:
    ids = {serial_id(SPACE_ID, i) for i in range(1, 2001)}
    ids |= {serial_id("another-space", i) for i in range(1, 2001)}
    assert len(ids) == 4000
    sid = serial_id(SPACE_ID, 5)
    assert index_from_serial_id("another-space", sid) is None


def test_serial_id_index_bounds() -> None:
    for bad in (0, -1, MAX_SERIAL_ID_INDEX + 1):
        with pytest.raises(ValueError, match="index"):
            serial_id(SPACE_ID, bad)


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "not-a-uuid",
        "dddd4444-5fe4-32dc-b10a-987654fedcba",  # the docs' example id (v3)
        str(uuid.UUID(int=0)),
        "{1f841036-9978-8b87-b770-000000000001}",
        "1f84103699788b87b770000000000001",
        "1f841036-9978-8b87-b770-000000000002",  # index tampered
        "1f841036-9978-8b87-b771-000000000001",  # check tampered
        "2f841036-9978-8b87-b770-000000000001",  # tag tampered
        "1f841036-9978-8b87-b770-00000000000g",
        " 1f841036-9978-8b87-b770-000000000001",
        None,
        42,
        b"1f841036-9978-8b87-b770-000000000001",
    ],
)
def test_garbage_ids_give_none(garbage: object) -> None:
    assert parse_serial_id(garbage) is None
    assert index_from_serial_id(SPACE_ID, garbage) is None


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.uuids().map(str)))
def test_parse_serial_id_never_raises(value: str) -> None:
    parsed = parse_serial_id(value)
    if parsed is not None:
        tag, index = parsed
        assert len(tag) == 12
        assert 1 <= index <= MAX_SERIAL_ID_INDEX


def test_bench_smoke() -> None:
    rates = bench(count=500)
    assert len(rates) == 4
    assert all(r > 0 for r in rates.values())

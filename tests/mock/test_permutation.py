"""The keyed Feistel permutation behind the mock's random serials (illuminate_mock.permutation): a bijection
on every domain size (checked by hypothesis, up to huge domains and for other round counts), keyed and far
from the identity, and strict about its arguments.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from illuminate_mock.permutation import DEFAULT_ROUNDS, FeistelPermutation

# --- permutation ----------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(size=st.integers(1, 3000), key=st.binary(min_size=0, max_size=40))
def test_permutation_is_a_bijection(size: int, key: bytes) -> None:
    p = FeistelPermutation(size, key)
    images = [p.forward(x) for x in range(size)]
    assert sorted(images) == list(range(size))
    assert [p.inverse(y) for y in images] == list(range(size))
    assert list(p.forward_range(0, size)) == images


@settings(max_examples=100, deadline=None)
@given(
    size=st.integers(1, 2**300),
    key=st.binary(min_size=16, max_size=16),
    data=st.data(),
)
def test_permutation_inverse_on_huge_domains(size: int, key: bytes, data: st.DataObject) -> None:
    p = FeistelPermutation(size, key)
    for x in data.draw(st.lists(st.integers(0, size - 1), min_size=1, max_size=20)):
        y = p.forward(x)
        assert 0 <= y < size
        assert p.inverse(y) == x
        assert list(p.forward_range(x, x + 1)) == [y]


@settings(max_examples=30, deadline=None)
@given(size=st.integers(2, 500), rounds=st.sampled_from([2, 6, 8]))
def test_permutation_other_round_counts(size: int, rounds: int) -> None:
    p = FeistelPermutation(size, b"k", rounds)
    images = list(p.forward_range(0, size))
    assert sorted(images) == list(range(size))
    assert all(p.inverse(y) == x for x, y in enumerate(images))


def test_permutation_is_keyed_and_not_trivial() -> None:
    size = 10**6
    p1 = FeistelPermutation(size, b"one")
    p2 = FeistelPermutation(size, b"two")
    first1 = [p1.forward(x) for x in range(100)]
    first2 = [p2.forward(x) for x in range(100)]
    assert first1 != first2
    assert sum(x == y for x, y in enumerate(first1)) < 5
    # Consecutive inputs land far apart, not in a run.
    assert sum(abs(a - b) < 1000 for a, b in itertools.pairwise(first1)) < 5
    assert FeistelPermutation(size, b"one").forward(7) == p1.forward(7)


def test_permutation_argument_checks() -> None:
    with pytest.raises(ValueError, match="size"):
        FeistelPermutation(0, b"k")
    with pytest.raises(ValueError, match="rounds"):
        FeistelPermutation(10, b"k", rounds=3)
    with pytest.raises(ValueError, match="rounds"):
        FeistelPermutation(10, b"k", rounds=0)
    p = FeistelPermutation(10, b"k")
    assert p.rounds == DEFAULT_ROUNDS
    for bad in (-1, 10):
        with pytest.raises(ValueError, match="outside"):
            p.forward(bad)
        with pytest.raises(ValueError, match="outside"):
            p.inverse(bad)
    with pytest.raises(ValueError, match="outside"):
        list(p.forward_range(5, 11))

"""The mock's serial engine (illuminate_mock.serials), its constants and allocation settings: CSET 82 is
exactly GS1's set, the strategies' wire values, lengths 6 to 20, known strategies only, the symbols rules
(three distinct CSET 82 symbols for RANDOM_ALPHANUMERIC; kept and ignored by the numeric strategies), the
alphabet and space size that settings give, and settings from and to JSON, a bad field named.
"""

from __future__ import annotations

import pytest
from illuminate_mock.serials import CSET_82, NUMERIC_ALPHABET, AllocationSettings, SettingsError, Strategy

# --- constants ----------------------------------------------------------------


def test_cset_82_is_exactly_the_gs1_set() -> None:
    expected = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
    assert expected == CSET_82
    assert len(CSET_82) == 82
    assert len(set(CSET_82)) == 82
    # Excluded on purpose by GS1: space, '#', '$', '@', '[', '\\', ']', '^', '`', '{', '|', '}', '~'.
    assert not set(" #$@[\\]^`{|}~") & set(CSET_82)


def test_strategy_wire_values() -> None:
    assert [s.value for s in Strategy] == [
        "SEQUENTIAL_NUMERIC",
        "RANDOM_NUMERIC",
        "RANDOM_ALPHANUMERIC",
    ]
    assert str(Strategy.RANDOM_NUMERIC) == "RANDOM_NUMERIC"


# --- settings -----------------------------------------------------------------


@pytest.mark.parametrize("length", [6, 13, 20])
def test_settings_accept_lengths_6_to_20(length: int) -> None:
    assert AllocationSettings(length, Strategy.RANDOM_NUMERIC).length == length


@pytest.mark.parametrize("length", [5, 21, 0, -8, "8", 8.0, True, None])
def test_settings_reject_bad_length(length: object) -> None:
    with pytest.raises(SettingsError) as err:
        AllocationSettings(length, Strategy.RANDOM_NUMERIC)  # type: ignore[arg-type]
    assert err.value.field == "length"


@pytest.mark.parametrize("strategy", ["RANDOM", "random_numeric", "", 3, None])
def test_settings_reject_unknown_strategy(strategy: object) -> None:
    with pytest.raises(SettingsError) as err:
        AllocationSettings(8, strategy)  # type: ignore[arg-type]
    assert err.value.field == "strategy"
    assert "strategy" in str(err.value)


def test_settings_normalise_wire_strategy_string() -> None:
    s = AllocationSettings(8, "RANDOM_NUMERIC")  # type: ignore[arg-type]
    assert s.strategy is Strategy.RANDOM_NUMERIC


def test_alphanumeric_requires_symbols() -> None:
    with pytest.raises(SettingsError) as err:
        AllocationSettings(8, Strategy.RANDOM_ALPHANUMERIC)
    assert err.value.field == "symbols"


@pytest.mark.parametrize(
    "symbols",
    ["ab", "aab", "aaaa", "", "ab#", "abc ", "abc$", "abcé", "abc~", "abc\n"],
)
def test_settings_reject_bad_symbols(symbols: str) -> None:
    with pytest.raises(SettingsError) as err:
        AllocationSettings(8, Strategy.RANDOM_ALPHANUMERIC, symbols)
    assert err.value.field == "symbols"


def test_symbols_must_be_a_string() -> None:
    with pytest.raises(SettingsError) as err:
        AllocationSettings(8, Strategy.RANDOM_ALPHANUMERIC, ["a", "b", "c"])  # type: ignore[arg-type]
    assert err.value.field == "symbols"


@pytest.mark.parametrize("symbols", ["hapc", "ab", "0000", "", "ab#", "abcé"])
def test_numeric_strategies_accept_keep_and_ignore_any_symbols(symbols: str) -> None:
    # The CSET 82 and three-distinct rules apply to RANDOM_ALPHANUMERIC only: numeric serials are digits.
    for strategy in (Strategy.RANDOM_NUMERIC, Strategy.SEQUENTIAL_NUMERIC):
        s = AllocationSettings(8, strategy, symbols)
        assert s.symbols == symbols
        assert s.alphabet == NUMERIC_ALPHABET
        assert s.to_json()["symbols"] == symbols
        assert s.space_size == (10**8 - 1 if strategy is Strategy.SEQUENTIAL_NUMERIC else 10**8)


def test_numeric_strategies_still_need_symbols_to_be_text() -> None:
    with pytest.raises(SettingsError) as err:
        AllocationSettings(8, Strategy.RANDOM_NUMERIC, 123)  # type: ignore[arg-type]
    assert err.value.field == "symbols"


def test_alphabet_is_distinct_symbols_in_first_seen_order() -> None:
    s = AllocationSettings(8, Strategy.RANDOM_ALPHANUMERIC, "hapchaph")
    assert s.alphabet == "hapc"
    assert s.space_size == 4**8


def test_full_cset_82_is_valid_symbols() -> None:
    s = AllocationSettings(20, Strategy.RANDOM_ALPHANUMERIC, CSET_82)
    assert s.space_size == 82**20


def test_settings_from_json_and_back() -> None:
    s = AllocationSettings.from_json({"length": 8, "strategy": "RANDOM_ALPHANUMERIC", "symbols": "avcds", "x": 1})
    assert s == AllocationSettings(8, Strategy.RANDOM_ALPHANUMERIC, "avcds")
    assert s.to_json() == {
        "length": 8,
        "strategy": "RANDOM_ALPHANUMERIC",
        "symbols": "avcds",
    }
    assert AllocationSettings.from_json({"length": 8, "strategy": "RANDOM_NUMERIC"}).to_json() == {
        "length": 8,
        "strategy": "RANDOM_NUMERIC",
    }


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"strategy": "RANDOM_NUMERIC"}, "length"),
        ({"length": 8}, "strategy"),
        ({"length": "8", "strategy": "RANDOM_NUMERIC"}, "length"),
        ({"length": 8, "strategy": "RANDOM_ALPHANUMERIC"}, "symbols"),
        ({"length": 8, "strategy": "RANDOM_ALPHANUMERIC", "symbols": 123}, "symbols"),
    ],
)
def test_settings_from_json_names_bad_field(body: dict[str, object], field: str) -> None:
    with pytest.raises(SettingsError) as err:
        AllocationSettings.from_json(body)
    assert err.value.field == field

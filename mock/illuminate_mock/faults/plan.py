"""The fault grammar (``MODE[=VALUE][@RATE]``) and the plan that rolls the dice for each request.

No HTTP here: the middleware (``faults/middleware.py``) asks the plan which
faults a request gets and applies them.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

HEADER = "X-Mock-Fault"
_FAULT = re.compile(r"^(?P<mode>[A-Za-z-]+)(?:=(?P<value>[^@]*))?(?:@(?P<rate>.*))?$")
Value = int | str | None


class FaultError(ValueError):
    """A fault that cannot be parsed; the message names the mode."""


# ------------------------------------------------------------------ grammar


def _no_value(mode: str, text: str | None) -> Value:
    if text is not None:
        raise FaultError(f"{mode}: takes no value (got {text!r})")
    return None


def _integer(low: int, high: int, default: int | None) -> Callable[[str, str | None], Value]:
    def parse(mode: str, text: str | None) -> Value:
        if text is None:
            if default is None:
                raise FaultError(f"{mode}: needs a value, e.g. {mode}={low or 200}")
            return default
        if not re.fullmatch(r"\d+", text.strip()) or not low <= int(text) <= high:
            raise FaultError(f"{mode}: value must be a whole number from {low} to {high} (got {text!r})")
        return int(text)

    return parse


def _choice(*choices: str | int) -> Callable[[str, str | None], Value]:
    def parse(mode: str, text: str | None) -> Value:
        if text is None:
            return choices[0]
        for choice in choices:
            if text.strip() == str(choice):
                return choice
        allowed = ", ".join(map(str, choices))
        raise FaultError(f"{mode}: value must be one of {allowed} (got {text!r})")

    return parse


@dataclass(frozen=True)
class _Mode:
    kind: str  # "transport", "flag" or "contract"
    value: Callable[[str, str | None], Value]
    what: Callable[[Value], str]


MODES: dict[str, _Mode] = {
    "latency": _Mode("transport", _integer(0, 600_000, None), lambda v: f"delayed by {v} ms"),
    "rate-limit": _Mode(
        "transport", _integer(0, 86_400, 1), lambda v: f"answered 429 with Retry-After: {v} (not handled)"
    ),
    "server-error": _Mode("transport", _choice(500, 502, 503), lambda v: f"answered {v} (not handled)"),
    "drop": _Mode(
        "transport",
        _choice("before", "after"),
        lambda v: (
            "connection closed mid-response, "
            + ("before the mock handles the request" if v == "before" else "after the mock handled the request")
        ),
    ),
    "ignore-auth": _Mode("flag", _no_value, lambda v: "served without checking the API key"),
    "accept-invalid": _Mode("flag", _no_value, lambda v: "answered 200 with an empty JSON value when invalid"),
    "missing-field": _Mode("contract", _no_value, lambda v: "2xx JSON body loses a required field"),
    "wrong-type": _Mode("contract", _no_value, lambda v: "2xx JSON body has a required field of the wrong type"),
    "empty-body": _Mode("contract", _no_value, lambda v: "2xx JSON body sent empty"),
    "undocumented-status": _Mode("contract", _no_value, lambda v: "2xx JSON answer turned into an undeclared 418"),
    "wrong-content-type": _Mode("contract", _no_value, lambda v: "2xx JSON body sent as text/plain"),
    "broken-pagination-header": _Mode(
        "contract",
        _choice("invalid", "missing"),
        lambda v: "has-next-page " + ("set to 'maybe'" if v == "invalid" else "removed") + " on paginated lists",
    ),
}
NONE = "none"  # no fault; in the header: leave out the run's faults for this request


@dataclass(frozen=True)
class Fault:
    mode: str
    value: Value = None
    rate: float = 1.0

    def __str__(self) -> str:
        text = self.mode if self.value is None else f"{self.mode}={self.value}"
        return text if self.rate == 1.0 else f"{text}@{self.rate:g}"

    @property
    def kind(self) -> str:
        return MODES[self.mode].kind

    def describe(self) -> str:
        share = "every API request" if self.rate == 1.0 else f"{self.rate * 100:g}% of API requests"
        return f"{self}: {share} {MODES[self.mode].what(self.value)}"


def _parse_rate(mode: str, text: str | None) -> float:
    if text is None:
        return 1.0
    try:
        rate = float(text)
    except ValueError:
        rate = -1.0
    if not 0.0 < rate <= 1.0:
        raise FaultError(f"{mode}: rate must be a number in (0, 1], e.g. {mode}@0.3 (got {text!r})")
    return rate


def _parse_one(text: str) -> Fault | None:
    """One ``MODE[=VALUE][@RATE]``; ``None`` for ``none``."""
    match = _FAULT.match(text)
    mode = (match.group("mode") if match else text.split("=")[0].split("@")[0]).lower()
    if match is None or (mode not in MODES and mode != NONE):
        known = ", ".join([*MODES, NONE])
        raise FaultError(f"unknown fault mode {mode!r} in {text!r} (known: {known})")
    if mode == NONE:
        if match.group("value") is not None or match.group("rate") is not None:
            raise FaultError(f"none: takes no value or rate (got {text!r})")
        return None
    value = MODES[mode].value(mode, match.group("value"))
    return Fault(mode, value, _parse_rate(mode, match.group("rate")))


def _parse_all(specs: Iterable[str]) -> tuple[tuple[Fault, ...], bool]:
    """The faults of comma-separated specs, and whether ``none`` was among them."""
    faults: list[Fault] = []
    saw_none = False
    for spec in specs:
        for item in spec.split(","):
            if not item.strip():
                continue
            fault = _parse_one(item.strip())
            if fault is None:
                saw_none = True
            else:
                faults.append(fault)
    return tuple(faults), saw_none


class FaultPlan:
    """The faults of a run, the dice that decide which requests get them, and whether a request may ask.

    ``allow_header``: whether the ``X-Mock-Fault`` header of a request is
    honoured. A plan made in process (``FaultPlan.parse([])``) allows it by
    default, since tests are its users; ``illuminate-mock`` makes its plan
    with ``allow_header`` from ``--allow-fault-header`` (off unless given).
    When it is off, a request carrying the header is refused with 400.
    """

    def __init__(self, faults: Sequence[Fault] = (), *, seed: int = 0, allow_header: bool = True) -> None:
        self.faults = tuple(faults)
        self.seed = seed
        self.allow_header = allow_header
        self._random = random.Random(seed)

    @classmethod
    def parse(cls, specs: Iterable[str] | str, *, seed: int = 0, allow_header: bool = True) -> FaultPlan:
        """A plan from ``MODE[=VALUE][@RATE]`` texts (each may hold several, comma-separated)."""
        faults, _ = _parse_all([specs] if isinstance(specs, str) else specs)
        return cls(faults, seed=seed, allow_header=allow_header)

    def __repr__(self) -> str:
        faults = ", ".join(map(str, self.faults))
        return f"FaultPlan([{faults}], seed={self.seed}, allow_header={self.allow_header})"

    def describe(self) -> str:
        """One line per fault of the run."""
        return "\n".join(fault.describe() for fault in self.faults)

    def select(self, header: str | None = None) -> list[Fault]:
        """The faults for one request: the run's plus the header's (when allowed), each kept with its rate."""
        if header is not None and not self.allow_header:
            raise FaultError(f"the {HEADER} header is not allowed by this plan")
        extra, saw_none = _parse_all([header]) if header is not None else ((), False)
        candidates = (*(() if saw_none else self.faults), *extra)
        # Roll every candidate, hit or miss, so the dice stay in step across runs.
        return [fault for fault in candidates if self._random.random() < fault.rate]

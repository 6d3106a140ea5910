"""The gate itself (``_safe``) and the base URL check, for any text at all."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from illuminate_cli import _safe
from illuminate_cli._config import check_base_url
from illuminate_sdk import ConfigurationError

from tests.cli.helpers import UNSAFE

ANY_TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200)


@given(ANY_TEXT)
def test_sanitize_leaves_nothing_unsafe_and_is_idempotent(text: str) -> None:
    clean = _safe.sanitize(text)
    assert not UNSAFE.search(clean)
    assert "\n" not in clean
    assert _safe.sanitize(clean) == clean
    clean.encode("utf-8")  # never a lone surrogate


@given(ANY_TEXT)
def test_sanitize_keeps_safe_text_as_it_is(text: str) -> None:
    safe = UNSAFE.sub("", text).replace("\n", "")
    assert _safe.sanitize(safe) == safe


def test_sanitize_escapes_visibly() -> None:
    assert _safe.sanitize("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m"
    assert _safe.sanitize("a\rb\x00\x7f\x9b") == "a\\x0db\\x00\\x7f\\x9b"
    assert _safe.sanitize("\u202eexe\u2066") == "\\u202eexe\\u2066"
    assert _safe.sanitize("😀 [bold]x[/bold] café") == "😀 [bold]x[/bold] café"
    assert _safe.sanitize_lines("a\nb\x1b") == "a\nb\\x1b"


@given(st.recursive(st.none() | st.booleans() | st.integers() | ANY_TEXT, lambda inner: st.lists(inner, max_size=4)))
def test_json_text_is_exact_data_and_safe(data: object) -> None:
    text = _safe.json_text(data)
    assert not UNSAFE.search(text)
    assert json.loads(text) == data


def test_redact_hides_every_form_of_a_registered_secret() -> None:
    _safe.forget_secrets()
    try:
        _safe.register_secret('sk-"key"/+')
        _safe.register_secret("abc")  # too short to hide without garbling text: ignored
        text = 'raw sk-"key"/+ json sk-\\"key\\"/+ url sk-%22key%22%2F%2B abc'
        assert _safe.redact(text) == "raw *** json *** url *** abc"
    finally:
        _safe.forget_secrets()


@given(st.text(max_size=60) | st.from_regex(r"https?://[^/?#]{0,20}(:[0-9]{0,7})?(/.{0,10})?", fullmatch=True))
def test_check_base_url_refuses_with_configuration_error_only(text: str) -> None:
    try:
        checked = check_base_url(text)
    except ConfigurationError:
        return  # the one way to refuse; the CLI turns it into one line, exit 2
    assert checked.startswith(("http://", "https://"))
    assert not any(c.isspace() or not c.isprintable() for c in checked)

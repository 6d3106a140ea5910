"""GS1 helpers and the named character sets, re-exported from their one home, ``illuminate_spec.gs1``
(the mock and the CLI use it too).

The four character sets the Illuminate UI offers are plain strings, usable as
``symbols=`` wherever allocation settings are set: ``AN_47``, ``GS1_36W``,
``GS1_64W``, ``UAN_27``; ``CHARACTER_SETS`` maps the UI's names (``"AN-47"``
...) to them.
"""

from illuminate_spec.gs1 import (
    AN_47,
    CHARACTER_SETS,
    CSET82,
    DIGITAL_LINK_ROOT,
    GS1_36W,
    GS1_64W,
    UAN_27,
    check_digit,
    digital_link,
    gtin14,
)

__all__ = [
    "AN_47",
    "CHARACTER_SETS",
    "CSET82",
    "DIGITAL_LINK_ROOT",
    "GS1_36W",
    "GS1_64W",
    "UAN_27",
    "check_digit",
    "digital_link",
    "gtin14",
]

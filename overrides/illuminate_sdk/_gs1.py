"""GS1 helpers, re-exported from their one home, ``illuminate_spec.gs1`` (the mock and the CLI use it too)."""

from illuminate_spec.gs1 import CSET82, DIGITAL_LINK_ROOT, check_digit, digital_link, gtin14

__all__ = ["CSET82", "DIGITAL_LINK_ROOT", "check_digit", "digital_link", "gtin14"]

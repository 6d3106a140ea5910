"""``illuminate``: a command line for the Digimarc Illuminate APIs, built on ``illuminate_sdk``.

Find digital twins, set allocation settings, start and wait for serial jobs,
export serials (CSV or JSON Lines, with GS1 Digital Links and optional QR
proofs) and list products, brands and data carriers, from a shell.
"""

__version__ = "0.1.0"

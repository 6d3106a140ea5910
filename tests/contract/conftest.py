"""The contract tests import ``contract_tests`` from the repository root (pytest's pythonpath)."""

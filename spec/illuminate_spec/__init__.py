"""The spec's Python face: one loader and ``$ref`` resolver, and the domain facts the spec states.

A leaf package (it imports nothing else of this project), so the mock, the
contract suites, the scripts, the tests, the SDK and the CLI can all take
their facts from one place:

- ``illuminate_spec.loader``: load ``spec/openapi.yaml`` once, resolve
  references through a ``referencing`` registry, walk operations;
- ``illuminate_spec.gs1``: GS1 CSET 82, GTIN-14, Digital Link paths.
"""

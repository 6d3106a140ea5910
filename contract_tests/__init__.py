"""Contract suites: schemathesis holds any server (the bundled mock by default) to spec/openapi.yaml."""

"""In-process mock of the Digimarc Illuminate REST and Serialization APIs.

Laid out like a moto service, so a rule is found by the resource it is about:

- ``app.py`` (HTTP in and out), ``middleware.py``, ``validation.py``,
  ``specdoc.py`` (the spec's operations), ``faults/`` (fault injection);
- ``backend.py`` (operations by id), ``registry.py`` (the handler table);
- ``services/`` (the rules, one module per part of the API), ``models/``
  (typed state), ``store.py`` (where the state is kept), ``render.py`` (models
  as JSON), ``pagination.py``;
- ``serials.py``, ``serial_ids.py``, ``codec.py``, ``permutation.py`` (the
  serial engine);
- ``fixtures.py``, ``config.py``, ``clock.py``, ``gs1.py``, ``errors.py``,
  ``cli.py``.
"""

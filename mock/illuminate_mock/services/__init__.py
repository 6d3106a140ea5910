"""The business rules of the mock, one module per part of the API (moto's ``models.py`` split by resource).

- ``catalog``: brands, functional names, asset types, products, variants;
- ``promotions``: promotional assets and their links;
- ``twins``: digital twins, made with their resources, and the twin filter;
- ``carriers``: data carriers, the subscription check and the carrier URL rule;
- ``images``: the three-step image upload and default images;
- ``serialization``: allocation settings, jobs, job status, serials, serial carriers.

Each operation is a function registered with ``registry.handles`` under its
``operationId``; it takes the ``Store`` and a validated ``Call`` and returns a
``Reply`` or raises ``MockError``. No HTTP here: ``app.py`` does that.
"""

"""Fault injection: make the mock slow, flaky or wrong on purpose (off by default).

Two uses: testing how a client copes with a bad service (latency, 429, 5xx,
dropped connections), and proving that a contract suite such as schemathesis
catches a server that breaks the spec (wrong types, missing fields, statuses
and headers the spec does not declare).

Grammar
-------
A fault is ``MODE[=VALUE][@RATE]``; several are separated by commas::

    server-error=503@0.3     30% of API requests get HTTP 503
    latency=200              every API request is delayed by 200 ms
    wrong-type,missing-field@0.5

``RATE`` is a probability in (0, 1] (default 1: every request). Each fault
is rolled independently for every API request with one ``random.Random``
seeded by the plan (``--fault-seed``, default 0), so a run that sends the
same requests in the same order injects the same faults.

Modes (``VALUE`` in brackets, with its default)
-----------------------------------------------
Transport, decided before the mock handles the request:

- ``latency=MS``: wait MS milliseconds first (VALUE required).
- ``rate-limit[=SECONDS]`` (1): HTTP 429, ``Retry-After: SECONDS``, Error body.
- ``server-error[=500|502|503]`` (500): that status with an Error body.
- ``drop[=before|after]`` (before): the connection is closed mid-response:
  the status line and headers (with a Content-Length) are sent, then the
  connection closes before the body is complete. ``before``: the mock never
  handles the request; ``after``: it does (state changes), and the client
  cannot know. Over a real server (uvicorn) the client sees a transport error;
  in process, the ASGI response is started and never completed.

The first of ``rate-limit``, ``server-error`` and ``drop=before`` that is
rolled answers the request; ``latency`` applies before it.

Request judging (flags read by ``app.py`` from ``request.state.fault_flags``):

- ``ignore-auth``: the API key and its roles are not checked: a known key is
  used whatever its roles, and without one the call acts for the fixture's
  first account with every role. The account check stays: any other
  account, existing or not, gets the same 403, so the fault never tells
  which accounts exist.
- ``accept-invalid``: a request that fails validation gets HTTP 200 with an
  empty JSON value instead of 400.

Contract violations, applied only to 2xx JSON responses of API operations,
in this order:

- ``missing-field``: a required field of the body (of its first item, for an
  array; an empty array becomes ``[{}]``) is removed.
- ``wrong-type``: a required field gets a value of another JSON type (an
  empty array becomes ``{}``).
- ``empty-body``: the body is empty, the Content-Type still JSON.
- ``undocumented-status``: the status becomes one the operation does not
  declare (418) with an Error body.
- ``wrong-content-type``: the JSON body is sent as ``text/plain``.
- ``broken-pagination-header[=invalid|missing]`` (invalid): on cursor-paginated
  lists, ``has-next-page`` becomes ``maybe`` or is removed.

Every ``wrong-type``/``missing-field`` result is checked against the
operation's response schema before it is sent, so a JSON Schema check always
catches it; when no field change breaks the schema, the whole body becomes a
value of another JSON type.

Where faults come from
----------------------
Per run: ``illuminate-mock --fault MODE`` (repeatable) and the fixture's
``faults:`` list, combined. Per request: the header ``X-Mock-Fault: MODE,...``
adds faults to that request only; ``none`` in the header leaves out the run's
faults for that request.

The header is a test tool, never a door: it is honoured only when the app
was built with a plan that allows it. ``FaultPlan.parse([])`` allows it (in
process, tests are its only users); ``FaultPlan.parse(..., allow_header=False)``
does not; ``illuminate-mock`` allows it only with ``--allow-fault-header``
(off by default, said in its start-up line). Where it is not honoured, a
request carrying it is refused with HTTP 400 naming ``header.X-Mock-Fault``
(refused rather than ignored: a test that asks for a fault must not pass
against a mock that did not inject it). A bad header gets HTTP 400 too. The
mock's own routes (``/openapi.json``, ``/_mock/...``) are never faulted.
"""

from .breaking import ResponseSchemas, break_body, undocumented_status
from .middleware import FaultMiddleware
from .plan import HEADER, MODES, NONE, Fault, FaultError, FaultPlan

__all__ = [
    "HEADER",
    "MODES",
    "NONE",
    "Fault",
    "FaultError",
    "FaultMiddleware",
    "FaultPlan",
    "ResponseSchemas",
    "break_body",
    "undocumented_status",
]

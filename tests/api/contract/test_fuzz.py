"""Schemathesis fuzzes the running API from its own OpenAPI document, with every check (the
response-time limit raised to a hang: speed is a matter for the benchmarks): no 500, no
undocumented status code or content type, no 405 without a full ``Allow``, no schema-violating
request accepted (a missing body or a path id below its minimum is 422, never 412), headers and
bodies as documented, and no schema-valid request rejected (``positive_data_acceptance``) but for
the state of the records it names, where the operation's 422 says so (app/openapi_refusals.py;
schemathesis.toml accepts that 422 there only).

What the document says in words rather than in JSON Schema is taught to the fuzzer by hooks
(tests/api/contract/fuzz_hooks.py): cursors are made with the app's own encoder, a new request gets a new
``Idempotency-Key``, dates stay within the declared ``formatMinimum``/``formatMaximum``, and a
schema-valid case that breaks a cross-field rule written in the document (a range's end before its
start, a report over its longest period, ...) is not sent, and one whose body a rule of its
description can be made to keep (a book's weights summing to 100, a service type's material codes
each once) is made to keep it. Any other rejection of a schema-valid request fails the run, and so
does a 422 the request parser gives one, on any operation (``schema_valid_requests_are_parsed``).

It runs as community-a (here), unit and street (test_fuzz_unit.py, test_fuzz_street.py), one module
each, so that the three runs go to different pytest-xdist workers and each has a database of its
own (the street admin's fuzzing cannot deactivate the others). Logout and revoking one's own sync
device (which revokes its session) are excluded so the token lives, and each run ends by checking
that its token still works. A fixed seed and few examples per
operation keep the runtime modest, and the coverage phase (boundary and invalid values of every
parameter, about 18,000 requests) runs as the street only: its cases are the same for every role,
and as the others most would stop at the permission check's 403 (fuzz_run.py).
``test_the_run_covers_three_roles_and_every_check`` keeps it so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.api.contract.fuzz_run import (
    CONFIG,
    COVERAGE_ROLE,
    ROLES,
    fuzz_as,
    schemathesis_command,
)

HERE = Path(__file__).parent
ROOT = HERE.parents[2]


def test_the_run_covers_three_roles_and_every_check():
    """Three roles of three kinds of org; every check Schemathesis has and the hooks' own, none
    switched off in the configuration and none left out on the command line (issue #30)."""
    from schemathesis.config import SchemathesisConfig
    from schemathesis.config._checks import _BUILTIN_CHECK_CONFIGS

    assert ROLES == ("community-a", "unit", "street")
    for role in ROLES:  # each role fuzzed by a module of its own
        runs = [
            path.name
            for path in HERE.glob("test_fuzz*.py")
            if f'fuzz_as(live_server.base_url, "{role}"' in path.read_text()
        ]
        assert len(runs) == 1, (role, runs)
    for role in ROLES:
        command = schemathesis_command("http://127.0.0.1:1", "token", role)
        assert command[command.index("--checks") + 1] == "all"
        excluded = [command[i + 1] for i, arg in enumerate(command) if arg.startswith("--exclude-check")]
        assert excluded == []
        run_phases = command[command.index("--phases") + 1].split(",")
        assert run_phases == (
            ["examples", "coverage", "fuzzing"] if role == COVERAGE_ROLE else ["examples", "fuzzing"]
        )
    assert COVERAGE_ROLE == "street"  # the widest permissions: the coverage cases reach the handlers
    checks = SchemathesisConfig.from_path(CONFIG).projects.default.checks
    switched_off = [name for name in _BUILTIN_CHECK_CONFIGS if not getattr(checks, name).enabled]
    assert switched_off == []


def test_a_schema_valid_request_may_be_refused_422_only_where_the_document_says_why():
    """positive_data_acceptance accepts a 422 on exactly the operations whose 422 the document
    declares as a refusal for the state of the records named (app/openapi_refusals.py), and the
    hooks' check fails any 422 the request parser gives a schema-valid case, on every operation."""
    import schemathesis
    from schemathesis.config import SchemathesisConfig

    from app.openapi_refusals import STATE_REFUSALS, state_refusal_note
    from tests.api.contract import fuzz_hooks

    spec = json.loads((ROOT / "openapi" / "openapi.json").read_text())
    config = SchemathesisConfig.from_path(CONFIG).projects.default
    accepting = set()
    for result in schemathesis.openapi.from_dict(spec).get_all_operations():
        operation = result.ok()
        statuses = config.checks_config_for(operation=operation).positive_data_acceptance.expected_statuses
        operation_id = operation.definition.raw["operationId"]
        if "422" in statuses:
            accepting.add(operation_id)
        assert [
            s for s in statuses if s.startswith("4") and s not in ("401", "403", "404", "409", "422", "429")
        ] == []
        declared = operation.definition.raw["responses"].get("422", {}).get("description")
        if operation_id in STATE_REFUSALS:
            assert declared == state_refusal_note(operation_id), operation_id
    assert accepting == set(STATE_REFUSALS)
    assert callable(fuzz_hooks.schema_valid_requests_are_parsed)


def test_the_hooks_check_is_one_of_every_check():
    """``--checks all`` runs the checks the hooks register too: schema_valid_requests_are_parsed is one."""
    from schemathesis.checks import CHECKS

    from tests.api.contract import fuzz_hooks

    assert CHECKS.get_by_names(["schema_valid_requests_are_parsed"]) == [
        fuzz_hooks.schema_valid_requests_are_parsed
    ]


@pytest.mark.asyncio
async def test_no_generated_request_breaks_the_contract_as_community_a(live_server, tmp_path):
    await fuzz_as(live_server.base_url, "community-a", tmp_path)

"""Schemathesis as street, every check but the pending ones (tests/api/contract/test_fuzz.py says
which and why)."""

from __future__ import annotations

import pytest

from tests.api.contract.fuzz_run import fuzz_as


@pytest.mark.asyncio
async def test_no_generated_request_breaks_the_contract_as_street(live_server, tmp_path):
    await fuzz_as(live_server.base_url, "street", tmp_path)

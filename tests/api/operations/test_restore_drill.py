"""The restore drill (scripts/restore_drill.py) fails when a backup would not restore faithfully.

CI runs the whole drill once after the suite (.ci/run); here its checks are shown to fail: a damaged
dump stops at pg_restore, and a restored database missing audit events is refused before the API
is even started.
"""

from __future__ import annotations

import asyncio

import pytest

from app.demo.context import DEMO_PASSWORD
from scripts.restore_drill import Drill, DrillFailed

pytestmark = pytest.mark.asyncio


async def _drill(url: str) -> Drill:
    drill = Drill(url, None, "community-a", "street", DEMO_PASSWORD)
    await drill.choose_programs()  # of the server's version
    return drill


async def _drop_target(drill: Drill) -> None:
    await drill.query(drill.admin_url, f'DROP DATABASE IF EXISTS "{drill.target_name}" WITH (FORCE)')


async def test_a_damaged_dump_fails_the_drill_at_pg_restore(api, tmp_path):
    drill = await _drill(api.url)
    dump = tmp_path / "fpwork.dump"
    await asyncio.to_thread(drill.pg_dump, dump)
    whole = dump.read_bytes()
    dump.write_bytes(whole[: len(whole) // 2])
    try:
        await drill.recreate_target()
        with pytest.raises(DrillFailed, match="pg_restore failed") as failed:
            await asyncio.to_thread(drill.pg_restore, dump)
        assert "end of file" in str(failed.value) or "could not read" in str(failed.value), failed.value
    finally:
        await _drop_target(drill)


async def test_a_restore_missing_audit_events_fails_the_drill(api, tmp_path):
    drill = await _drill(api.url)
    (first,) = await drill.query(
        api.url,
        "SELECT min(r.id) AS id FROM residents r JOIN users u ON u.org_id = r.community_id "
        "WHERE u.username = 'community-a' AND r.status = 'active'",
    )
    revealed = await api.get("community-a", f"/api/v1/residents/{first['id']}?reveal=true")
    assert revealed.status_code == 200  # audited: the source now has an audit trail
    resident_id, id_number, audit_count = await drill.source_facts()
    assert resident_id == first["id"] and id_number == revealed.json()["id_number"] and audit_count > 0
    dump = tmp_path / "fpwork.dump"
    await asyncio.to_thread(drill.pg_dump, dump)
    try:
        await drill.recreate_target()
        await asyncio.to_thread(drill.pg_restore, dump)
        (restored,) = await drill.query(drill.target_url, "SELECT count(*) AS n FROM audit_events")
        assert restored["n"] == audit_count  # a faithful restore has them all
        latest = "DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)"
        await drill.query(drill.target_url, latest)
        with pytest.raises(DrillFailed, match=f"the source held {audit_count} audit events"):
            await drill.check_api(resident_id, id_number, audit_count)
    finally:
        await _drop_target(drill)

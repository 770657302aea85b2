"""Who keeps the safeguards (保障措施): the permissions, declared into app/authz.py's table.

* ``safeguards:read`` — every staff role reads the institutions in force and the budget lines and
  spending of its area (a community or unit only the lines allotted to it).
* ``funds:write`` — the street's office (its administrator and officers: who keeps the books)
  writes budgets, lines and spending entries, and corrects an entry only by another entry.
* ``institutions:write`` — the street and the district record rules and bodies and their repeal.
* ``evidence:upload`` — those who write either upload the files that are their evidence.
"""

from __future__ import annotations

from app.authz import Role, grant

READ = "safeguards:read"
_STREET = (READ, "funds:write", "institutions:write", "evidence:upload")

grant(Role.street_admin, *_STREET)
grant(Role.street_officer, *_STREET)
grant(Role.district_officer, READ, "institutions:write", "evidence:upload")
grant(Role.district_integration, READ)
grant(Role.community_officer, READ)
grant(Role.unit_liaison, READ)

"""Task 5 floating population (流动人口) and the integration surface; declares the area's permissions."""

from app.authz import Role, grant

# Who may do what in this area (read with the table in app/authz.py).
grant(Role.community_officer, "migrants:read", "migrants:write", "exchange:read", "exchange:write")
grant(Role.unit_liaison, "migrants:read", "migrants:write")
for _street_role in (Role.street_admin, Role.street_officer):
    grant(_street_role, "migrants:read", "migrants:write", "exchange:read", "exchange:write", "imports:write")
grant(Role.street_admin, "webhooks:manage")
grant(Role.district_officer, "migrants:read", "exchange:read", "webhooks:manage", "imports:write")
# The district integration account relays exchange messages, subscribes to webhooks and imports.
grant(
    Role.district_integration,
    "migrants:read",
    "exchange:read",
    "exchange:relay",
    "webhooks:manage",
    "imports:write",
)

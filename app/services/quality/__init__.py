"""Task 6 quality services (优质服务); declares the five links' permissions (the area's others are in
the table in app/authz.py)."""

from app.authz import Role, grant

# The five links of the quality service action (五联): every quality reader reads them; community and
# street officers record pairings, network members and contact visits.
for _reader in (Role.district_officer, Role.district_integration):
    grant(_reader, "five-links:read")
for _writer in (Role.community_officer, Role.street_admin, Role.street_officer):
    grant(_writer, "five-links:read", "five-links:write")

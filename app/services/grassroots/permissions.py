"""Who does the grassroots work: the area's permissions, declared into app/authz.py's table.

* ``grassroots:read`` — every staff role reads the network, campaigns, Association, agreements,
  commitments, feedback, care cases and demonstrations of its area.
* ``network:write`` — workers and trainings (street, community, unit, district).
* ``campaigns:write`` — the street creates campaigns from the template; ``activities:write`` —
  communities and units report their activities, a campaign's reach and knowledge surveys (the
  street too).
* ``facilities:write`` — facilities, their inspections and content refreshes (community, unit,
  street).
* ``association:write``, ``integrity:write`` — branches and members; integrity agreements and their
  yearly review (community and street).
* ``commitments:write``, ``feedback:handle`` — public commitments; answering feedback and seeing the
  submitter's contact (community and street). ``feedback:escalate`` — the street's sweep of overdue cases.
* ``care:write`` — care cases, pairing, visits, assistance; ``care:notes`` — reading visit notes
  (the community and street workers who do the visits, not the district or integration systems).
* ``demonstrations:self-assess`` (community) and ``demonstrations:assess`` (street, district).
* ``self-governance:write`` — resident meetings, the clauses they adopt and their volunteers
  (community and street).
* ``conduct:kinds``, ``conduct:write`` — the street keeps its list of work-style activity kinds and
  runs the activities (participants, findings); ``conduct:rectify`` — the team concerned (community
  or street) records a finding's rectification.
"""

from __future__ import annotations

from app.authz import Role, grant

_READ = "grassroots:read"
_COMMUNITY = (
    _READ,
    "network:write",
    "activities:write",
    "facilities:write",
    "association:write",
    "integrity:write",
    "commitments:write",
    "feedback:handle",
    "care:write",
    "care:notes",
    "demonstrations:self-assess",
    "self-governance:write",
    "conduct:rectify",
)
_STREET = tuple(
    p
    for p in (
        *_COMMUNITY,
        "campaigns:write",
        "feedback:escalate",
        "demonstrations:assess",
        "conduct:kinds",
        "conduct:write",
    )
    if p != "demonstrations:self-assess"
)

grant(Role.community_officer, *_COMMUNITY)
grant(Role.street_admin, *_STREET)
grant(Role.street_officer, *_STREET)
grant(
    Role.district_officer,
    _READ,
    "network:write",
    "campaigns:write",
    "feedback:escalate",
    "demonstrations:assess",
)
grant(Role.district_integration, _READ)
grant(Role.unit_liaison, _READ, "network:write", "activities:write", "facilities:write", "association:write")

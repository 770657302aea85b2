from __future__ import annotations

from dataclasses import dataclass, field

from app.config import Settings
from app.models.core.family import Family
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.models.core.user import User

DEMO_PASSWORD = "demo-pass-2019"  # documented demo credential (README "Demo accounts"), not a secret
DEMO_CLIENT_SECRET = "demo-secret-2019"


@dataclass
class DemoContext:
    settings: Settings
    orgs: dict[str, Org] = field(default_factory=dict)
    users: dict[str, User] = field(default_factory=dict)
    residents: list[Resident] = field(default_factory=list)
    families: list[Family] = field(default_factory=list)
    # Named families for the benefit rules' showcase cases (e.g. "special_support_death").
    showcase: dict[str, Family] = field(default_factory=dict)

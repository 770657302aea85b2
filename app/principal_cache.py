"""Placeholder until the per-process principal cache lands: never holds anything."""

from __future__ import annotations

from app.authz import Principal


class PrincipalCache:
    enabled = False
    generation = 0

    def get(self, session_id: str) -> Principal | None:
        return None

    def put(self, principal: Principal, generation: int) -> None:
        return None

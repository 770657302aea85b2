"""Scope of leadership records: a book (and its assignments and evaluation) is seen where its org is."""

from __future__ import annotations

from sqlalchemy import ColumnElement, SQLColumnExpression

from app.authz import Principal, scoped_org_ids


def org_id_scope(org_id_column: SQLColumnExpression[int], principal: Principal) -> ColumnElement[bool]:
    """The community sees its own, the unit its own, the street every community and unit beneath it."""
    return org_id_column.in_(scoped_org_ids(principal))

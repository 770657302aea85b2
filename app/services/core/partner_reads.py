"""Partners on the fast read path: the scoped list and the single read.

The scope is :func:`app.authz.shared_scope`: a partner serves its org's subtree and is seen by the
orgs above it, the same filter app/services/core/partners.py uses for its writes. The service names
are a JSON array; on PostgreSQL the read path's plain asyncpg connection would hand it over as
text, so there the statement unpacks it into a ``text[]`` (in the array's order), which comes back
as the same list of strings that SQLite's JSON column gives.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, bindparam, false, true
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from app.authz import Principal, shared_scope
from app.models.core.partner import Partner, PartnerKind
from app.read_path import ReadPath
from app.schemas.core.partner import PartnerRead


class _JsonTextList(FunctionElement[Any]):
    """A JSON array of strings as a list on both databases (the column itself on SQLite)."""

    type = JSON()
    name = "json_text_list"
    inherit_cache = True


@compiles(_JsonTextList)
def _json_text_list(element: _JsonTextList, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(_JsonTextList, "postgresql")
def _json_text_list_pg(element: _JsonTextList, compiler: SQLCompiler, **kw: Any) -> str:
    array = compiler.process(element.clauses, **kw)  # the compiled column, no value
    unpacked = f"json_array_elements_text({array}) WITH ORDINALITY AS e(value, n)"
    return f"ARRAY(SELECT e.value FROM {unpacked} ORDER BY e.n)"  # noqa: S608


def partner_scope(principal: Principal) -> Any:
    return shared_scope(Partner.org_id, principal)


PARTNERS = ReadPath(
    model=Partner,
    schema=PartnerRead,
    scope=partner_scope,
    label="Partner",
    columns={"services": _JsonTextList(Partner.services)},
    filters={
        "kind": lambda: Partner.kind == bindparam("kind"),
        "active": lambda: Partner.active.is_(true()),
        "retired": lambda: Partner.active.is_(false()),
        "org_id": lambda: Partner.org_id == bindparam("org_id"),
    },
)


def filters(*, kind: PartnerKind | None, active: bool | None, org_id: int | None) -> dict[str, Any]:
    """The list's query parameters as the values of :data:`PARTNERS`' filters."""
    return {
        "kind": kind.value if kind is not None else None,
        "active": True if active is True else None,
        "retired": True if active is False else None,
        "org_id": org_id,
    }

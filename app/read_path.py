"""The fast read path: a scoped list page or single row, from a pooled connection to response bytes.

Writes go through the ORM session and its single commit place (app/db.py). Reads that only show
rows need none of that: no unit of work, no identity map, no BEGIN/COMMIT. A :class:`ReadPath` is
declared once per resource from the resource's read schema and its scope filter in app/authz.py:

- the columns are the schema's fields, each read from the column its ``validation_alias`` names,
  so a masked field (``id_number`` ← ``id_number_masked``) is masked in the statement itself and
  nothing unmasked ever leaves the database on this path;
- the statement (scope filter, the filters a request uses, keyset, limit) is compiled once per
  (org kind, root or not, filters present, first page or not) with the caller's org as bound
  parameters (:class:`app.authz.ScopeTemplate`); a request only binds values;
- the compiled SQL runs as an asyncpg prepared statement (asyncpg keeps it per connection) on the
  read pool (``Database.fetch``: plain asyncpg, no SQLAlchemy checkout, no transaction);
- the rows become the response body in one step (``pydantic_core.to_json``), in the same JSON the
  schema would write: the tests compare the two for every row of the demo.

Admission (the 503 budget) applies as on every other database use.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pydantic_core
from fastapi import Response
from pydantic import BaseModel
from sqlalchemy import ColumnElement, Integer, Select, bindparam, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, ScopeTemplate, scope_parameters
from app.config import Settings
from app.db import get_database
from app.errors import NotFound
from app.feed import feed_page
from app.list_filters import NO_BINDS, Binds, ListFilters
from app.pagination import ID, decode_cursor, encode_cursor
from app.reasons import localize_row
from app.schemas.common import provisional_due_note

JSON = "application/json"
Clause = Callable[[], ColumnElement[bool]]
Row = dict[str, Any]
# Fills a page's derived fields in place: (rows, the request's context) → None.
Complete = Callable[[list[Row], Any], Awaitable[None]]


def note_provisional_due(rows: list[Row]) -> None:
    """``due_note`` of a schema with :class:`app.schemas.common.ProvisionalDue`, from ``due_provisional``."""
    for row in rows:
        row["due_note"] = provisional_due_note(row["due_provisional"])


async def with_due_note(rows: list[Row], _context: Any) -> None:
    """The ``complete`` of a path whose only derived field is ``due_note``."""
    note_provisional_due(rows)


@dataclass(frozen=True)
class _Compiled:
    sql: str
    positions: tuple[str, ...]
    constants: dict[str, Any]  # values the statement itself holds (a LIMIT 1 in a subquery, say)


class ReadPath:
    """One resource's scoped reads. ``filters`` is the list's query model (app/list_filters.py),
    whose fields declare the conditions; a request passes the model's values as ``where`` (and
    ``today`` for the filters that compare with it). An older path may still map a filter's name
    to its clause, written with ``bindparam(name)``, and take the values as keyword arguments."""

    def __init__(
        self,
        *,
        model: Any,
        schema: type[BaseModel],
        scope: Callable[[Any], ColumnElement[bool]],
        filters: Mapping[str, Clause] | type[ListFilters] | None = None,
        named_filters: Mapping[str, Clause] | None = None,
        columns: Mapping[str, ColumnElement[Any]] | None = None,
        derived: Collection[str] = (),
        complete: Complete | None = None,
        descending: bool = False,
        all_order: tuple[Any, ...] = (),
        label: str,
    ) -> None:
        """``named_filters`` are conditions that are no query parameter, passed by name next to the
        query model's values: a parent's id from the route's path (a batch's lines), a date.
        ``columns`` names a column for a field the model has not (a display name, say); a name
        that is not a schema field is read for ``complete`` and left out of the answer. ``derived``
        fields are read from no column: ``complete`` sets them on every row of a page (a flag judged
        on the request's date, a nested list from :class:`Related`). ``descending`` lists newest
        first; ``all_order`` orders :meth:`all`'s unpaged lists (pages go by id, as their cursors).
        A public list (no sign-in) passes ``principal=None`` to :meth:`page` and :meth:`one`:
        its ``scope`` is then called with ``None`` and must say what the public may see."""
        if bool(derived) != (complete is not None):
            raise TypeError(f"{label}: derived fields and complete go together")
        self.model = model
        self.scope = scope
        if isinstance(filters, type) and issubclass(filters, ListFilters):
            self.query: type[ListFilters] | None = filters
            self.filters = filters.clauses() | dict(named_filters or {})
        else:
            self.query = None
            self.filters = dict(filters or {})
        self.label = label
        self.id_column = model.id
        self.derived = frozenset(derived)
        self.complete = complete
        self.descending = descending
        self.all_order = all_order  # the order of all() (the unpaged lists); pages go by id
        self.columns = [c.label(name) for name, c in self._columns(schema, columns or {}).items()]
        self.selected = tuple(column.name for column in self.columns)
        self.names = tuple(schema.model_fields)
        # Reasons stored as codes (app/reasons.py), rendered in the request's language.
        self.localized = any(f"{n}_code" in self.names and f"{n}_params" in self.names for n in self.names)
        self._reshape = self.selected != self.names
        self._compiled: dict[tuple[Any, ...], _Compiled] = {}

    def _columns(
        self, schema: type[BaseModel], given: Mapping[str, ColumnElement[Any]]
    ) -> dict[str, ColumnElement[Any]]:
        """Every schema field from a column: ``given`` first, else the model's column of the
        field's ``validation_alias`` or name. A field with neither fails here, at import."""
        out: dict[str, ColumnElement[Any]] = {}
        for name, field in schema.model_fields.items():
            if name in self.derived:
                continue
            if name in given:
                out[name] = given[name]
                continue
            source = field.validation_alias if isinstance(field.validation_alias, str) else name
            column = self.model.__table__.c.get(source)
            if column is None:
                raise TypeError(f"{schema.__name__}.{name} has no column in {self.model.__name__}")
            out[name] = column
        unknown = self.derived - schema.model_fields.keys()
        if unknown:
            raise TypeError(f"{schema.__name__} has no fields {sorted(unknown)}")
        return out | {name: column for name, column in given.items() if name not in out}

    async def page(
        self,
        principal: Principal | None,
        *,
        limit: int,
        cursor: str | None,
        context: Any = None,
        where: ListFilters | None = None,
        today: date | None = None,
        settings: Settings | None = None,
        **filters: Any,
    ) -> Response:
        """One keyset page ``{"items": [...], "next_cursor": ...}`` ordered by id; ``context`` goes
        to ``complete`` (the request's date, say)."""
        used, values = _binds(where, today, settings, filters)
        params = {**_scope_values(principal), **values, "limit": limit + 1}
        if cursor is not None:
            (params["after_id"],) = decode_cursor(cursor, ID)
        compiled = self._compile(principal, used, by_id=False, after=cursor is not None)
        rows = await _fetch(compiled, params, self.selected)
        next_cursor = encode_cursor([rows[limit - 1]["id"]]) if len(rows) > limit else None
        items = await self._finish(rows[:limit], context)
        body = pydantic_core.to_json({"items": items, "next_cursor": next_cursor})
        return Response(body, media_type=JSON)

    def orm_select(
        self,
        principal: Principal,
        *,
        where: ListFilters | None = None,
        today: date | None = None,
        settings: Settings | None = None,
        **filters: Any,
    ) -> Select[Any]:
        """The same scope and filters as an ORM statement with its values bound, for the variants
        that still load entities in a session (the change feed)."""
        used, values = _binds(where, today, settings, filters)
        stmt = select(self.model).where(self.scope(principal), *(self.filters[n]() for n in sorted(used)))
        return stmt.params(values)

    async def changes(
        self,
        session: AsyncSession,
        settings: Settings,
        principal: Principal,
        *,
        updated_since: datetime,
        limit: int,
        cursor: str | None,
        where: ListFilters | None = None,
        today: date | None = None,
        **filters: Any,
    ) -> tuple[list[Any], str | None]:
        """The change feed (``updated_since``, app/feed.py) over the same scope and filters: ORM rows
        in update order, in the request's session."""
        return await feed_page(
            session,
            settings,
            self.orm_select(principal, where=where, today=today, settings=settings, **filters),
            updated_column=self.model.updated_at,
            id_column=self.id_column,
            updated_since=updated_since,
            limit=limit,
            cursor=cursor,
        )

    async def one(self, principal: Principal | None, object_id: int, context: Any = None) -> Response:
        """The row with ``object_id`` if the caller's scope holds it (404 otherwise), with its ETag."""
        params = {**_scope_values(principal), "object_id": object_id, "limit": 1}
        compiled = self._compile(principal, frozenset(), by_id=True, after=False)
        return await self._single(compiled, params, context)

    async def first(
        self,
        principal: Principal | None,
        *,
        context: Any = None,
        where: ListFilters | None = None,
        today: date | None = None,
        settings: Settings | None = None,
        **filters: Any,
    ) -> Response:
        """The row the filters pick (a tracking code, say) in the caller's scope, 404 if none; the
        first in the path's order if several match."""
        used, values = _binds(where, today, settings, filters)
        params = {**_scope_values(principal), **values, "limit": 1}
        compiled = self._compile(principal, used, by_id=False, after=False)
        return await self._single(compiled, params, context)

    async def all(
        self,
        principal: Principal | None,
        *,
        context: Any = None,
        where: ListFilters | None = None,
        today: date | None = None,
        settings: Settings | None = None,
        **filters: Any,
    ) -> Response:
        """Every row in scope that the filters keep, as one JSON array in the path's order: for the
        short lists the API does not page (a policy's versions, the service catalogue)."""
        used, values = _binds(where, today, settings, filters)
        compiled = self._compile(principal, used, by_id=False, after=False, bounded=False)
        rows = await _fetch(compiled, {**_scope_values(principal), **values}, self.selected)
        return Response(pydantic_core.to_json(await self._finish(rows, context)), media_type=JSON)

    async def _single(self, compiled: _Compiled, params: dict[str, Any], context: Any) -> Response:
        rows = await self._finish(await _fetch(compiled, params, self.selected), context)
        if not rows:
            raise NotFound(f"{self.label} not found")
        response = Response(pydantic_core.to_json(rows[0]), media_type=JSON)
        if "version" in rows[0]:
            response.headers["ETag"] = f'"{rows[0]["version"]}"'
        return response

    async def _finish(self, rows: list[Row], context: Any) -> list[Row]:
        """The derived fields filled in, and the rows in the schema's fields and order."""
        if rows and self.complete is not None:
            await self.complete(rows, context)
        if self.localized:
            for row in rows:
                localize_row(row)
        if self._reshape:
            return [{name: row[name] for name in self.names} for row in rows]
        return rows

    def _compile(
        self,
        principal: Principal | None,
        used: frozenset[str],
        *,
        by_id: bool,
        after: bool,
        bounded: bool = True,
    ) -> _Compiled:
        kind, root = (principal.org_kind, principal.is_root) if principal is not None else (None, False)
        key = (kind, root, used, by_id, after, bounded)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = self._build(key)
        return compiled

    def _build(self, key: tuple[Any, ...]) -> _Compiled:
        org_kind, root, used, by_id, after, bounded = key
        unknown = used - self.filters.keys()
        if unknown:
            raise TypeError(f"{self.label}: no filter named {sorted(unknown)}")
        template = ScopeTemplate.of(org_kind, root) if org_kind is not None else None
        stmt = select(*self.columns).where(self.scope(template))
        for name in sorted(used):
            stmt = stmt.where(self.filters[name]())
        if by_id:
            stmt = stmt.where(self.id_column == bindparam("object_id"))
        if after:
            after_id: Any = bindparam("after_id")
            stmt = stmt.where(self.id_column < after_id if self.descending else self.id_column > after_id)
        by_key = self.id_column.desc() if self.descending else self.id_column.asc()
        stmt = stmt.order_by(*(() if bounded else self.all_order), by_key)
        return _compiled(stmt.limit(bindparam("limit")) if bounded else stmt)


class Seen(BaseModel):
    """The schema of a path that only says whether the caller sees a row (404 if not): the parent
    of a nested list answered on its own (:meth:`Related.of`)."""

    id: int


class Related:
    """Rows of another table for a page's rows, in one more query: the nested lists of a detail
    (a family's children, a request's returns). ``key`` is the column that points at the page's
    rows; the result maps each key to its rows (in ``order_by`` order), as dicts of ``columns``'
    labels."""

    def __init__(self, *columns: Any, key: Any, order_by: Any) -> None:
        self.key_name = "_key"
        self.names = tuple(column.key for column in columns)
        base = select(key.label(self.key_name), *columns).order_by(key, order_by)
        self._base = base
        self._key = key
        self._compiled: _Compiled | None = None

    def _statement(self) -> _Compiled:
        if self._compiled is None:
            keys = bindparam("keys", type_=ARRAY(Integer))
            self._compiled = _compiled(self._base.where(self._key == keys.any_()))
        return self._compiled

    async def of(self, parent: ReadPath, principal: Principal, key: int) -> Response:
        """One parent's rows as a JSON array, after ``parent`` (a path over :class:`Seen`) has
        said the caller sees it: 404 otherwise, as the parent's own read."""
        await parent.one(principal, key)
        return Response(pydantic_core.to_json((await self.fetch([key]))[key]), media_type=JSON)

    async def fetch(self, keys: Collection[int]) -> dict[int, list[Row]]:
        out: dict[int, list[Row]] = {key: [] for key in keys}
        if not out:
            return out
        rows = await _fetch(self._statement(), {"keys": sorted(out)}, (self.key_name, *self.names))
        for row in rows:
            out[row.pop(self.key_name)].append(row)
        return out


def _binds(
    where: ListFilters | None, today: date | None, settings: Settings | None, filters: dict[str, Any]
) -> Binds:
    """The keys and values of a request's conditions: a query model's (``where``) and any named
    directly (an older path's values, or a nested list's parent id)."""
    used, values = where.binds(today, settings) if where is not None else NO_BINDS
    if filters:
        named = {name: value for name, value in filters.items() if value is not None}
        used, values = used | frozenset(named), {**values, **named}
    return used, values


def _scope_values(principal: Principal | None) -> dict[str, Any]:
    return scope_parameters(principal) if principal is not None else {}


def _compiled(stmt: Select[Any]) -> _Compiled:
    """The statement's SQL for the read pool. A list of values the statement holds
    (``state.in_(OPEN_STATES)``) is written out as one parameter per value, since a prepared
    statement cannot expand a list at run time (a list a request binds is an array, see
    :class:`Related`); the values the statement holds are converted as SQLAlchemy would (an enum
    member to its stored name), as the read pool passes them to asyncpg as they are."""
    dialect = get_database().engine.dialect
    # Writing the lists out needs a value for every parameter: the request's stay open (None).
    open_names = {bind.key for bind in stmt.compile(dialect=dialect).binds.values() if bind.required}
    sql_compiled = stmt.params(dict.fromkeys(open_names)).compile(
        dialect=dialect, compile_kwargs={"render_postcompile": True}
    )
    constants = {}
    for name, value in sql_compiled.params.items():
        if name in open_names or value is None:
            continue
        binds = sql_compiled.binds  # a list's values are named after its parameter: state_1_1 …
        bind = binds[name] if name in binds else binds[name.rsplit("_", 1)[0]]
        process = bind.type.dialect_impl(dialect).bind_processor(dialect)
        constants[name] = process(value) if process is not None else value
    return _Compiled(sql_compiled.string, tuple(sql_compiled.positiontup or ()), constants)


async def _fetch(compiled: _Compiled, params: dict[str, Any], names: tuple[str, ...]) -> list[dict[str, Any]]:
    values = {**compiled.constants, **params}
    records = await get_database().fetch(compiled.sql, [values[name] for name in compiled.positions])
    return [dict(zip(names, record, strict=True)) for record in records]

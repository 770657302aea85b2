"""A list's filters, declared once: one pydantic model per list, its fields the query parameters.

A field is a query parameter (name, type or enum, ``Field(description=..., examples=...)``) and,
in its ``Annotated`` metadata, a :class:`Filter` saying which condition it adds to the list's
statement. The one declaration serves all three readers:

- the route takes the model as ``Annotated[CaseFilters, Query()]`` (FastAPI documents and
  validates each field as a query parameter of its own, as if written in the signature);
- the read lane (app/read_lane.py) validates the same fields in its one call per request;
- the read path (``ReadPath(filters=CaseFilters)``, app/read_path.py) builds its WHERE clause from
  the filters a request uses: :meth:`ListFilters.binds` gives the conditions' keys and values.

Kinds: :class:`Equals` (``column = value``; an enum by its stored value), :class:`Where` (any
condition on the value, bound as one or more parameters), :class:`AllTerms` (a search whose terms
must all hold), :class:`OnOrAfter` /
:class:`OnOrBefore` (the ``*_from``/``*_to`` of an inclusive date range, an instant column by the
Beijing day's bounds; a range named in ``ordered_ranges`` is 422 when it ends before it starts, as
``loading.date_range`` says) and
:class:`Flag` (a boolean: one condition for true, another or none for false). Unknown query
parameters are ignored, as they are by the routes that declare their parameters one by one.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Annotated, Any, ClassVar, NamedTuple

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement, bindparam
from sqlalchemy.sql.elements import BindParameter

from app.clock import CHINA
from app.errors import Unprocessable
from app.schemas.common import IsoAwareDateTime

UPDATED_SINCE = (
    "Change feed: rows updated at or after this instant (ISO 8601 with offset), ordered by update time; "
    "see docs/integration.md"
)
# A list's change feed parameter, as a field of its query model (no filter: the route picks the feed).
UpdatedSince = Annotated[IsoAwareDateTime | None, Field(description=UPDATED_SINCE)]

Clause = Callable[[], ColumnElement[bool]]
# What a request's filters add to a statement: the keys of the conditions and their bound values.
Binds = tuple[frozenset[str], dict[str, Any]]
NO_BINDS: Binds = (frozenset(), {})
Bound = tuple[tuple[str, ...], dict[str, Any]] | None


class Context(NamedTuple):
    """What a filter may need besides its value: the request's date (the filters that compare with
    it) and the app's settings (a value looked up by its keyed hash)."""

    today: date | None
    settings: Any


class Filter:
    """How one query parameter filters: the conditions it may add (each under a key of its own) and,
    for a value, the keys it uses and the values it binds (:class:`Context`: what else it needs)."""

    def clauses(self, name: str) -> dict[str, Clause]:
        raise NotImplementedError

    def bind(self, name: str, value: Any, context: Context) -> Bound:
        """The keys of the conditions ``value`` adds and their bound values; ``None``: none."""
        raise NotImplementedError


class Equals(Filter):
    """``column = value`` (an enum member by its stored value)."""

    def __init__(self, column: Any) -> None:
        self.column = column

    def clauses(self, name: str) -> dict[str, Clause]:
        return {name: lambda: self.column == bindparam(name)}

    def bind(self, name: str, value: Any, context: Context) -> Bound:
        return (name,), {name: value.value if isinstance(value, Enum) else value}


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=CHINA)


Condition = Callable[..., ColumnElement[bool]]


def _params(condition: Condition, key: str) -> list[BindParameter[Any]]:
    """One bound parameter per argument of ``condition``: ``key_0``, ``key_1`` ..."""
    count = len(inspect.signature(condition).parameters)
    return [bindparam(f"{key}_{i}") for i in range(count)]


class Where(Filter):
    """Any condition on the value: ``condition`` takes the bound values as arguments, ``values``
    gives them from the parameter's value (default: the value itself, an enum by its stored value),
    and from the :class:`Context` too if it takes two arguments.
    ``Where(lambda day: started <= day)``; ``Where(lambda a, b: col.between(a, b), values=f)``."""

    def __init__(self, condition: Condition, *, values: Callable[..., tuple[Any, ...]] | None = None) -> None:
        self.condition = condition
        self.values = values
        # values(value) or values(value, context): the request's date or settings, say
        self.contextual = values is not None and len(inspect.signature(values).parameters) == 2

    def clauses(self, name: str) -> dict[str, Clause]:
        condition = self.condition
        return {name: lambda: condition(*_params(condition, name))}

    def bind(self, name: str, value: Any, context: Context) -> Bound:
        if self.values is not None:
            values = self.values(value, context) if self.contextual else self.values(value)
            return (name,), {f"{name}_{i}": v for i, v in enumerate(values)}
        return (name,), {f"{name}_0": value.value if isinstance(value, Enum) else value}


class OnOrAfter(Filter):
    """The ``*_from`` of an inclusive range of Beijing dates: ``column >= day`` (an ``instant``
    column from the day's first moment)."""

    def __init__(self, column: Any, *, instant: bool = False) -> None:
        self.column = column
        self.instant = instant

    def clauses(self, name: str) -> dict[str, Clause]:
        return {name: lambda: self.column >= bindparam(name)}

    def bind(self, name: str, value: Any, context: Context) -> Bound:
        return (name,), {name: _day_start(value) if self.instant else value}


class OnOrBefore(Filter):
    """The ``*_to`` of an inclusive range of Beijing dates: ``column <= day`` (an ``instant``
    column before the next day's first moment)."""

    def __init__(self, column: Any, *, instant: bool = False) -> None:
        self.column = column
        self.instant = instant

    def clauses(self, name: str) -> dict[str, Clause]:
        if self.instant:
            return {name: lambda: self.column < bindparam(name)}
        return {name: lambda: self.column <= bindparam(name)}

    def bind(self, name: str, value: Any, context: Context) -> Bound:
        return (name,), {name: _day_start(value + timedelta(days=1)) if self.instant else value}


class Flag(Filter):
    """A boolean: ``true`` is the condition for true, ``false`` the one for false (``None``: that
    value filters nothing; a parameter that defaults to false, ``include_empty``, say). ``values``
    gives, from the request's date, the values the conditions take as arguments (bound parameters,
    in order): "overdue" compares with today, say."""

    def __init__(
        self,
        true: Condition | None,
        false: Condition | None = None,
        *,
        values: Callable[[date], tuple[Any, ...]] | None = None,
    ) -> None:
        self.true = true
        self.false = false
        self.values = values

    def clauses(self, name: str) -> dict[str, Clause]:
        true, false = self.true, self.false
        out: dict[str, Clause] = {}
        if true is not None:
            out[name] = lambda: true(*_params(true, name))
        if false is not None:
            out[f"not_{name}"] = lambda: false(*_params(false, f"not_{name}"))
        return out

    def bind(self, name: str, value: Any, context: Context) -> Bound:
        if (self.true if value else self.false) is None:
            return None
        key = name if value else f"not_{name}"
        if self.values is None:
            return (key,), {}
        if context.today is None:
            raise TypeError(f"{name}: this filter needs the request's date")
        return (key,), {f"{key}_{i}": v for i, v in enumerate(self.values(context.today))}


class AllTerms(Filter):
    """A search: ``terms`` splits the value into terms (its 422s for a query it refuses), each of
    which must hold (``holds``, on the term as a bound parameter); at most ``most`` terms."""

    def __init__(self, holds: Condition, *, terms: Callable[[str], list[str]], most: int) -> None:
        self.holds = holds
        self.terms = terms
        self.most = most

    def clauses(self, name: str) -> dict[str, Clause]:
        return {f"{name}_{i}": self._holds(f"{name}_{i}") for i in range(self.most)}

    def _holds(self, key: str) -> Clause:
        return lambda: self.holds(bindparam(key))

    def bind(self, name: str, value: Any, context: Context) -> Bound:
        terms = self.terms(value)
        if not terms:
            return None
        keys = tuple(f"{name}_{i}" for i in range(len(terms)))
        return keys, dict(zip(keys, terms, strict=True))


class ListFilters(BaseModel):
    """The base of a list's query model: each field with a :class:`Filter` in its metadata filters
    the list; a field without one is a plain query parameter the service reads itself."""

    model_config = ConfigDict(extra="ignore")

    # The ranges (``submitted`` for ``submitted_from``/``submitted_to``) that are 422 when they end
    # before they start; any other such range just finds nothing, as it always has.
    ordered_ranges: ClassVar[tuple[str, ...]] = ()
    __filters__: ClassVar[dict[str, Filter]] = {}
    __binders__: ClassVar[tuple[tuple[str, Callable[[str, Any, Context], Bound] | None], ...]] = ()
    __ordered__: ClassVar[tuple[tuple[str, str], ...]] = ()

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        found: dict[str, Filter] = {}
        for name, field in cls.model_fields.items():
            for item in field.metadata:
                if isinstance(item, Filter):
                    found[name] = item
        cls.__filters__ = found
        cls.__binders__ = tuple(
            (name, None if type(kind) is Equals else kind.bind) for name, kind in found.items()
        )
        cls.__ordered__ = tuple((f"{field}_from", f"{field}_to") for field in cls.ordered_ranges)
        for first, last in cls.__ordered__:
            if first not in cls.model_fields or last not in cls.model_fields:
                raise TypeError(f"{cls.__name__}: no {first} and {last} to order")

    @classmethod
    def clauses(cls) -> dict[str, Clause]:
        """Every condition the list's filters may add, by key (what ``ReadPath`` compiles)."""
        out: dict[str, Clause] = {}
        for name, kind in cls.__filters__.items():
            out |= kind.clauses(name)
        return out

    def check(self) -> None:
        """Refuse values that do not go together (422), beyond ``ordered_ranges``: none by default."""

    def binds(self, today: date | None = None, settings: Any = None) -> Binds:
        """The conditions this request's values use, and what they bind (422 for a date range
        that ends before it starts, or what :meth:`check` refuses)."""
        values = self.__dict__
        self.check()
        for first, last in self.__ordered__:
            start, end = values[first], values[last]
            if start is not None and end is not None and start > end:
                raise Unprocessable(
                    f"{first} is after {last}", zh=f"{first} 晚于 {last}", loc=["query", first]
                )
        keys: list[str] = []
        params: dict[str, Any] = {}
        context = None
        for name, bind in self.__binders__:
            value = values[name]
            if value is None:
                continue
            if bind is None:  # Equals, the common case, inline: the hot lists take several
                keys.append(name)
                params[name] = value.value if isinstance(value, Enum) else value
                continue
            bound = bind(name, value, context or (context := Context(today, settings)))
            if bound is not None:
                keys += bound[0]
                params.update(bound[1])
        return frozenset(keys), params

"""The stock ledger per day (``stock_days``): what the stock-out and dispensing figures read.

Per point, product and Beijing day: the ledger's net change (``net_quantity``) and its number of
lines (``lines``, so a day with only dispensations is not taken for a ledger day), and the units
dispensed that day. It is kept in the same transaction as the write, by one hook: every flush that
adds ledger lines or dispensations adds them to their day with one upsert. Ledger lines and
dispensations are append-only (corrections are new lines), so changing or deleting one through the
ORM is refused rather than left to drift. Rows written around the ORM (bulk loads) are summed in
with :data:`REBUILD_SQL`, as migration ``0011`` does for the existing ledger.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, Integer, event
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.db import Base
from app.models.quality.stock import Dispensation, StockMovement


class StockDay(Base):
    __tablename__ = "stock_days"

    point_id: Mapped[int] = mapped_column(ForeignKey("distribution_points.id"), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("contraceptive_products.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    net_quantity: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    lines: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    dispensed_units: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (Index("ix_stock_days_day_point_id", "day", "point_id"),)


# Everything in the ledger and the dispensations, summed per day into an empty ``stock_days``.
REBUILD_SQL = """
INSERT INTO stock_days (point_id, product_id, day, net_quantity, lines, dispensed_units)
SELECT point_id, product_id, day, SUM(net_quantity), SUM(lines), SUM(dispensed_units)
FROM (
    SELECT point_id, product_id, occurred_on AS day, quantity AS net_quantity, 1 AS lines,
           0 AS dispensed_units
    FROM stock_movements
    UNION ALL
    SELECT point_id, product_id, dispensed_on, 0, 0, quantity FROM dispensations
) AS entries
GROUP BY point_id, product_id, day
"""


def _per_day(objects: Iterable[Any]) -> dict[tuple[int, int, date], list[int]]:
    days: dict[tuple[int, int, date], list[int]] = {}
    for obj in objects:
        if isinstance(obj, StockMovement):
            entry = days.setdefault((obj.point_id, obj.product_id, obj.occurred_on), [0, 0, 0])
            entry[0] += obj.quantity
            entry[1] += 1
        elif isinstance(obj, Dispensation):
            days.setdefault((obj.point_id, obj.product_id, obj.dispensed_on), [0, 0, 0])[2] += obj.quantity
    return days


@event.listens_for(Session, "before_flush")
def _refuse_ledger_edits(session: Session, _context: Any, _instances: Any) -> None:
    for obj in [*session.deleted, *session.dirty]:
        if isinstance(obj, StockMovement | Dispensation) and (
            obj in session.deleted or session.is_modified(obj, include_collections=False)
        ):
            raise RuntimeError(f"{type(obj).__name__} rows are append-only (correct with a new line)")


@event.listens_for(Session, "after_flush")
def _add_to_stock_days(session: Session, _context: Any) -> None:
    days = _per_day(session.new)  # after a flush, ``new`` still lists what it inserted
    if not days:
        return
    connection = session.connection()
    stmt = insert(StockDay).values(
        [
            {
                "point_id": point_id,
                "product_id": product_id,
                "day": day,
                "net_quantity": net,
                "lines": lines,
                "dispensed_units": dispensed,
            }
            for (point_id, product_id, day), (net, lines, dispensed) in sorted(days.items())
        ]
    )
    connection.execute(
        stmt.on_conflict_do_update(
            index_elements=["point_id", "product_id", "day"],
            set_={
                "net_quantity": StockDay.net_quantity + stmt.excluded.net_quantity,
                "lines": StockDay.lines + stmt.excluded.lines,
                "dispensed_units": StockDay.dispensed_units + stmt.excluded.dispensed_units,
            },
        )
    )

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.line_execution import LineExecution
  from ..models.task_execution import TaskExecution





T = TypeVar("T", bound="BudgetExecution")



@_attrs_define
class BudgetExecution:
    """ 
        Attributes:
            approved_fen (int):
            as_of (datetime.date):
            budget_id (int):
            execution_rate (float | None):
            lines (list[LineExecution]):
            remaining_fen (int):
            spent_fen (int):
            tasks (list[TaskExecution]):
            year (int):
     """

    approved_fen: int
    as_of: datetime.date
    budget_id: int
    execution_rate: float | None
    lines: list[LineExecution]
    remaining_fen: int
    spent_fen: int
    tasks: list[TaskExecution]
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.line_execution import LineExecution # noqa: PLC0415
        from ..models.task_execution import TaskExecution # noqa: PLC0415
        approved_fen = self.approved_fen

        as_of = self.as_of.isoformat()

        budget_id = self.budget_id

        execution_rate: float | None
        execution_rate = self.execution_rate

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)



        remaining_fen = self.remaining_fen

        spent_fen = self.spent_fen

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)



        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approved_fen": approved_fen,
            "as_of": as_of,
            "budget_id": budget_id,
            "execution_rate": execution_rate,
            "lines": lines,
            "remaining_fen": remaining_fen,
            "spent_fen": spent_fen,
            "tasks": tasks,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_execution import LineExecution # noqa: PLC0415
        from ..models.task_execution import TaskExecution # noqa: PLC0415
        d = dict(src_dict)
        approved_fen = d.pop("approved_fen")

        as_of = datetime.date.fromisoformat(d.pop("as_of"))




        budget_id = d.pop("budget_id")

        def _parse_execution_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        execution_rate = _parse_execution_rate(d.pop("execution_rate"))


        lines = []
        _lines = d.pop("lines")
        for lines_item_data in (_lines):
            lines_item = LineExecution.from_dict(lines_item_data)



            lines.append(lines_item)


        remaining_fen = d.pop("remaining_fen")

        spent_fen = d.pop("spent_fen")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in (_tasks):
            tasks_item = TaskExecution.from_dict(tasks_item_data)



            tasks.append(tasks_item)


        year = d.pop("year")

        budget_execution = cls(
            approved_fen=approved_fen,
            as_of=as_of,
            budget_id=budget_id,
            execution_rate=execution_rate,
            lines=lines,
            remaining_fen=remaining_fen,
            spent_fen=spent_fen,
            tasks=tasks,
            year=year,
        )


        budget_execution.additional_properties = d
        return budget_execution

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

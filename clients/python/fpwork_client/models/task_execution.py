from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.plan_task import PlanTask
from typing import cast






T = TypeVar("T", bound="TaskExecution")



@_attrs_define
class TaskExecution:
    """ 
        Attributes:
            approved_fen (int):
            execution_rate (float | None):
            remaining_fen (int):
            spent_fen (int):
            task (PlanTask): The work plan's parts a budget line funds: leadership, the eight tasks, two actions, two
                highlights (a fixed catalogue: the plan's own structure, the same every year).
            task_label (str):
     """

    approved_fen: int
    execution_rate: float | None
    remaining_fen: int
    spent_fen: int
    task: PlanTask
    task_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        approved_fen = self.approved_fen

        execution_rate: float | None
        execution_rate = self.execution_rate

        remaining_fen = self.remaining_fen

        spent_fen = self.spent_fen

        task = self.task.value

        task_label = self.task_label


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approved_fen": approved_fen,
            "execution_rate": execution_rate,
            "remaining_fen": remaining_fen,
            "spent_fen": spent_fen,
            "task": task,
            "task_label": task_label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approved_fen = d.pop("approved_fen")

        def _parse_execution_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        execution_rate = _parse_execution_rate(d.pop("execution_rate"))


        remaining_fen = d.pop("remaining_fen")

        spent_fen = d.pop("spent_fen")

        task = PlanTask(d.pop("task"))




        task_label = d.pop("task_label")

        task_execution = cls(
            approved_fen=approved_fen,
            execution_rate=execution_rate,
            remaining_fen=remaining_fen,
            spent_fen=spent_fen,
            task=task,
            task_label=task_label,
        )


        task_execution.additional_properties = d
        return task_execution

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.plan_task import PlanTask
from ..types import UNSET, Unset






T = TypeVar("T", bound="BudgetLineCreate")



@_attrs_define
class BudgetLineCreate:
    """ 
        Attributes:
            approved_fen (int): In fen (1 yuan = 100 fen)
            org_id (int): Who the money is allotted to: the street itself or a community or unit
            task (PlanTask): The work plan's parts a budget line funds: leadership, the eight tasks, two actions, two
                highlights (a fixed catalogue: the plan's own structure, the same every year).
            note (str | Unset):  Default: ''.
     """

    approved_fen: int
    org_id: int
    task: PlanTask
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        approved_fen = self.approved_fen

        org_id = self.org_id

        task = self.task.value

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "approved_fen": approved_fen,
            "org_id": org_id,
            "task": task,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approved_fen = d.pop("approved_fen")

        org_id = d.pop("org_id")

        task = PlanTask(d.pop("task"))




        note = d.pop("note", UNSET)

        budget_line_create = cls(
            approved_fen=approved_fen,
            org_id=org_id,
            task=task,
            note=note,
        )

        return budget_line_create


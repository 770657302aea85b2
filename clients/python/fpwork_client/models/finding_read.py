from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.finding_status import FindingStatus
from typing import cast
import datetime






T = TypeVar("T", bound="FindingRead")



@_attrs_define
class FindingRead:
    """ 
        Attributes:
            activity_id (int):
            activity_title (str):
            due_on (datetime.date):
            id (int):
            org_id (int):
            org_name (str):
            overdue (bool): Still open after its due date (as of today)
            problem (str):
            rectification (str):
            rectified_note (None | str):
            rectified_on (datetime.date | None):
            rectified_on_time (bool | None):
            status (FindingStatus):
            version (int):
     """

    activity_id: int
    activity_title: str
    due_on: datetime.date
    id: int
    org_id: int
    org_name: str
    overdue: bool
    problem: str
    rectification: str
    rectified_note: None | str
    rectified_on: datetime.date | None
    rectified_on_time: bool | None
    status: FindingStatus
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        activity_title = self.activity_title

        due_on = self.due_on.isoformat()

        id = self.id

        org_id = self.org_id

        org_name = self.org_name

        overdue = self.overdue

        problem = self.problem

        rectification = self.rectification

        rectified_note: None | str
        rectified_note = self.rectified_note

        rectified_on: None | str
        if isinstance(self.rectified_on, datetime.date):
            rectified_on = self.rectified_on.isoformat()
        else:
            rectified_on = self.rectified_on

        rectified_on_time: bool | None
        rectified_on_time = self.rectified_on_time

        status = self.status.value

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activity_id": activity_id,
            "activity_title": activity_title,
            "due_on": due_on,
            "id": id,
            "org_id": org_id,
            "org_name": org_name,
            "overdue": overdue,
            "problem": problem,
            "rectification": rectification,
            "rectified_note": rectified_note,
            "rectified_on": rectified_on,
            "rectified_on_time": rectified_on_time,
            "status": status,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity_id = d.pop("activity_id")

        activity_title = d.pop("activity_title")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        id = d.pop("id")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        overdue = d.pop("overdue")

        problem = d.pop("problem")

        rectification = d.pop("rectification")

        def _parse_rectified_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rectified_note = _parse_rectified_note(d.pop("rectified_note"))


        def _parse_rectified_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rectified_on_type_0 = datetime.date.fromisoformat(data)



                return rectified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        rectified_on = _parse_rectified_on(d.pop("rectified_on"))


        def _parse_rectified_on_time(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        rectified_on_time = _parse_rectified_on_time(d.pop("rectified_on_time"))


        status = FindingStatus(d.pop("status"))




        version = d.pop("version")

        finding_read = cls(
            activity_id=activity_id,
            activity_title=activity_title,
            due_on=due_on,
            id=id,
            org_id=org_id,
            org_name=org_name,
            overdue=overdue,
            problem=problem,
            rectification=rectification,
            rectified_note=rectified_note,
            rectified_on=rectified_on,
            rectified_on_time=rectified_on_time,
            status=status,
            version=version,
        )


        finding_read.additional_properties = d
        return finding_read

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

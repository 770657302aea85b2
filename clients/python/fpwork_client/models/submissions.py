from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.submission import Submission





T = TypeVar("T", bound="Submissions")



@_attrs_define
class Submissions:
    """ 
        Attributes:
            accepted (int):
            due_on (datetime.date):
            form_id (int):
            late (int):
            missing (int):
            period_end (datetime.date):
            period_start (datetime.date):
            rows (list[Submission]):
            streets (int):
            submitted (int):
     """

    accepted: int
    due_on: datetime.date
    form_id: int
    late: int
    missing: int
    period_end: datetime.date
    period_start: datetime.date
    rows: list[Submission]
    streets: int
    submitted: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.submission import Submission # noqa: PLC0415
        accepted = self.accepted

        due_on = self.due_on.isoformat()

        form_id = self.form_id

        late = self.late

        missing = self.missing

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)



        streets = self.streets

        submitted = self.submitted


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accepted": accepted,
            "due_on": due_on,
            "form_id": form_id,
            "late": late,
            "missing": missing,
            "period_end": period_end,
            "period_start": period_start,
            "rows": rows,
            "streets": streets,
            "submitted": submitted,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.submission import Submission # noqa: PLC0415
        d = dict(src_dict)
        accepted = d.pop("accepted")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        form_id = d.pop("form_id")

        late = d.pop("late")

        missing = d.pop("missing")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))




        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = Submission.from_dict(rows_item_data)



            rows.append(rows_item)


        streets = d.pop("streets")

        submitted = d.pop("submitted")

        submissions = cls(
            accepted=accepted,
            due_on=due_on,
            form_id=form_id,
            late=late,
            missing=missing,
            period_end=period_end,
            period_start=period_start,
            rows=rows,
            streets=streets,
            submitted=submitted,
        )


        submissions.additional_properties = d
        return submissions

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

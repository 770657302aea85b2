from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.period_report_status import PeriodReportStatus
from typing import cast
import datetime






T = TypeVar("T", bound="Submission")



@_attrs_define
class Submission:
    """ 
        Attributes:
            first_submitted_on (datetime.date | None):
            late (bool): Submitted after the due date, or not submitted and the due date passed
            missing (bool): Not submitted yet and the due date passed
            org_id (int):
            org_name (str):
            report_id (int | None):
            status (None | PeriodReportStatus):
            submitted (bool):
     """

    first_submitted_on: datetime.date | None
    late: bool
    missing: bool
    org_id: int
    org_name: str
    report_id: int | None
    status: None | PeriodReportStatus
    submitted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        first_submitted_on: None | str
        if isinstance(self.first_submitted_on, datetime.date):
            first_submitted_on = self.first_submitted_on.isoformat()
        else:
            first_submitted_on = self.first_submitted_on

        late = self.late

        missing = self.missing

        org_id = self.org_id

        org_name = self.org_name

        report_id: int | None
        report_id = self.report_id

        status: None | str
        if isinstance(self.status, PeriodReportStatus):
            status = self.status.value
        else:
            status = self.status

        submitted = self.submitted


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "first_submitted_on": first_submitted_on,
            "late": late,
            "missing": missing,
            "org_id": org_id,
            "org_name": org_name,
            "report_id": report_id,
            "status": status,
            "submitted": submitted,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_first_submitted_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_submitted_on_type_0 = datetime.date.fromisoformat(data)



                return first_submitted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        first_submitted_on = _parse_first_submitted_on(d.pop("first_submitted_on"))


        late = d.pop("late")

        missing = d.pop("missing")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        def _parse_report_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        report_id = _parse_report_id(d.pop("report_id"))


        def _parse_status(data: object) -> None | PeriodReportStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PeriodReportStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PeriodReportStatus, data)

        status = _parse_status(d.pop("status"))


        submitted = d.pop("submitted")

        submission = cls(
            first_submitted_on=first_submitted_on,
            late=late,
            missing=missing,
            org_id=org_id,
            org_name=org_name,
            report_id=report_id,
            status=status,
            submitted=submitted,
        )


        submission.additional_properties = d
        return submission

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

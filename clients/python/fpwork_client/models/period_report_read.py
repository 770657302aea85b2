from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.period_report_status import PeriodReportStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.period_report_version_read import PeriodReportVersionRead





T = TypeVar("T", bound="PeriodReportRead")



@_attrs_define
class PeriodReportRead:
    """ 
        Attributes:
            accepted_version (int | None):
            current_version (int):
            district_id (int):
            due_on (datetime.date):
            first_submitted_on (datetime.date | None):
            form_code (str):
            form_id (int):
            form_name_zh (str):
            id (int):
            late (bool): First submitted after the due date
            next_steps (list[str]):
            org_id (int):
            org_name (str):
            period_end (datetime.date):
            period_start (datetime.date):
            status (PeriodReportStatus):
            version (int):
            versions (list[PeriodReportVersionRead]): Every version, oldest first
     """

    accepted_version: int | None
    current_version: int
    district_id: int
    due_on: datetime.date
    first_submitted_on: datetime.date | None
    form_code: str
    form_id: int
    form_name_zh: str
    id: int
    late: bool
    next_steps: list[str]
    org_id: int
    org_name: str
    period_end: datetime.date
    period_start: datetime.date
    status: PeriodReportStatus
    version: int
    versions: list[PeriodReportVersionRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.period_report_version_read import PeriodReportVersionRead # noqa: PLC0415
        accepted_version: int | None
        accepted_version = self.accepted_version

        current_version = self.current_version

        district_id = self.district_id

        due_on = self.due_on.isoformat()

        first_submitted_on: None | str
        if isinstance(self.first_submitted_on, datetime.date):
            first_submitted_on = self.first_submitted_on.isoformat()
        else:
            first_submitted_on = self.first_submitted_on

        form_code = self.form_code

        form_id = self.form_id

        form_name_zh = self.form_name_zh

        id = self.id

        late = self.late

        next_steps = self.next_steps



        org_id = self.org_id

        org_name = self.org_name

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        status = self.status.value

        version = self.version

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accepted_version": accepted_version,
            "current_version": current_version,
            "district_id": district_id,
            "due_on": due_on,
            "first_submitted_on": first_submitted_on,
            "form_code": form_code,
            "form_id": form_id,
            "form_name_zh": form_name_zh,
            "id": id,
            "late": late,
            "next_steps": next_steps,
            "org_id": org_id,
            "org_name": org_name,
            "period_end": period_end,
            "period_start": period_start,
            "status": status,
            "version": version,
            "versions": versions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period_report_version_read import PeriodReportVersionRead # noqa: PLC0415
        d = dict(src_dict)
        def _parse_accepted_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        accepted_version = _parse_accepted_version(d.pop("accepted_version"))


        current_version = d.pop("current_version")

        district_id = d.pop("district_id")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))




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


        form_code = d.pop("form_code")

        form_id = d.pop("form_id")

        form_name_zh = d.pop("form_name_zh")

        id = d.pop("id")

        late = d.pop("late")

        next_steps = cast(list[str], d.pop("next_steps"))


        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))




        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        status = PeriodReportStatus(d.pop("status"))




        version = d.pop("version")

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in (_versions):
            versions_item = PeriodReportVersionRead.from_dict(versions_item_data)



            versions.append(versions_item)


        period_report_read = cls(
            accepted_version=accepted_version,
            current_version=current_version,
            district_id=district_id,
            due_on=due_on,
            first_submitted_on=first_submitted_on,
            form_code=form_code,
            form_id=form_id,
            form_name_zh=form_name_zh,
            id=id,
            late=late,
            next_steps=next_steps,
            org_id=org_id,
            org_name=org_name,
            period_end=period_end,
            period_start=period_start,
            status=status,
            version=version,
            versions=versions,
        )


        period_report_read.additional_properties = d
        return period_report_read

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

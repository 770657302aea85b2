from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.accountability_case_status import AccountabilityCaseStatus
from ..models.accountability_kind import AccountabilityKind
from ..models.accountability_subject import AccountabilitySubject
from typing import cast
import datetime






T = TypeVar("T", bound="AccountabilityCaseRead")



@_attrs_define
class AccountabilityCaseRead:
    """ 
        Attributes:
            actual (float):
            book_id (int):
            book_indicator_id (int | None):
            closed_on (datetime.date | None):
            department (None | str):
            id (int):
            indicator_code (str):
            measure (AccountabilityKind):
            opened_by (int | None):
            opened_on (datetime.date):
            org_id (int):
            outcome (None | str):
            person_name (None | str):
            quarter (int):
            quarter_end (datetime.date):
            reason (str):
            status (AccountabilityCaseStatus):
            subject (AccountabilitySubject):
            subject_org_id (int | None):
            target (float):
            user_id (int | None):
            version (int):
            veto (bool):
            year (int):
     """

    actual: float
    book_id: int
    book_indicator_id: int | None
    closed_on: datetime.date | None
    department: None | str
    id: int
    indicator_code: str
    measure: AccountabilityKind
    opened_by: int | None
    opened_on: datetime.date
    org_id: int
    outcome: None | str
    person_name: None | str
    quarter: int
    quarter_end: datetime.date
    reason: str
    status: AccountabilityCaseStatus
    subject: AccountabilitySubject
    subject_org_id: int | None
    target: float
    user_id: int | None
    version: int
    veto: bool
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        actual = self.actual

        book_id = self.book_id

        book_indicator_id: int | None
        book_indicator_id = self.book_indicator_id

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        department: None | str
        department = self.department

        id = self.id

        indicator_code = self.indicator_code

        measure = self.measure.value

        opened_by: int | None
        opened_by = self.opened_by

        opened_on = self.opened_on.isoformat()

        org_id = self.org_id

        outcome: None | str
        outcome = self.outcome

        person_name: None | str
        person_name = self.person_name

        quarter = self.quarter

        quarter_end = self.quarter_end.isoformat()

        reason = self.reason

        status = self.status.value

        subject = self.subject.value

        subject_org_id: int | None
        subject_org_id = self.subject_org_id

        target = self.target

        user_id: int | None
        user_id = self.user_id

        version = self.version

        veto = self.veto

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actual": actual,
            "book_id": book_id,
            "book_indicator_id": book_indicator_id,
            "closed_on": closed_on,
            "department": department,
            "id": id,
            "indicator_code": indicator_code,
            "measure": measure,
            "opened_by": opened_by,
            "opened_on": opened_on,
            "org_id": org_id,
            "outcome": outcome,
            "person_name": person_name,
            "quarter": quarter,
            "quarter_end": quarter_end,
            "reason": reason,
            "status": status,
            "subject": subject,
            "subject_org_id": subject_org_id,
            "target": target,
            "user_id": user_id,
            "version": version,
            "veto": veto,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actual = d.pop("actual")

        book_id = d.pop("book_id")

        def _parse_book_indicator_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        book_indicator_id = _parse_book_indicator_id(d.pop("book_indicator_id"))


        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)



                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))


        def _parse_department(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        department = _parse_department(d.pop("department"))


        id = d.pop("id")

        indicator_code = d.pop("indicator_code")

        measure = AccountabilityKind(d.pop("measure"))




        def _parse_opened_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        opened_by = _parse_opened_by(d.pop("opened_by"))


        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))




        org_id = d.pop("org_id")

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))


        def _parse_person_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        person_name = _parse_person_name(d.pop("person_name"))


        quarter = d.pop("quarter")

        quarter_end = datetime.date.fromisoformat(d.pop("quarter_end"))




        reason = d.pop("reason")

        status = AccountabilityCaseStatus(d.pop("status"))




        subject = AccountabilitySubject(d.pop("subject"))




        def _parse_subject_org_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        subject_org_id = _parse_subject_org_id(d.pop("subject_org_id"))


        target = d.pop("target")

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(d.pop("user_id"))


        version = d.pop("version")

        veto = d.pop("veto")

        year = d.pop("year")

        accountability_case_read = cls(
            actual=actual,
            book_id=book_id,
            book_indicator_id=book_indicator_id,
            closed_on=closed_on,
            department=department,
            id=id,
            indicator_code=indicator_code,
            measure=measure,
            opened_by=opened_by,
            opened_on=opened_on,
            org_id=org_id,
            outcome=outcome,
            person_name=person_name,
            quarter=quarter,
            quarter_end=quarter_end,
            reason=reason,
            status=status,
            subject=subject,
            subject_org_id=subject_org_id,
            target=target,
            user_id=user_id,
            version=version,
            veto=veto,
            year=year,
        )


        accountability_case_read.additional_properties = d
        return accountability_case_read

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.accountability_kind import AccountabilityKind
from ..models.accountability_subject import AccountabilitySubject
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AccountabilityCaseCreate")



@_attrs_define
class AccountabilityCaseCreate:
    """ Open a case for an indicator that was behind plan at a quarter's end, against a department,
    a unit (community or social unit) or a person.

        Attributes:
            book_id (int):
            book_indicator_id (int):
            measure (AccountabilityKind):
            opened_on (datetime.date):
            quarter (int): The quarter at whose end the indicator was behind plan
            reason (str):
            subject (AccountabilitySubject):
            department (None | str | Unset): subject=department: its name
            person_name (None | str | Unset): subject=person: who (also named with unit)
            subject_org_id (int | None | Unset): subject=unit: the community or unit
            user_id (int | None | Unset): The person's user account, if they have one
     """

    book_id: int
    book_indicator_id: int
    measure: AccountabilityKind
    opened_on: datetime.date
    quarter: int
    reason: str
    subject: AccountabilitySubject
    department: None | str | Unset = UNSET
    person_name: None | str | Unset = UNSET
    subject_org_id: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        book_id = self.book_id

        book_indicator_id = self.book_indicator_id

        measure = self.measure.value

        opened_on = self.opened_on.isoformat()

        quarter = self.quarter

        reason = self.reason

        subject = self.subject.value

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        person_name: None | str | Unset
        if isinstance(self.person_name, Unset):
            person_name = UNSET
        else:
            person_name = self.person_name

        subject_org_id: int | None | Unset
        if isinstance(self.subject_org_id, Unset):
            subject_org_id = UNSET
        else:
            subject_org_id = self.subject_org_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "book_id": book_id,
            "book_indicator_id": book_indicator_id,
            "measure": measure,
            "opened_on": opened_on,
            "quarter": quarter,
            "reason": reason,
            "subject": subject,
        })
        if department is not UNSET:
            field_dict["department"] = department
        if person_name is not UNSET:
            field_dict["person_name"] = person_name
        if subject_org_id is not UNSET:
            field_dict["subject_org_id"] = subject_org_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        book_id = d.pop("book_id")

        book_indicator_id = d.pop("book_indicator_id")

        measure = AccountabilityKind(d.pop("measure"))




        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))




        quarter = d.pop("quarter")

        reason = d.pop("reason")

        subject = AccountabilitySubject(d.pop("subject"))




        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))


        def _parse_person_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_name = _parse_person_name(d.pop("person_name", UNSET))


        def _parse_subject_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subject_org_id = _parse_subject_org_id(d.pop("subject_org_id", UNSET))


        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))


        accountability_case_create = cls(
            book_id=book_id,
            book_indicator_id=book_indicator_id,
            measure=measure,
            opened_on=opened_on,
            quarter=quarter,
            reason=reason,
            subject=subject,
            department=department,
            person_name=person_name,
            subject_org_id=subject_org_id,
            user_id=user_id,
        )

        return accountability_case_create


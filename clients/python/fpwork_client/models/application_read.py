from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.application_status import ApplicationStatus
from ..models.reason_code import ReasonCode
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.application_read_decision_reason_params_type_0 import ApplicationReadDecisionReasonParamsType0





T = TypeVar("T", bound="ApplicationRead")



@_attrs_define
class ApplicationRead:
    """ 
        Attributes:
            community_id (int):
            created_at (datetime.datetime):
            decided_at (datetime.datetime | None):
            decision_reason (None | str): Why it was decided so: in the caller's language when the system wrote it
            decision_reason_code (None | ReasonCode): Its code when the system wrote it (system_reason)
            decision_reason_params (ApplicationReadDecisionReasonParamsType0 | None): The parameters of decision_reason_code
            family_id (int):
            id (int):
            materials (list[str]):
            missing_materials (list[str]):
            note (str):
            notice_ends_on (datetime.date | None):
            payer_org_id (int):
            program_id (int):
            status (ApplicationStatus):
            submitted_at (datetime.datetime | None):
            unit_id (int | None):
            updated_at (datetime.datetime):
            version (int):
     """

    community_id: int
    created_at: datetime.datetime
    decided_at: datetime.datetime | None
    decision_reason: None | str
    decision_reason_code: None | ReasonCode
    decision_reason_params: ApplicationReadDecisionReasonParamsType0 | None
    family_id: int
    id: int
    materials: list[str]
    missing_materials: list[str]
    note: str
    notice_ends_on: datetime.date | None
    payer_org_id: int
    program_id: int
    status: ApplicationStatus
    submitted_at: datetime.datetime | None
    unit_id: int | None
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.application_read_decision_reason_params_type_0 import ApplicationReadDecisionReasonParamsType0 # noqa: PLC0415
        community_id = self.community_id

        created_at = self.created_at.isoformat()

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decision_reason: None | str
        decision_reason = self.decision_reason

        decision_reason_code: None | str
        if isinstance(self.decision_reason_code, ReasonCode):
            decision_reason_code = self.decision_reason_code.value
        else:
            decision_reason_code = self.decision_reason_code

        decision_reason_params: dict[str, Any] | None
        if isinstance(self.decision_reason_params, ApplicationReadDecisionReasonParamsType0):
            decision_reason_params = self.decision_reason_params.to_dict()
        else:
            decision_reason_params = self.decision_reason_params

        family_id = self.family_id

        id = self.id

        materials = self.materials



        missing_materials = self.missing_materials



        note = self.note

        notice_ends_on: None | str
        if isinstance(self.notice_ends_on, datetime.date):
            notice_ends_on = self.notice_ends_on.isoformat()
        else:
            notice_ends_on = self.notice_ends_on

        payer_org_id = self.payer_org_id

        program_id = self.program_id

        status = self.status.value

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        unit_id: int | None
        unit_id = self.unit_id

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "community_id": community_id,
            "created_at": created_at,
            "decided_at": decided_at,
            "decision_reason": decision_reason,
            "decision_reason_code": decision_reason_code,
            "decision_reason_params": decision_reason_params,
            "family_id": family_id,
            "id": id,
            "materials": materials,
            "missing_materials": missing_materials,
            "note": note,
            "notice_ends_on": notice_ends_on,
            "payer_org_id": payer_org_id,
            "program_id": program_id,
            "status": status,
            "submitted_at": submitted_at,
            "unit_id": unit_id,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_read_decision_reason_params_type_0 import ApplicationReadDecisionReasonParamsType0 # noqa: PLC0415
        d = dict(src_dict)
        community_id = d.pop("community_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))


        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason"))


        def _parse_decision_reason_code(data: object) -> None | ReasonCode:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_reason_code_type_0 = ReasonCode(data)



                return decision_reason_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReasonCode, data)

        decision_reason_code = _parse_decision_reason_code(d.pop("decision_reason_code"))


        def _parse_decision_reason_params(data: object) -> ApplicationReadDecisionReasonParamsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decision_reason_params_type_0 = ApplicationReadDecisionReasonParamsType0.from_dict(data)



                return decision_reason_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationReadDecisionReasonParamsType0 | None, data)

        decision_reason_params = _parse_decision_reason_params(d.pop("decision_reason_params"))


        family_id = d.pop("family_id")

        id = d.pop("id")

        materials = cast(list[str], d.pop("materials"))


        missing_materials = cast(list[str], d.pop("missing_materials"))


        note = d.pop("note")

        def _parse_notice_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notice_ends_on_type_0 = datetime.date.fromisoformat(data)



                return notice_ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        notice_ends_on = _parse_notice_ends_on(d.pop("notice_ends_on"))


        payer_org_id = d.pop("payer_org_id")

        program_id = d.pop("program_id")

        status = ApplicationStatus(d.pop("status"))




        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)



                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))


        def _parse_unit_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        application_read = cls(
            community_id=community_id,
            created_at=created_at,
            decided_at=decided_at,
            decision_reason=decision_reason,
            decision_reason_code=decision_reason_code,
            decision_reason_params=decision_reason_params,
            family_id=family_id,
            id=id,
            materials=materials,
            missing_materials=missing_materials,
            note=note,
            notice_ends_on=notice_ends_on,
            payer_org_id=payer_org_id,
            program_id=program_id,
            status=status,
            submitted_at=submitted_at,
            unit_id=unit_id,
            updated_at=updated_at,
            version=version,
        )


        application_read.additional_properties = d
        return application_read

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

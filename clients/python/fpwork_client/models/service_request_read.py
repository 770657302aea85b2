from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.service_level import ServiceLevel
from ..models.service_request_state import ServiceRequestState
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.missing_material import MissingMaterial
  from ..models.provided_material import ProvidedMaterial
  from ..models.service_request_read_due_note_type_0 import ServiceRequestReadDueNoteType0
  from ..models.service_return_read import ServiceReturnRead





T = TypeVar("T", bound="ServiceRequestRead")



@_attrs_define
class ServiceRequestRead:
    """ 
        Attributes:
            accepted_at (datetime.datetime | None):
            accepting_level (ServiceLevel): The level of the office that takes a step: the community (社区) or the street
                office (街道).
            child_id (int | None):
            clock_started_on (datetime.date):
            due_on (datetime.date):
            family_id (int | None):
            finished_at (datetime.datetime | None):
            forward_due_on (datetime.date | None): The community's own deadline to forward to the street
            forwarded_on (datetime.date | None):
            id (int):
            issued_no (None | str):
            issuing_level (ServiceLevel): The level of the office that takes a step: the community (社区) or the street office
                (街道).
            materials (list[ProvidedMaterial]):
            missing_materials (list[MissingMaterial]): Mandatory items not yet provided
            next_steps (list[str]): Workflow steps allowed from the current state
            note (None | str):
            org_id (int):
            overdue (bool):
            reject_reason (None | str):
            resident_id (int | None):
            returns (list[ServiceReturnRead]):
            service_type (str):
            service_type_name (str):
            state (ServiceRequestState):
            submitted_at (datetime.datetime):
            tracking_code (str):
            version (int):
            working_days_taken (int | None):
            applicant_name (None | str | Unset): The resident, or the family's parents (husband / wife)
            due_note (None | ServiceRequestReadDueNoteType0 | Unset): When provisional: the note to show beside the date, in
                zh-CN and en
            due_provisional (bool | Unset): The deadline was counted into a year whose holiday arrangement is not known yet
                (weekdays only); it is counted again, never earlier, when the arrangement is entered or loaded Default: False.
            org_name (None | str | Unset):
     """

    accepted_at: datetime.datetime | None
    accepting_level: ServiceLevel
    child_id: int | None
    clock_started_on: datetime.date
    due_on: datetime.date
    family_id: int | None
    finished_at: datetime.datetime | None
    forward_due_on: datetime.date | None
    forwarded_on: datetime.date | None
    id: int
    issued_no: None | str
    issuing_level: ServiceLevel
    materials: list[ProvidedMaterial]
    missing_materials: list[MissingMaterial]
    next_steps: list[str]
    note: None | str
    org_id: int
    overdue: bool
    reject_reason: None | str
    resident_id: int | None
    returns: list[ServiceReturnRead]
    service_type: str
    service_type_name: str
    state: ServiceRequestState
    submitted_at: datetime.datetime
    tracking_code: str
    version: int
    working_days_taken: int | None
    applicant_name: None | str | Unset = UNSET
    due_note: None | ServiceRequestReadDueNoteType0 | Unset = UNSET
    due_provisional: bool | Unset = False
    org_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.missing_material import MissingMaterial # noqa: PLC0415
        from ..models.provided_material import ProvidedMaterial # noqa: PLC0415
        from ..models.service_request_read_due_note_type_0 import ServiceRequestReadDueNoteType0 # noqa: PLC0415
        from ..models.service_return_read import ServiceReturnRead # noqa: PLC0415
        accepted_at: None | str
        if isinstance(self.accepted_at, datetime.datetime):
            accepted_at = self.accepted_at.isoformat()
        else:
            accepted_at = self.accepted_at

        accepting_level = self.accepting_level.value

        child_id: int | None
        child_id = self.child_id

        clock_started_on = self.clock_started_on.isoformat()

        due_on = self.due_on.isoformat()

        family_id: int | None
        family_id = self.family_id

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        forward_due_on: None | str
        if isinstance(self.forward_due_on, datetime.date):
            forward_due_on = self.forward_due_on.isoformat()
        else:
            forward_due_on = self.forward_due_on

        forwarded_on: None | str
        if isinstance(self.forwarded_on, datetime.date):
            forwarded_on = self.forwarded_on.isoformat()
        else:
            forwarded_on = self.forwarded_on

        id = self.id

        issued_no: None | str
        issued_no = self.issued_no

        issuing_level = self.issuing_level.value

        materials = []
        for materials_item_data in self.materials:
            materials_item = materials_item_data.to_dict()
            materials.append(materials_item)



        missing_materials = []
        for missing_materials_item_data in self.missing_materials:
            missing_materials_item = missing_materials_item_data.to_dict()
            missing_materials.append(missing_materials_item)



        next_steps = self.next_steps



        note: None | str
        note = self.note

        org_id = self.org_id

        overdue = self.overdue

        reject_reason: None | str
        reject_reason = self.reject_reason

        resident_id: int | None
        resident_id = self.resident_id

        returns = []
        for returns_item_data in self.returns:
            returns_item = returns_item_data.to_dict()
            returns.append(returns_item)



        service_type = self.service_type

        service_type_name = self.service_type_name

        state = self.state.value

        submitted_at = self.submitted_at.isoformat()

        tracking_code = self.tracking_code

        version = self.version

        working_days_taken: int | None
        working_days_taken = self.working_days_taken

        applicant_name: None | str | Unset
        if isinstance(self.applicant_name, Unset):
            applicant_name = UNSET
        else:
            applicant_name = self.applicant_name

        due_note: dict[str, Any] | None | Unset
        if isinstance(self.due_note, Unset):
            due_note = UNSET
        elif isinstance(self.due_note, ServiceRequestReadDueNoteType0):
            due_note = self.due_note.to_dict()
        else:
            due_note = self.due_note

        due_provisional = self.due_provisional

        org_name: None | str | Unset
        if isinstance(self.org_name, Unset):
            org_name = UNSET
        else:
            org_name = self.org_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accepted_at": accepted_at,
            "accepting_level": accepting_level,
            "child_id": child_id,
            "clock_started_on": clock_started_on,
            "due_on": due_on,
            "family_id": family_id,
            "finished_at": finished_at,
            "forward_due_on": forward_due_on,
            "forwarded_on": forwarded_on,
            "id": id,
            "issued_no": issued_no,
            "issuing_level": issuing_level,
            "materials": materials,
            "missing_materials": missing_materials,
            "next_steps": next_steps,
            "note": note,
            "org_id": org_id,
            "overdue": overdue,
            "reject_reason": reject_reason,
            "resident_id": resident_id,
            "returns": returns,
            "service_type": service_type,
            "service_type_name": service_type_name,
            "state": state,
            "submitted_at": submitted_at,
            "tracking_code": tracking_code,
            "version": version,
            "working_days_taken": working_days_taken,
        })
        if applicant_name is not UNSET:
            field_dict["applicant_name"] = applicant_name
        if due_note is not UNSET:
            field_dict["due_note"] = due_note
        if due_provisional is not UNSET:
            field_dict["due_provisional"] = due_provisional
        if org_name is not UNSET:
            field_dict["org_name"] = org_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.missing_material import MissingMaterial # noqa: PLC0415
        from ..models.provided_material import ProvidedMaterial # noqa: PLC0415
        from ..models.service_request_read_due_note_type_0 import ServiceRequestReadDueNoteType0 # noqa: PLC0415
        from ..models.service_return_read import ServiceReturnRead # noqa: PLC0415
        d = dict(src_dict)
        def _parse_accepted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_at_type_0 = datetime.datetime.fromisoformat(data)



                return accepted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        accepted_at = _parse_accepted_at(d.pop("accepted_at"))


        accepting_level = ServiceLevel(d.pop("accepting_level"))




        def _parse_child_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        child_id = _parse_child_id(d.pop("child_id"))


        clock_started_on = datetime.date.fromisoformat(d.pop("clock_started_on"))




        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        def _parse_family_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        family_id = _parse_family_id(d.pop("family_id"))


        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        def _parse_forward_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                forward_due_on_type_0 = datetime.date.fromisoformat(data)



                return forward_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        forward_due_on = _parse_forward_due_on(d.pop("forward_due_on"))


        def _parse_forwarded_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                forwarded_on_type_0 = datetime.date.fromisoformat(data)



                return forwarded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        forwarded_on = _parse_forwarded_on(d.pop("forwarded_on"))


        id = d.pop("id")

        def _parse_issued_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        issued_no = _parse_issued_no(d.pop("issued_no"))


        issuing_level = ServiceLevel(d.pop("issuing_level"))




        materials = []
        _materials = d.pop("materials")
        for materials_item_data in (_materials):
            materials_item = ProvidedMaterial.from_dict(materials_item_data)



            materials.append(materials_item)


        missing_materials = []
        _missing_materials = d.pop("missing_materials")
        for missing_materials_item_data in (_missing_materials):
            missing_materials_item = MissingMaterial.from_dict(missing_materials_item_data)



            missing_materials.append(missing_materials_item)


        next_steps = cast(list[str], d.pop("next_steps"))


        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        org_id = d.pop("org_id")

        overdue = d.pop("overdue")

        def _parse_reject_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reject_reason = _parse_reject_reason(d.pop("reject_reason"))


        def _parse_resident_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        resident_id = _parse_resident_id(d.pop("resident_id"))


        returns = []
        _returns = d.pop("returns")
        for returns_item_data in (_returns):
            returns_item = ServiceReturnRead.from_dict(returns_item_data)



            returns.append(returns_item)


        service_type = d.pop("service_type")

        service_type_name = d.pop("service_type_name")

        state = ServiceRequestState(d.pop("state"))




        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))




        tracking_code = d.pop("tracking_code")

        version = d.pop("version")

        def _parse_working_days_taken(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        working_days_taken = _parse_working_days_taken(d.pop("working_days_taken"))


        def _parse_applicant_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        applicant_name = _parse_applicant_name(d.pop("applicant_name", UNSET))


        def _parse_due_note(data: object) -> None | ServiceRequestReadDueNoteType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_note_type_0 = ServiceRequestReadDueNoteType0.from_dict(data)



                return due_note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceRequestReadDueNoteType0 | Unset, data)

        due_note = _parse_due_note(d.pop("due_note", UNSET))


        due_provisional = d.pop("due_provisional", UNSET)

        def _parse_org_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_name = _parse_org_name(d.pop("org_name", UNSET))


        service_request_read = cls(
            accepted_at=accepted_at,
            accepting_level=accepting_level,
            child_id=child_id,
            clock_started_on=clock_started_on,
            due_on=due_on,
            family_id=family_id,
            finished_at=finished_at,
            forward_due_on=forward_due_on,
            forwarded_on=forwarded_on,
            id=id,
            issued_no=issued_no,
            issuing_level=issuing_level,
            materials=materials,
            missing_materials=missing_materials,
            next_steps=next_steps,
            note=note,
            org_id=org_id,
            overdue=overdue,
            reject_reason=reject_reason,
            resident_id=resident_id,
            returns=returns,
            service_type=service_type,
            service_type_name=service_type_name,
            state=state,
            submitted_at=submitted_at,
            tracking_code=tracking_code,
            version=version,
            working_days_taken=working_days_taken,
            applicant_name=applicant_name,
            due_note=due_note,
            due_provisional=due_provisional,
            org_name=org_name,
        )


        service_request_read.additional_properties = d
        return service_request_read

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.service_request_state import ServiceRequestState
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.missing_material import MissingMaterial
  from ..models.service_request_status_due_note_type_0 import ServiceRequestStatusDueNoteType0





T = TypeVar("T", bound="ServiceRequestStatus")



@_attrs_define
class ServiceRequestStatus:
    """ What the public look-up by tracking code shows: state and dates, nothing personal.

        Attributes:
            due_on (datetime.date):
            finished_on (datetime.date | None):
            missing_materials (list[MissingMaterial]): What to bring, when returned
            service_type (str):
            service_type_name (str):
            state (ServiceRequestState):
            submitted_on (datetime.date):
            tracking_code (str):
            due_note (None | ServiceRequestStatusDueNoteType0 | Unset): When provisional: the note to show beside the date,
                in zh-CN and en
            due_provisional (bool | Unset): The deadline was counted into a year whose holiday arrangement is not known yet
                (weekdays only); it is counted again, never earlier, when the arrangement is entered or loaded Default: False.
     """

    due_on: datetime.date
    finished_on: datetime.date | None
    missing_materials: list[MissingMaterial]
    service_type: str
    service_type_name: str
    state: ServiceRequestState
    submitted_on: datetime.date
    tracking_code: str
    due_note: None | ServiceRequestStatusDueNoteType0 | Unset = UNSET
    due_provisional: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.missing_material import MissingMaterial # noqa: PLC0415
        from ..models.service_request_status_due_note_type_0 import ServiceRequestStatusDueNoteType0 # noqa: PLC0415
        due_on = self.due_on.isoformat()

        finished_on: None | str
        if isinstance(self.finished_on, datetime.date):
            finished_on = self.finished_on.isoformat()
        else:
            finished_on = self.finished_on

        missing_materials = []
        for missing_materials_item_data in self.missing_materials:
            missing_materials_item = missing_materials_item_data.to_dict()
            missing_materials.append(missing_materials_item)



        service_type = self.service_type

        service_type_name = self.service_type_name

        state = self.state.value

        submitted_on = self.submitted_on.isoformat()

        tracking_code = self.tracking_code

        due_note: dict[str, Any] | None | Unset
        if isinstance(self.due_note, Unset):
            due_note = UNSET
        elif isinstance(self.due_note, ServiceRequestStatusDueNoteType0):
            due_note = self.due_note.to_dict()
        else:
            due_note = self.due_note

        due_provisional = self.due_provisional


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "due_on": due_on,
            "finished_on": finished_on,
            "missing_materials": missing_materials,
            "service_type": service_type,
            "service_type_name": service_type_name,
            "state": state,
            "submitted_on": submitted_on,
            "tracking_code": tracking_code,
        })
        if due_note is not UNSET:
            field_dict["due_note"] = due_note
        if due_provisional is not UNSET:
            field_dict["due_provisional"] = due_provisional

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.missing_material import MissingMaterial # noqa: PLC0415
        from ..models.service_request_status_due_note_type_0 import ServiceRequestStatusDueNoteType0 # noqa: PLC0415
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        def _parse_finished_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_on_type_0 = datetime.date.fromisoformat(data)



                return finished_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        finished_on = _parse_finished_on(d.pop("finished_on"))


        missing_materials = []
        _missing_materials = d.pop("missing_materials")
        for missing_materials_item_data in (_missing_materials):
            missing_materials_item = MissingMaterial.from_dict(missing_materials_item_data)



            missing_materials.append(missing_materials_item)


        service_type = d.pop("service_type")

        service_type_name = d.pop("service_type_name")

        state = ServiceRequestState(d.pop("state"))




        submitted_on = datetime.date.fromisoformat(d.pop("submitted_on"))




        tracking_code = d.pop("tracking_code")

        def _parse_due_note(data: object) -> None | ServiceRequestStatusDueNoteType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_note_type_0 = ServiceRequestStatusDueNoteType0.from_dict(data)



                return due_note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceRequestStatusDueNoteType0 | Unset, data)

        due_note = _parse_due_note(d.pop("due_note", UNSET))


        due_provisional = d.pop("due_provisional", UNSET)

        service_request_status = cls(
            due_on=due_on,
            finished_on=finished_on,
            missing_materials=missing_materials,
            service_type=service_type,
            service_type_name=service_type_name,
            state=state,
            submitted_on=submitted_on,
            tracking_code=tracking_code,
            due_note=due_note,
            due_provisional=due_provisional,
        )


        service_request_status.additional_properties = d
        return service_request_status

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

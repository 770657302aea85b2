from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.participant_ref_type_0 import ParticipantRefType0
  from ..models.participant_ref_type_1 import ParticipantRefType1





T = TypeVar("T", bound="ConductActivityCreate")



@_attrs_define
class ConductActivityCreate:
    """ 
        Attributes:
            held_on (datetime.date):
            kind_id (int): An active kind of the street's list
            org_id (int): The street or community whose team the activity concerns
            title (str):
            participants (list[ParticipantRefType0 | ParticipantRefType1] | Unset):
            summary (str | Unset):  Default: ''.
     """

    held_on: datetime.date
    kind_id: int
    org_id: int
    title: str
    participants: list[ParticipantRefType0 | ParticipantRefType1] | Unset = UNSET
    summary: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        from ..models.participant_ref_type_0 import ParticipantRefType0 # noqa: PLC0415
        from ..models.participant_ref_type_1 import ParticipantRefType1 # noqa: PLC0415
        held_on = self.held_on.isoformat()

        kind_id = self.kind_id

        org_id = self.org_id

        title = self.title

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item: dict[str, Any]
                if isinstance(participants_item_data, ParticipantRefType0):
                    participants_item = participants_item_data.to_dict()
                else:
                    participants_item = participants_item_data.to_dict()

                participants.append(participants_item)



        summary = self.summary


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "held_on": held_on,
            "kind_id": kind_id,
            "org_id": org_id,
            "title": title,
        })
        if participants is not UNSET:
            field_dict["participants"] = participants
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant_ref_type_0 import ParticipantRefType0 # noqa: PLC0415
        from ..models.participant_ref_type_1 import ParticipantRefType1 # noqa: PLC0415
        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        kind_id = d.pop("kind_id")

        org_id = d.pop("org_id")

        title = d.pop("title")

        _participants = d.pop("participants", UNSET)
        participants: list[ParticipantRefType0 | ParticipantRefType1] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                def _parse_participants_item(data: object) -> ParticipantRefType0 | ParticipantRefType1:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_participant_ref_type_0 = ParticipantRefType0.from_dict(data)



                        return componentsschemas_participant_ref_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_participant_ref_type_1 = ParticipantRefType1.from_dict(data)



                    return componentsschemas_participant_ref_type_1

                participants_item = _parse_participants_item(participants_item_data)

                participants.append(participants_item)


        summary = d.pop("summary", UNSET)

        conduct_activity_create = cls(
            held_on=held_on,
            kind_id=kind_id,
            org_id=org_id,
            title=title,
            participants=participants,
            summary=summary,
        )

        return conduct_activity_create


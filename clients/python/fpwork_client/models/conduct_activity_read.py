from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.participant_read import ParticipantRead





T = TypeVar("T", bound="ConductActivityRead")



@_attrs_define
class ConductActivityRead:
    """ 
        Attributes:
            findings_count (int): Problems the activity found
            findings_open (int): Of those, not yet rectified
            held_on (datetime.date):
            id (int):
            kind_code (str):
            kind_id (int):
            kind_name_en (str):
            kind_name_zh (str):
            org_id (int):
            org_name (str):
            participants (list[ParticipantRead]):
            summary (str):
            title (str):
            version (int):
     """

    findings_count: int
    findings_open: int
    held_on: datetime.date
    id: int
    kind_code: str
    kind_id: int
    kind_name_en: str
    kind_name_zh: str
    org_id: int
    org_name: str
    participants: list[ParticipantRead]
    summary: str
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.participant_read import ParticipantRead # noqa: PLC0415
        findings_count = self.findings_count

        findings_open = self.findings_open

        held_on = self.held_on.isoformat()

        id = self.id

        kind_code = self.kind_code

        kind_id = self.kind_id

        kind_name_en = self.kind_name_en

        kind_name_zh = self.kind_name_zh

        org_id = self.org_id

        org_name = self.org_name

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)



        summary = self.summary

        title = self.title

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "findings_count": findings_count,
            "findings_open": findings_open,
            "held_on": held_on,
            "id": id,
            "kind_code": kind_code,
            "kind_id": kind_id,
            "kind_name_en": kind_name_en,
            "kind_name_zh": kind_name_zh,
            "org_id": org_id,
            "org_name": org_name,
            "participants": participants,
            "summary": summary,
            "title": title,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant_read import ParticipantRead # noqa: PLC0415
        d = dict(src_dict)
        findings_count = d.pop("findings_count")

        findings_open = d.pop("findings_open")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        id = d.pop("id")

        kind_code = d.pop("kind_code")

        kind_id = d.pop("kind_id")

        kind_name_en = d.pop("kind_name_en")

        kind_name_zh = d.pop("kind_name_zh")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in (_participants):
            participants_item = ParticipantRead.from_dict(participants_item_data)



            participants.append(participants_item)


        summary = d.pop("summary")

        title = d.pop("title")

        version = d.pop("version")

        conduct_activity_read = cls(
            findings_count=findings_count,
            findings_open=findings_open,
            held_on=held_on,
            id=id,
            kind_code=kind_code,
            kind_id=kind_id,
            kind_name_en=kind_name_en,
            kind_name_zh=kind_name_zh,
            org_id=org_id,
            org_name=org_name,
            participants=participants,
            summary=summary,
            title=title,
            version=version,
        )


        conduct_activity_read.additional_properties = d
        return conduct_activity_read

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.notice_entry_public import NoticeEntryPublic





T = TypeVar("T", bound="NoticePublic")



@_attrs_define
class NoticePublic:
    """ 
        Attributes:
            amount_fen (int):
            community_name (str):
            entries (list[NoticeEntryPublic]):
            id (int):
            open_for_objections (bool):
            period (str):
            program_code (str):
            program_name (str):
            published_on (datetime.date):
            window_ends_on (datetime.date):
     """

    amount_fen: int
    community_name: str
    entries: list[NoticeEntryPublic]
    id: int
    open_for_objections: bool
    period: str
    program_code: str
    program_name: str
    published_on: datetime.date
    window_ends_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.notice_entry_public import NoticeEntryPublic # noqa: PLC0415
        amount_fen = self.amount_fen

        community_name = self.community_name

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)



        id = self.id

        open_for_objections = self.open_for_objections

        period = self.period

        program_code = self.program_code

        program_name = self.program_name

        published_on = self.published_on.isoformat()

        window_ends_on = self.window_ends_on.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_fen": amount_fen,
            "community_name": community_name,
            "entries": entries,
            "id": id,
            "open_for_objections": open_for_objections,
            "period": period,
            "program_code": program_code,
            "program_name": program_name,
            "published_on": published_on,
            "window_ends_on": window_ends_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notice_entry_public import NoticeEntryPublic # noqa: PLC0415
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        community_name = d.pop("community_name")

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in (_entries):
            entries_item = NoticeEntryPublic.from_dict(entries_item_data)



            entries.append(entries_item)


        id = d.pop("id")

        open_for_objections = d.pop("open_for_objections")

        period = d.pop("period")

        program_code = d.pop("program_code")

        program_name = d.pop("program_name")

        published_on = datetime.date.fromisoformat(d.pop("published_on"))




        window_ends_on = datetime.date.fromisoformat(d.pop("window_ends_on"))




        notice_public = cls(
            amount_fen=amount_fen,
            community_name=community_name,
            entries=entries,
            id=id,
            open_for_objections=open_for_objections,
            period=period,
            program_code=program_code,
            program_name=program_name,
            published_on=published_on,
            window_ends_on=window_ends_on,
        )


        notice_public.additional_properties = d
        return notice_public

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.message_direction import MessageDirection
from ..models.message_kind import MessageKind
from ..models.message_status import MessageStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.message_read_body import MessageReadBody
  from ..models.message_read_due_note_type_0 import MessageReadDueNoteType0





T = TypeVar("T", bound="MessageRead")



@_attrs_define
class MessageRead:
    """ 
        Attributes:
            body (MessageReadBody):
            clock_started_on (datetime.date):
            collected_at (datetime.datetime | None):
            counterpart_region (str):
            created_at (datetime.datetime):
            direction (MessageDirection):
            done_on (datetime.date | None):
            due_on (datetime.date | None):
            id (int):
            in_reply_to_id (int | None):
            kind (MessageKind):
            migrant_id (int | None):
            org_id (int):
            overdue (bool):
            sender_message_id (str):
            status (MessageStatus):
            due_note (MessageReadDueNoteType0 | None | Unset): When provisional: the note to show beside the date, in zh-CN
                and en
            due_provisional (bool | Unset): The deadline was counted into a year whose holiday arrangement is not known yet
                (weekdays only); it is counted again, never earlier, when the arrangement is entered or loaded Default: False.
     """

    body: MessageReadBody
    clock_started_on: datetime.date
    collected_at: datetime.datetime | None
    counterpart_region: str
    created_at: datetime.datetime
    direction: MessageDirection
    done_on: datetime.date | None
    due_on: datetime.date | None
    id: int
    in_reply_to_id: int | None
    kind: MessageKind
    migrant_id: int | None
    org_id: int
    overdue: bool
    sender_message_id: str
    status: MessageStatus
    due_note: MessageReadDueNoteType0 | None | Unset = UNSET
    due_provisional: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.message_read_body import MessageReadBody # noqa: PLC0415
        from ..models.message_read_due_note_type_0 import MessageReadDueNoteType0 # noqa: PLC0415
        body = self.body.to_dict()

        clock_started_on = self.clock_started_on.isoformat()

        collected_at: None | str
        if isinstance(self.collected_at, datetime.datetime):
            collected_at = self.collected_at.isoformat()
        else:
            collected_at = self.collected_at

        counterpart_region = self.counterpart_region

        created_at = self.created_at.isoformat()

        direction = self.direction.value

        done_on: None | str
        if isinstance(self.done_on, datetime.date):
            done_on = self.done_on.isoformat()
        else:
            done_on = self.done_on

        due_on: None | str
        if isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        id = self.id

        in_reply_to_id: int | None
        in_reply_to_id = self.in_reply_to_id

        kind = self.kind.value

        migrant_id: int | None
        migrant_id = self.migrant_id

        org_id = self.org_id

        overdue = self.overdue

        sender_message_id = self.sender_message_id

        status = self.status.value

        due_note: dict[str, Any] | None | Unset
        if isinstance(self.due_note, Unset):
            due_note = UNSET
        elif isinstance(self.due_note, MessageReadDueNoteType0):
            due_note = self.due_note.to_dict()
        else:
            due_note = self.due_note

        due_provisional = self.due_provisional


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "body": body,
            "clock_started_on": clock_started_on,
            "collected_at": collected_at,
            "counterpart_region": counterpart_region,
            "created_at": created_at,
            "direction": direction,
            "done_on": done_on,
            "due_on": due_on,
            "id": id,
            "in_reply_to_id": in_reply_to_id,
            "kind": kind,
            "migrant_id": migrant_id,
            "org_id": org_id,
            "overdue": overdue,
            "sender_message_id": sender_message_id,
            "status": status,
        })
        if due_note is not UNSET:
            field_dict["due_note"] = due_note
        if due_provisional is not UNSET:
            field_dict["due_provisional"] = due_provisional

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_read_body import MessageReadBody # noqa: PLC0415
        from ..models.message_read_due_note_type_0 import MessageReadDueNoteType0 # noqa: PLC0415
        d = dict(src_dict)
        body = MessageReadBody.from_dict(d.pop("body"))




        clock_started_on = datetime.date.fromisoformat(d.pop("clock_started_on"))




        def _parse_collected_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                collected_at_type_0 = datetime.datetime.fromisoformat(data)



                return collected_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        collected_at = _parse_collected_at(d.pop("collected_at"))


        counterpart_region = d.pop("counterpart_region")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        direction = MessageDirection(d.pop("direction"))




        def _parse_done_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_on_type_0 = datetime.date.fromisoformat(data)



                return done_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        done_on = _parse_done_on(d.pop("done_on"))


        def _parse_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)



                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_on = _parse_due_on(d.pop("due_on"))


        id = d.pop("id")

        def _parse_in_reply_to_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        in_reply_to_id = _parse_in_reply_to_id(d.pop("in_reply_to_id"))


        kind = MessageKind(d.pop("kind"))




        def _parse_migrant_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        migrant_id = _parse_migrant_id(d.pop("migrant_id"))


        org_id = d.pop("org_id")

        overdue = d.pop("overdue")

        sender_message_id = d.pop("sender_message_id")

        status = MessageStatus(d.pop("status"))




        def _parse_due_note(data: object) -> MessageReadDueNoteType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_note_type_0 = MessageReadDueNoteType0.from_dict(data)



                return due_note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageReadDueNoteType0 | None | Unset, data)

        due_note = _parse_due_note(d.pop("due_note", UNSET))


        due_provisional = d.pop("due_provisional", UNSET)

        message_read = cls(
            body=body,
            clock_started_on=clock_started_on,
            collected_at=collected_at,
            counterpart_region=counterpart_region,
            created_at=created_at,
            direction=direction,
            done_on=done_on,
            due_on=due_on,
            id=id,
            in_reply_to_id=in_reply_to_id,
            kind=kind,
            migrant_id=migrant_id,
            org_id=org_id,
            overdue=overdue,
            sender_message_id=sender_message_id,
            status=status,
            due_note=due_note,
            due_provisional=due_provisional,
        )


        message_read.additional_properties = d
        return message_read

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

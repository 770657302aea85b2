from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.feedback_status import FeedbackStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.feedback_receipt_due_note_type_0 import FeedbackReceiptDueNoteType0





T = TypeVar("T", bound="FeedbackReceipt")



@_attrs_define
class FeedbackReceipt:
    """ 
        Attributes:
            due_on (datetime.date):
            received_on (datetime.date):
            status (FeedbackStatus):
            tracking_code (str): Keep it: the status and reply are read with it
            due_note (FeedbackReceiptDueNoteType0 | None | Unset): When provisional: the note to show beside the date, in
                zh-CN and en
            due_provisional (bool | Unset): The deadline was counted into a year whose holiday arrangement is not known yet
                (weekdays only); it is counted again, never earlier, when the arrangement is entered or loaded Default: False.
     """

    due_on: datetime.date
    received_on: datetime.date
    status: FeedbackStatus
    tracking_code: str
    due_note: FeedbackReceiptDueNoteType0 | None | Unset = UNSET
    due_provisional: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.feedback_receipt_due_note_type_0 import FeedbackReceiptDueNoteType0 # noqa: PLC0415
        due_on = self.due_on.isoformat()

        received_on = self.received_on.isoformat()

        status = self.status.value

        tracking_code = self.tracking_code

        due_note: dict[str, Any] | None | Unset
        if isinstance(self.due_note, Unset):
            due_note = UNSET
        elif isinstance(self.due_note, FeedbackReceiptDueNoteType0):
            due_note = self.due_note.to_dict()
        else:
            due_note = self.due_note

        due_provisional = self.due_provisional


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "due_on": due_on,
            "received_on": received_on,
            "status": status,
            "tracking_code": tracking_code,
        })
        if due_note is not UNSET:
            field_dict["due_note"] = due_note
        if due_provisional is not UNSET:
            field_dict["due_provisional"] = due_provisional

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feedback_receipt_due_note_type_0 import FeedbackReceiptDueNoteType0 # noqa: PLC0415
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        received_on = datetime.date.fromisoformat(d.pop("received_on"))




        status = FeedbackStatus(d.pop("status"))




        tracking_code = d.pop("tracking_code")

        def _parse_due_note(data: object) -> FeedbackReceiptDueNoteType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_note_type_0 = FeedbackReceiptDueNoteType0.from_dict(data)



                return due_note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeedbackReceiptDueNoteType0 | None | Unset, data)

        due_note = _parse_due_note(d.pop("due_note", UNSET))


        due_provisional = d.pop("due_provisional", UNSET)

        feedback_receipt = cls(
            due_on=due_on,
            received_on=received_on,
            status=status,
            tracking_code=tracking_code,
            due_note=due_note,
            due_provisional=due_provisional,
        )


        feedback_receipt.additional_properties = d
        return feedback_receipt

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

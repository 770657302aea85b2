from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.feedback_category import FeedbackCategory
from ..models.feedback_status import FeedbackStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.feedback_public_view_due_note_type_0 import FeedbackPublicViewDueNoteType0





T = TypeVar("T", bound="FeedbackPublicView")



@_attrs_define
class FeedbackPublicView:
    """ What the submitter reads by tracking code: nothing about other people.

        Attributes:
            about_staff (bool): A complaint about a staff member's conduct
            answered_on (datetime.date | None):
            category (FeedbackCategory):
            due_on (datetime.date):
            escalated (bool):
            received_on (datetime.date):
            reply (None | str):
            satisfaction (int | None):
            staff_upheld (bool | None): Whether the complaint about staff was upheld (查实)
            status (FeedbackStatus):
            subject (str):
            tracking_code (str):
            due_note (FeedbackPublicViewDueNoteType0 | None | Unset): When provisional: the note to show beside the date, in
                zh-CN and en
            due_provisional (bool | Unset): The deadline was counted into a year whose holiday arrangement is not known yet
                (weekdays only); it is counted again, never earlier, when the arrangement is entered or loaded Default: False.
            sms_phone_masked (None | str | Unset): The reply is texted to this mobile (masked); null when none or withdrawn
     """

    about_staff: bool
    answered_on: datetime.date | None
    category: FeedbackCategory
    due_on: datetime.date
    escalated: bool
    received_on: datetime.date
    reply: None | str
    satisfaction: int | None
    staff_upheld: bool | None
    status: FeedbackStatus
    subject: str
    tracking_code: str
    due_note: FeedbackPublicViewDueNoteType0 | None | Unset = UNSET
    due_provisional: bool | Unset = False
    sms_phone_masked: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.feedback_public_view_due_note_type_0 import FeedbackPublicViewDueNoteType0 # noqa: PLC0415
        about_staff = self.about_staff

        answered_on: None | str
        if isinstance(self.answered_on, datetime.date):
            answered_on = self.answered_on.isoformat()
        else:
            answered_on = self.answered_on

        category = self.category.value

        due_on = self.due_on.isoformat()

        escalated = self.escalated

        received_on = self.received_on.isoformat()

        reply: None | str
        reply = self.reply

        satisfaction: int | None
        satisfaction = self.satisfaction

        staff_upheld: bool | None
        staff_upheld = self.staff_upheld

        status = self.status.value

        subject = self.subject

        tracking_code = self.tracking_code

        due_note: dict[str, Any] | None | Unset
        if isinstance(self.due_note, Unset):
            due_note = UNSET
        elif isinstance(self.due_note, FeedbackPublicViewDueNoteType0):
            due_note = self.due_note.to_dict()
        else:
            due_note = self.due_note

        due_provisional = self.due_provisional

        sms_phone_masked: None | str | Unset
        if isinstance(self.sms_phone_masked, Unset):
            sms_phone_masked = UNSET
        else:
            sms_phone_masked = self.sms_phone_masked


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "about_staff": about_staff,
            "answered_on": answered_on,
            "category": category,
            "due_on": due_on,
            "escalated": escalated,
            "received_on": received_on,
            "reply": reply,
            "satisfaction": satisfaction,
            "staff_upheld": staff_upheld,
            "status": status,
            "subject": subject,
            "tracking_code": tracking_code,
        })
        if due_note is not UNSET:
            field_dict["due_note"] = due_note
        if due_provisional is not UNSET:
            field_dict["due_provisional"] = due_provisional
        if sms_phone_masked is not UNSET:
            field_dict["sms_phone_masked"] = sms_phone_masked

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feedback_public_view_due_note_type_0 import FeedbackPublicViewDueNoteType0 # noqa: PLC0415
        d = dict(src_dict)
        about_staff = d.pop("about_staff")

        def _parse_answered_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_on_type_0 = datetime.date.fromisoformat(data)



                return answered_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        answered_on = _parse_answered_on(d.pop("answered_on"))


        category = FeedbackCategory(d.pop("category"))




        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        escalated = d.pop("escalated")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))




        def _parse_reply(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reply = _parse_reply(d.pop("reply"))


        def _parse_satisfaction(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        satisfaction = _parse_satisfaction(d.pop("satisfaction"))


        def _parse_staff_upheld(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        staff_upheld = _parse_staff_upheld(d.pop("staff_upheld"))


        status = FeedbackStatus(d.pop("status"))




        subject = d.pop("subject")

        tracking_code = d.pop("tracking_code")

        def _parse_due_note(data: object) -> FeedbackPublicViewDueNoteType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_note_type_0 = FeedbackPublicViewDueNoteType0.from_dict(data)



                return due_note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeedbackPublicViewDueNoteType0 | None | Unset, data)

        due_note = _parse_due_note(d.pop("due_note", UNSET))


        due_provisional = d.pop("due_provisional", UNSET)

        def _parse_sms_phone_masked(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_phone_masked = _parse_sms_phone_masked(d.pop("sms_phone_masked", UNSET))


        feedback_public_view = cls(
            about_staff=about_staff,
            answered_on=answered_on,
            category=category,
            due_on=due_on,
            escalated=escalated,
            received_on=received_on,
            reply=reply,
            satisfaction=satisfaction,
            staff_upheld=staff_upheld,
            status=status,
            subject=subject,
            tracking_code=tracking_code,
            due_note=due_note,
            due_provisional=due_provisional,
            sms_phone_masked=sms_phone_masked,
        )


        feedback_public_view.additional_properties = d
        return feedback_public_view

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

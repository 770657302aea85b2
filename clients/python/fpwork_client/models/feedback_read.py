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
  from ..models.feedback_read_due_note_type_0 import FeedbackReadDueNoteType0





T = TypeVar("T", bound="FeedbackRead")



@_attrs_define
class FeedbackRead:
    """ 
        Attributes:
            about_staff (bool): A complaint about a staff member's conduct (作风投诉)
            anonymous (bool):
            answered_on (datetime.date | None):
            answered_on_time (bool | None):
            category (FeedbackCategory):
            content (str):
            created_at (datetime.datetime):
            due_on (datetime.date):
            escalated_on (datetime.date | None):
            escalated_to_id (int | None):
            id (int):
            org_id (int):
            overdue (bool):
            received_on (datetime.date):
            reply (None | str):
            satisfaction (int | None):
            staff_upheld (bool | None): Whether the complaint about staff was upheld (查实)
            status (FeedbackStatus):
            subject (str):
            submitter_name (None | str):
            tracking_code (str):
            version (int):
            contact (None | str | Unset): Only for those who handle feedback
            due_note (FeedbackReadDueNoteType0 | None | Unset): When provisional: the note to show beside the date, in zh-CN
                and en
            due_provisional (bool | Unset): The deadline was counted into a year whose holiday arrangement is not known yet
                (weekdays only); it is counted again, never earlier, when the arrangement is entered or loaded Default: False.
            sms_phone_masked (None | str | Unset): The mobile the submitter agreed to be texted the reply at (masked); null
                if none
     """

    about_staff: bool
    anonymous: bool
    answered_on: datetime.date | None
    answered_on_time: bool | None
    category: FeedbackCategory
    content: str
    created_at: datetime.datetime
    due_on: datetime.date
    escalated_on: datetime.date | None
    escalated_to_id: int | None
    id: int
    org_id: int
    overdue: bool
    received_on: datetime.date
    reply: None | str
    satisfaction: int | None
    staff_upheld: bool | None
    status: FeedbackStatus
    subject: str
    submitter_name: None | str
    tracking_code: str
    version: int
    contact: None | str | Unset = UNSET
    due_note: FeedbackReadDueNoteType0 | None | Unset = UNSET
    due_provisional: bool | Unset = False
    sms_phone_masked: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.feedback_read_due_note_type_0 import FeedbackReadDueNoteType0 # noqa: PLC0415
        about_staff = self.about_staff

        anonymous = self.anonymous

        answered_on: None | str
        if isinstance(self.answered_on, datetime.date):
            answered_on = self.answered_on.isoformat()
        else:
            answered_on = self.answered_on

        answered_on_time: bool | None
        answered_on_time = self.answered_on_time

        category = self.category.value

        content = self.content

        created_at = self.created_at.isoformat()

        due_on = self.due_on.isoformat()

        escalated_on: None | str
        if isinstance(self.escalated_on, datetime.date):
            escalated_on = self.escalated_on.isoformat()
        else:
            escalated_on = self.escalated_on

        escalated_to_id: int | None
        escalated_to_id = self.escalated_to_id

        id = self.id

        org_id = self.org_id

        overdue = self.overdue

        received_on = self.received_on.isoformat()

        reply: None | str
        reply = self.reply

        satisfaction: int | None
        satisfaction = self.satisfaction

        staff_upheld: bool | None
        staff_upheld = self.staff_upheld

        status = self.status.value

        subject = self.subject

        submitter_name: None | str
        submitter_name = self.submitter_name

        tracking_code = self.tracking_code

        version = self.version

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        due_note: dict[str, Any] | None | Unset
        if isinstance(self.due_note, Unset):
            due_note = UNSET
        elif isinstance(self.due_note, FeedbackReadDueNoteType0):
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
            "anonymous": anonymous,
            "answered_on": answered_on,
            "answered_on_time": answered_on_time,
            "category": category,
            "content": content,
            "created_at": created_at,
            "due_on": due_on,
            "escalated_on": escalated_on,
            "escalated_to_id": escalated_to_id,
            "id": id,
            "org_id": org_id,
            "overdue": overdue,
            "received_on": received_on,
            "reply": reply,
            "satisfaction": satisfaction,
            "staff_upheld": staff_upheld,
            "status": status,
            "subject": subject,
            "submitter_name": submitter_name,
            "tracking_code": tracking_code,
            "version": version,
        })
        if contact is not UNSET:
            field_dict["contact"] = contact
        if due_note is not UNSET:
            field_dict["due_note"] = due_note
        if due_provisional is not UNSET:
            field_dict["due_provisional"] = due_provisional
        if sms_phone_masked is not UNSET:
            field_dict["sms_phone_masked"] = sms_phone_masked

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feedback_read_due_note_type_0 import FeedbackReadDueNoteType0 # noqa: PLC0415
        d = dict(src_dict)
        about_staff = d.pop("about_staff")

        anonymous = d.pop("anonymous")

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


        def _parse_answered_on_time(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        answered_on_time = _parse_answered_on_time(d.pop("answered_on_time"))


        category = FeedbackCategory(d.pop("category"))




        content = d.pop("content")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        def _parse_escalated_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                escalated_on_type_0 = datetime.date.fromisoformat(data)



                return escalated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        escalated_on = _parse_escalated_on(d.pop("escalated_on"))


        def _parse_escalated_to_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        escalated_to_id = _parse_escalated_to_id(d.pop("escalated_to_id"))


        id = d.pop("id")

        org_id = d.pop("org_id")

        overdue = d.pop("overdue")

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

        def _parse_submitter_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        submitter_name = _parse_submitter_name(d.pop("submitter_name"))


        tracking_code = d.pop("tracking_code")

        version = d.pop("version")

        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))


        def _parse_due_note(data: object) -> FeedbackReadDueNoteType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_note_type_0 = FeedbackReadDueNoteType0.from_dict(data)



                return due_note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeedbackReadDueNoteType0 | None | Unset, data)

        due_note = _parse_due_note(d.pop("due_note", UNSET))


        due_provisional = d.pop("due_provisional", UNSET)

        def _parse_sms_phone_masked(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_phone_masked = _parse_sms_phone_masked(d.pop("sms_phone_masked", UNSET))


        feedback_read = cls(
            about_staff=about_staff,
            anonymous=anonymous,
            answered_on=answered_on,
            answered_on_time=answered_on_time,
            category=category,
            content=content,
            created_at=created_at,
            due_on=due_on,
            escalated_on=escalated_on,
            escalated_to_id=escalated_to_id,
            id=id,
            org_id=org_id,
            overdue=overdue,
            received_on=received_on,
            reply=reply,
            satisfaction=satisfaction,
            staff_upheld=staff_upheld,
            status=status,
            subject=subject,
            submitter_name=submitter_name,
            tracking_code=tracking_code,
            version=version,
            contact=contact,
            due_note=due_note,
            due_provisional=due_provisional,
            sms_phone_masked=sms_phone_masked,
        )


        feedback_read.additional_properties = d
        return feedback_read

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.feedback_category import FeedbackCategory
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FeedbackCreate")



@_attrs_define
class FeedbackCreate:
    """ Anyone may write; an ``anonymous`` submission carries no name (null or blank). The contact is
    encrypted and seen only by handlers.

        Attributes:
            category (FeedbackCategory):
            content (str):
            org_code (str): Division code of the community (or street/unit) concerned
            subject (str):
            about_staff (bool | Unset): A complaint about a staff member's conduct (作风投诉); only for a complaint Default:
                False.
            anonymous (bool | Unset):  Default: False.
            contact (None | str | Unset): Phone or e-mail for a call back
            name (None | str | Unset):
            sms_consent (bool | Unset): The submitter agrees to be texted the reply at sms_phone (PIPL consent: for this
                purpose only, withdrawable with the tracking code) Default: False.
            sms_phone (None | str | Unset): A mainland mobile for the reply by text; only with sms_consent (kept encrypted)
     """

    category: FeedbackCategory
    content: str
    org_code: str
    subject: str
    about_staff: bool | Unset = False
    anonymous: bool | Unset = False
    contact: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    sms_consent: bool | Unset = False
    sms_phone: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        content = self.content

        org_code = self.org_code

        subject = self.subject

        about_staff = self.about_staff

        anonymous = self.anonymous

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        sms_consent = self.sms_consent

        sms_phone: None | str | Unset
        if isinstance(self.sms_phone, Unset):
            sms_phone = UNSET
        else:
            sms_phone = self.sms_phone


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "category": category,
            "content": content,
            "org_code": org_code,
            "subject": subject,
        })
        if about_staff is not UNSET:
            field_dict["about_staff"] = about_staff
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if contact is not UNSET:
            field_dict["contact"] = contact
        if name is not UNSET:
            field_dict["name"] = name
        if sms_consent is not UNSET:
            field_dict["sms_consent"] = sms_consent
        if sms_phone is not UNSET:
            field_dict["sms_phone"] = sms_phone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = FeedbackCategory(d.pop("category"))




        content = d.pop("content")

        org_code = d.pop("org_code")

        subject = d.pop("subject")

        about_staff = d.pop("about_staff", UNSET)

        anonymous = d.pop("anonymous", UNSET)

        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        sms_consent = d.pop("sms_consent", UNSET)

        def _parse_sms_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_phone = _parse_sms_phone(d.pop("sms_phone", UNSET))


        feedback_create = cls(
            category=category,
            content=content,
            org_code=org_code,
            subject=subject,
            about_staff=about_staff,
            anonymous=anonymous,
            contact=contact,
            name=name,
            sms_consent=sms_consent,
            sms_phone=sms_phone,
        )

        return feedback_create


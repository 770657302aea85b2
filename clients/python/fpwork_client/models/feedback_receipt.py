from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.feedback_status import FeedbackStatus
from typing import cast
import datetime






T = TypeVar("T", bound="FeedbackReceipt")



@_attrs_define
class FeedbackReceipt:
    """ 
        Attributes:
            due_on (datetime.date):
            received_on (datetime.date):
            status (FeedbackStatus):
            tracking_code (str): Keep it: the status and reply are read with it
     """

    due_on: datetime.date
    received_on: datetime.date
    status: FeedbackStatus
    tracking_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        due_on = self.due_on.isoformat()

        received_on = self.received_on.isoformat()

        status = self.status.value

        tracking_code = self.tracking_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "due_on": due_on,
            "received_on": received_on,
            "status": status,
            "tracking_code": tracking_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        received_on = datetime.date.fromisoformat(d.pop("received_on"))




        status = FeedbackStatus(d.pop("status"))




        tracking_code = d.pop("tracking_code")

        feedback_receipt = cls(
            due_on=due_on,
            received_on=received_on,
            status=status,
            tracking_code=tracking_code,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CommitmentCreate")



@_attrs_define
class CommitmentCreate:
    """ 
        Attributes:
            content (str):
            due_on (datetime.date):
            org_id (int): The street or community making the commitment
            publish (bool | Unset):  Default: True.
     """

    content: str
    due_on: datetime.date
    org_id: int
    publish: bool | Unset = True





    def to_dict(self) -> dict[str, Any]:
        content = self.content

        due_on = self.due_on.isoformat()

        org_id = self.org_id

        publish = self.publish


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "content": content,
            "due_on": due_on,
            "org_id": org_id,
        })
        if publish is not UNSET:
            field_dict["publish"] = publish

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        org_id = d.pop("org_id")

        publish = d.pop("publish", UNSET)

        commitment_create = cls(
            content=content,
            due_on=due_on,
            org_id=org_id,
            publish=publish,
        )

        return commitment_create


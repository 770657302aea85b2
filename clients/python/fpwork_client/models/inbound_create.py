from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.message_kind import MessageKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.inbound_create_body import InboundCreateBody





T = TypeVar("T", bound="InboundCreate")



@_attrs_define
class InboundCreate:
    """ A message from another region, delivered by the integration account (idempotent by sender id).

        Attributes:
            counterpart_region (str):
            kind (MessageKind):
            sender_message_id (str):
            body (InboundCreateBody | Unset):
            in_reply_to (None | str | Unset): Our sender_message_id that this answers
            migrant_id (int | None | Unset):
            org_id (int | None | Unset): The street or community addressed (unless a reply)
     """

    counterpart_region: str
    kind: MessageKind
    sender_message_id: str
    body: InboundCreateBody | Unset = UNSET
    in_reply_to: None | str | Unset = UNSET
    migrant_id: int | None | Unset = UNSET
    org_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.inbound_create_body import InboundCreateBody # noqa: PLC0415
        counterpart_region = self.counterpart_region

        kind = self.kind.value

        sender_message_id = self.sender_message_id

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        in_reply_to: None | str | Unset
        if isinstance(self.in_reply_to, Unset):
            in_reply_to = UNSET
        else:
            in_reply_to = self.in_reply_to

        migrant_id: int | None | Unset
        if isinstance(self.migrant_id, Unset):
            migrant_id = UNSET
        else:
            migrant_id = self.migrant_id

        org_id: int | None | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "counterpart_region": counterpart_region,
            "kind": kind,
            "sender_message_id": sender_message_id,
        })
        if body is not UNSET:
            field_dict["body"] = body
        if in_reply_to is not UNSET:
            field_dict["in_reply_to"] = in_reply_to
        if migrant_id is not UNSET:
            field_dict["migrant_id"] = migrant_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_create_body import InboundCreateBody # noqa: PLC0415
        d = dict(src_dict)
        counterpart_region = d.pop("counterpart_region")

        kind = MessageKind(d.pop("kind"))




        sender_message_id = d.pop("sender_message_id")

        _body = d.pop("body", UNSET)
        body: InboundCreateBody | Unset
        if isinstance(_body,  Unset):
            body = UNSET
        else:
            body = InboundCreateBody.from_dict(_body)




        def _parse_in_reply_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_reply_to = _parse_in_reply_to(d.pop("in_reply_to", UNSET))


        def _parse_migrant_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        migrant_id = _parse_migrant_id(d.pop("migrant_id", UNSET))


        def _parse_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))


        inbound_create = cls(
            counterpart_region=counterpart_region,
            kind=kind,
            sender_message_id=sender_message_id,
            body=body,
            in_reply_to=in_reply_to,
            migrant_id=migrant_id,
            org_id=org_id,
        )

        return inbound_create


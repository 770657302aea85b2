from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.message_kind import MessageKind
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.outbound_create_body import OutboundCreateBody





T = TypeVar("T", bound="OutboundCreate")



@_attrs_define
class OutboundCreate:
    """ A message to another region; it waits until the integration account collects it.

        Attributes:
            counterpart_region (str): The other region's division code
            kind (MessageKind):
            body (OutboundCreateBody | Unset):
            in_reply_to_id (int | None | Unset): The inbound message this answers
            migrant_id (int | None | Unset):
            started_on (datetime.date | None | Unset): For a verification request: the day the need arose (the clock's
                start); default today
     """

    counterpart_region: str
    kind: MessageKind
    body: OutboundCreateBody | Unset = UNSET
    in_reply_to_id: int | None | Unset = UNSET
    migrant_id: int | None | Unset = UNSET
    started_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.outbound_create_body import OutboundCreateBody # noqa: PLC0415
        counterpart_region = self.counterpart_region

        kind = self.kind.value

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        in_reply_to_id: int | None | Unset
        if isinstance(self.in_reply_to_id, Unset):
            in_reply_to_id = UNSET
        else:
            in_reply_to_id = self.in_reply_to_id

        migrant_id: int | None | Unset
        if isinstance(self.migrant_id, Unset):
            migrant_id = UNSET
        else:
            migrant_id = self.migrant_id

        started_on: None | str | Unset
        if isinstance(self.started_on, Unset):
            started_on = UNSET
        elif isinstance(self.started_on, datetime.date):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "counterpart_region": counterpart_region,
            "kind": kind,
        })
        if body is not UNSET:
            field_dict["body"] = body
        if in_reply_to_id is not UNSET:
            field_dict["in_reply_to_id"] = in_reply_to_id
        if migrant_id is not UNSET:
            field_dict["migrant_id"] = migrant_id
        if started_on is not UNSET:
            field_dict["started_on"] = started_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outbound_create_body import OutboundCreateBody # noqa: PLC0415
        d = dict(src_dict)
        counterpart_region = d.pop("counterpart_region")

        kind = MessageKind(d.pop("kind"))




        _body = d.pop("body", UNSET)
        body: OutboundCreateBody | Unset
        if isinstance(_body,  Unset):
            body = UNSET
        else:
            body = OutboundCreateBody.from_dict(_body)




        def _parse_in_reply_to_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        in_reply_to_id = _parse_in_reply_to_id(d.pop("in_reply_to_id", UNSET))


        def _parse_migrant_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        migrant_id = _parse_migrant_id(d.pop("migrant_id", UNSET))


        def _parse_started_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_on_type_0 = datetime.date.fromisoformat(data)



                return started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        started_on = _parse_started_on(d.pop("started_on", UNSET))


        outbound_create = cls(
            counterpart_region=counterpart_region,
            kind=kind,
            body=body,
            in_reply_to_id=in_reply_to_id,
            migrant_id=migrant_id,
            started_on=started_on,
        )

        return outbound_create


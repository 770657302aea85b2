from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.transfer_status import TransferStatus
from typing import cast
import datetime






T = TypeVar("T", bound="TransferRead")



@_attrs_define
class TransferRead:
    """ 
        Attributes:
            created_at (datetime.datetime):
            decided_at (datetime.datetime | None):
            decided_by (int | None):
            from_community_id (int):
            id (int):
            migrant_id (int):
            new_address (str):
            reason (None | str):
            requested_by (int | None):
            status (TransferStatus):
            to_community_id (int):
            version (int):
     """

    created_at: datetime.datetime
    decided_at: datetime.datetime | None
    decided_by: int | None
    from_community_id: int
    id: int
    migrant_id: int
    new_address: str
    reason: None | str
    requested_by: int | None
    status: TransferStatus
    to_community_id: int
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decided_by: int | None
        decided_by = self.decided_by

        from_community_id = self.from_community_id

        id = self.id

        migrant_id = self.migrant_id

        new_address = self.new_address

        reason: None | str
        reason = self.reason

        requested_by: int | None
        requested_by = self.requested_by

        status = self.status.value

        to_community_id = self.to_community_id

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "decided_at": decided_at,
            "decided_by": decided_by,
            "from_community_id": from_community_id,
            "id": id,
            "migrant_id": migrant_id,
            "new_address": new_address,
            "reason": reason,
            "requested_by": requested_by,
            "status": status,
            "to_community_id": to_community_id,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))


        def _parse_decided_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))


        from_community_id = d.pop("from_community_id")

        id = d.pop("id")

        migrant_id = d.pop("migrant_id")

        new_address = d.pop("new_address")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_requested_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        requested_by = _parse_requested_by(d.pop("requested_by"))


        status = TransferStatus(d.pop("status"))




        to_community_id = d.pop("to_community_id")

        version = d.pop("version")

        transfer_read = cls(
            created_at=created_at,
            decided_at=decided_at,
            decided_by=decided_by,
            from_community_id=from_community_id,
            id=id,
            migrant_id=migrant_id,
            new_address=new_address,
            reason=reason,
            requested_by=requested_by,
            status=status,
            to_community_id=to_community_id,
            version=version,
        )


        transfer_read.additional_properties = d
        return transfer_read

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

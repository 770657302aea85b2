from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.preconditions import Preconditions





T = TypeVar("T", bound="ServiceTypeUpdate")



@_attrs_define
class ServiceTypeUpdate:
    """ 
        Attributes:
            active (bool | Unset):
            description (str | Unset):
            fee_fen (int | Unset):
            forward_limit_working_days (int | Unset):
            instant (bool | Unset):
            name (str | Unset):
            online (bool | Unset):
            preconditions (Preconditions | Unset): Conditions on the family record, checked at acceptance and again at
                completion.
            time_limit_working_days (int | Unset):
            where_to_apply (str | Unset):
     """

    active: bool | Unset = UNSET
    description: str | Unset = UNSET
    fee_fen: int | Unset = UNSET
    forward_limit_working_days: int | Unset = UNSET
    instant: bool | Unset = UNSET
    name: str | Unset = UNSET
    online: bool | Unset = UNSET
    preconditions: Preconditions | Unset = UNSET
    time_limit_working_days: int | Unset = UNSET
    where_to_apply: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.preconditions import Preconditions # noqa: PLC0415
        active = self.active

        description = self.description

        fee_fen = self.fee_fen

        forward_limit_working_days = self.forward_limit_working_days

        instant = self.instant

        name = self.name

        online = self.online

        preconditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preconditions, Unset):
            preconditions = self.preconditions.to_dict()

        time_limit_working_days = self.time_limit_working_days

        where_to_apply = self.where_to_apply


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if active is not UNSET:
            field_dict["active"] = active
        if description is not UNSET:
            field_dict["description"] = description
        if fee_fen is not UNSET:
            field_dict["fee_fen"] = fee_fen
        if forward_limit_working_days is not UNSET:
            field_dict["forward_limit_working_days"] = forward_limit_working_days
        if instant is not UNSET:
            field_dict["instant"] = instant
        if name is not UNSET:
            field_dict["name"] = name
        if online is not UNSET:
            field_dict["online"] = online
        if preconditions is not UNSET:
            field_dict["preconditions"] = preconditions
        if time_limit_working_days is not UNSET:
            field_dict["time_limit_working_days"] = time_limit_working_days
        if where_to_apply is not UNSET:
            field_dict["where_to_apply"] = where_to_apply

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preconditions import Preconditions # noqa: PLC0415
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        description = d.pop("description", UNSET)

        fee_fen = d.pop("fee_fen", UNSET)

        forward_limit_working_days = d.pop("forward_limit_working_days", UNSET)

        instant = d.pop("instant", UNSET)

        name = d.pop("name", UNSET)

        online = d.pop("online", UNSET)

        _preconditions = d.pop("preconditions", UNSET)
        preconditions: Preconditions | Unset
        if isinstance(_preconditions,  Unset):
            preconditions = UNSET
        else:
            preconditions = Preconditions.from_dict(_preconditions)




        time_limit_working_days = d.pop("time_limit_working_days", UNSET)

        where_to_apply = d.pop("where_to_apply", UNSET)

        service_type_update = cls(
            active=active,
            description=description,
            fee_fen=fee_fen,
            forward_limit_working_days=forward_limit_working_days,
            instant=instant,
            name=name,
            online=online,
            preconditions=preconditions,
            time_limit_working_days=time_limit_working_days,
            where_to_apply=where_to_apply,
        )

        return service_type_update


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
            active (bool | None | Unset):
            description (None | str | Unset):
            fee_fen (int | None | Unset):
            forward_limit_working_days (int | None | Unset):
            instant (bool | None | Unset):
            name (None | str | Unset):
            online (bool | None | Unset):
            preconditions (None | Preconditions | Unset):
            time_limit_working_days (int | None | Unset):
            where_to_apply (None | str | Unset):
     """

    active: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    fee_fen: int | None | Unset = UNSET
    forward_limit_working_days: int | None | Unset = UNSET
    instant: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    online: bool | None | Unset = UNSET
    preconditions: None | Preconditions | Unset = UNSET
    time_limit_working_days: int | None | Unset = UNSET
    where_to_apply: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.preconditions import Preconditions # noqa: PLC0415
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        fee_fen: int | None | Unset
        if isinstance(self.fee_fen, Unset):
            fee_fen = UNSET
        else:
            fee_fen = self.fee_fen

        forward_limit_working_days: int | None | Unset
        if isinstance(self.forward_limit_working_days, Unset):
            forward_limit_working_days = UNSET
        else:
            forward_limit_working_days = self.forward_limit_working_days

        instant: bool | None | Unset
        if isinstance(self.instant, Unset):
            instant = UNSET
        else:
            instant = self.instant

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        online: bool | None | Unset
        if isinstance(self.online, Unset):
            online = UNSET
        else:
            online = self.online

        preconditions: dict[str, Any] | None | Unset
        if isinstance(self.preconditions, Unset):
            preconditions = UNSET
        elif isinstance(self.preconditions, Preconditions):
            preconditions = self.preconditions.to_dict()
        else:
            preconditions = self.preconditions

        time_limit_working_days: int | None | Unset
        if isinstance(self.time_limit_working_days, Unset):
            time_limit_working_days = UNSET
        else:
            time_limit_working_days = self.time_limit_working_days

        where_to_apply: None | str | Unset
        if isinstance(self.where_to_apply, Unset):
            where_to_apply = UNSET
        else:
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
        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_fee_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fee_fen = _parse_fee_fen(d.pop("fee_fen", UNSET))


        def _parse_forward_limit_working_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        forward_limit_working_days = _parse_forward_limit_working_days(d.pop("forward_limit_working_days", UNSET))


        def _parse_instant(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        instant = _parse_instant(d.pop("instant", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_online(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        online = _parse_online(d.pop("online", UNSET))


        def _parse_preconditions(data: object) -> None | Preconditions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preconditions_type_0 = Preconditions.from_dict(data)



                return preconditions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Preconditions | Unset, data)

        preconditions = _parse_preconditions(d.pop("preconditions", UNSET))


        def _parse_time_limit_working_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time_limit_working_days = _parse_time_limit_working_days(d.pop("time_limit_working_days", UNSET))


        def _parse_where_to_apply(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        where_to_apply = _parse_where_to_apply(d.pop("where_to_apply", UNSET))


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


from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.round_status import RoundStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.round_detail_progress import RoundDetailProgress





T = TypeVar("T", bound="RoundDetail")



@_attrs_define
class RoundDetail:
    """ 
        Attributes:
            closed_at (datetime.datetime | None):
            deadline (datetime.date):
            id (int):
            status (RoundStatus):
            street_id (int):
            version (int):
            year (int):
            progress (RoundDetailProgress | Unset):
     """

    closed_at: datetime.datetime | None
    deadline: datetime.date
    id: int
    status: RoundStatus
    street_id: int
    version: int
    year: int
    progress: RoundDetailProgress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.round_detail_progress import RoundDetailProgress # noqa: PLC0415
        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        deadline = self.deadline.isoformat()

        id = self.id

        status = self.status.value

        street_id = self.street_id

        version = self.version

        year = self.year

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "closed_at": closed_at,
            "deadline": deadline,
            "id": id,
            "status": status,
            "street_id": street_id,
            "version": version,
            "year": year,
        })
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.round_detail_progress import RoundDetailProgress # noqa: PLC0415
        d = dict(src_dict)
        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)



                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))


        deadline = datetime.date.fromisoformat(d.pop("deadline"))




        id = d.pop("id")

        status = RoundStatus(d.pop("status"))




        street_id = d.pop("street_id")

        version = d.pop("version")

        year = d.pop("year")

        _progress = d.pop("progress", UNSET)
        progress: RoundDetailProgress | Unset
        if isinstance(_progress,  Unset):
            progress = UNSET
        else:
            progress = RoundDetailProgress.from_dict(_progress)




        round_detail = cls(
            closed_at=closed_at,
            deadline=deadline,
            id=id,
            status=status,
            street_id=street_id,
            version=version,
            year=year,
            progress=progress,
        )


        round_detail.additional_properties = d
        return round_detail

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

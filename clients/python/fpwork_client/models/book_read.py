from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.book_status import BookStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.book_indicator_read import BookIndicatorRead
  from ..models.signatory import Signatory





T = TypeVar("T", bound="BookRead")



@_attrs_define
class BookRead:
    """ 
        Attributes:
            copied_from_id (int | None):
            id (int):
            indicators (list[BookIndicatorRead]):
            next_steps (list[str]):
            org_id (int):
            pass_mark (float):
            signatories (list[Signatory]):
            signed_on (datetime.date | None):
            status (BookStatus):
            street_id (int):
            title (str):
            version (int):
            year (int):
     """

    copied_from_id: int | None
    id: int
    indicators: list[BookIndicatorRead]
    next_steps: list[str]
    org_id: int
    pass_mark: float
    signatories: list[Signatory]
    signed_on: datetime.date | None
    status: BookStatus
    street_id: int
    title: str
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.book_indicator_read import BookIndicatorRead # noqa: PLC0415
        from ..models.signatory import Signatory # noqa: PLC0415
        copied_from_id: int | None
        copied_from_id = self.copied_from_id

        id = self.id

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)



        next_steps = self.next_steps



        org_id = self.org_id

        pass_mark = self.pass_mark

        signatories = []
        for signatories_item_data in self.signatories:
            signatories_item = signatories_item_data.to_dict()
            signatories.append(signatories_item)



        signed_on: None | str
        if isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        status = self.status.value

        street_id = self.street_id

        title = self.title

        version = self.version

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "copied_from_id": copied_from_id,
            "id": id,
            "indicators": indicators,
            "next_steps": next_steps,
            "org_id": org_id,
            "pass_mark": pass_mark,
            "signatories": signatories,
            "signed_on": signed_on,
            "status": status,
            "street_id": street_id,
            "title": title,
            "version": version,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_indicator_read import BookIndicatorRead # noqa: PLC0415
        from ..models.signatory import Signatory # noqa: PLC0415
        d = dict(src_dict)
        def _parse_copied_from_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        copied_from_id = _parse_copied_from_id(d.pop("copied_from_id"))


        id = d.pop("id")

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in (_indicators):
            indicators_item = BookIndicatorRead.from_dict(indicators_item_data)



            indicators.append(indicators_item)


        next_steps = cast(list[str], d.pop("next_steps"))


        org_id = d.pop("org_id")

        pass_mark = d.pop("pass_mark")

        signatories = []
        _signatories = d.pop("signatories")
        for signatories_item_data in (_signatories):
            signatories_item = Signatory.from_dict(signatories_item_data)



            signatories.append(signatories_item)


        def _parse_signed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)



                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        signed_on = _parse_signed_on(d.pop("signed_on"))


        status = BookStatus(d.pop("status"))




        street_id = d.pop("street_id")

        title = d.pop("title")

        version = d.pop("version")

        year = d.pop("year")

        book_read = cls(
            copied_from_id=copied_from_id,
            id=id,
            indicators=indicators,
            next_steps=next_steps,
            org_id=org_id,
            pass_mark=pass_mark,
            signatories=signatories,
            signed_on=signed_on,
            status=status,
            street_id=street_id,
            title=title,
            version=version,
            year=year,
        )


        book_read.additional_properties = d
        return book_read

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.enrolment_read import EnrolmentRead
  from ..models.import_override import ImportOverride
  from ..models.import_skip import ImportSkip





T = TypeVar("T", bound="ImportResult")



@_attrs_define
class ImportResult:
    """ 
        Attributes:
            created (list[EnrolmentRead]):
            skipped (list[ImportSkip]):
            overridden (list[ImportOverride] | Unset):
     """

    created: list[EnrolmentRead]
    skipped: list[ImportSkip]
    overridden: list[ImportOverride] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.enrolment_read import EnrolmentRead # noqa: PLC0415
        from ..models.import_override import ImportOverride # noqa: PLC0415
        from ..models.import_skip import ImportSkip # noqa: PLC0415
        created = []
        for created_item_data in self.created:
            created_item = created_item_data.to_dict()
            created.append(created_item)



        skipped = []
        for skipped_item_data in self.skipped:
            skipped_item = skipped_item_data.to_dict()
            skipped.append(skipped_item)



        overridden: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.overridden, Unset):
            overridden = []
            for overridden_item_data in self.overridden:
                overridden_item = overridden_item_data.to_dict()
                overridden.append(overridden_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created": created,
            "skipped": skipped,
        })
        if overridden is not UNSET:
            field_dict["overridden"] = overridden

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enrolment_read import EnrolmentRead # noqa: PLC0415
        from ..models.import_override import ImportOverride # noqa: PLC0415
        from ..models.import_skip import ImportSkip # noqa: PLC0415
        d = dict(src_dict)
        created = []
        _created = d.pop("created")
        for created_item_data in (_created):
            created_item = EnrolmentRead.from_dict(created_item_data)



            created.append(created_item)


        skipped = []
        _skipped = d.pop("skipped")
        for skipped_item_data in (_skipped):
            skipped_item = ImportSkip.from_dict(skipped_item_data)



            skipped.append(skipped_item)


        _overridden = d.pop("overridden", UNSET)
        overridden: list[ImportOverride] | Unset = UNSET
        if _overridden is not UNSET:
            overridden = []
            for overridden_item_data in _overridden:
                overridden_item = ImportOverride.from_dict(overridden_item_data)



                overridden.append(overridden_item)


        import_result = cls(
            created=created,
            skipped=skipped,
            overridden=overridden,
        )


        import_result.additional_properties = d
        return import_result

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.care_kind import CareKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CareCaseCreate")



@_attrs_define
class CareCaseCreate:
    """ Exactly one subject: a family, a person (``resident_id``) or a worker (``cared_worker_id``).

    ``bereaved`` and ``disabled_child`` are families; ``childbearing_age`` a person aged 15 to 49;
    ``worker`` a family planning worker of the area; ``other_need`` any of them, with a reason.

        Attributes:
            kind (CareKind):
            cared_worker_id (int | None | Unset): A family planning worker cared for
            family_id (int | None | Unset):
            reason (None | str | Unset): Required for other_need
            resident_id (int | None | Unset): A person cared for individually
     """

    kind: CareKind
    cared_worker_id: int | None | Unset = UNSET
    family_id: int | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    resident_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        cared_worker_id: int | None | Unset
        if isinstance(self.cared_worker_id, Unset):
            cared_worker_id = UNSET
        else:
            cared_worker_id = self.cared_worker_id

        family_id: int | None | Unset
        if isinstance(self.family_id, Unset):
            family_id = UNSET
        else:
            family_id = self.family_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        resident_id: int | None | Unset
        if isinstance(self.resident_id, Unset):
            resident_id = UNSET
        else:
            resident_id = self.resident_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
        })
        if cared_worker_id is not UNSET:
            field_dict["cared_worker_id"] = cared_worker_id
        if family_id is not UNSET:
            field_dict["family_id"] = family_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = CareKind(d.pop("kind"))




        def _parse_cared_worker_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cared_worker_id = _parse_cared_worker_id(d.pop("cared_worker_id", UNSET))


        def _parse_family_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        family_id = _parse_family_id(d.pop("family_id", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        def _parse_resident_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resident_id = _parse_resident_id(d.pop("resident_id", UNSET))


        care_case_create = cls(
            kind=kind,
            cared_worker_id=cared_worker_id,
            family_id=family_id,
            reason=reason,
            resident_id=resident_id,
        )

        return care_case_create


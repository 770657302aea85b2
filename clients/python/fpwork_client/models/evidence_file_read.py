from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="EvidenceFileRead")



@_attrs_define
class EvidenceFileRead:
    """ 
        Attributes:
            content_type (str):
            filename (str):
            id (int):
            org_id (int):
            org_name (str):
            sha256 (str): SHA-256 of the bytes, hex
            size_bytes (int):
            uploaded_at (datetime.datetime):
            uploaded_by (int | None):
            uploaded_by_name (None | str):
     """

    content_type: str
    filename: str
    id: int
    org_id: int
    org_name: str
    sha256: str
    size_bytes: int
    uploaded_at: datetime.datetime
    uploaded_by: int | None
    uploaded_by_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        filename = self.filename

        id = self.id

        org_id = self.org_id

        org_name = self.org_name

        sha256 = self.sha256

        size_bytes = self.size_bytes

        uploaded_at = self.uploaded_at.isoformat()

        uploaded_by: int | None
        uploaded_by = self.uploaded_by

        uploaded_by_name: None | str
        uploaded_by_name = self.uploaded_by_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "content_type": content_type,
            "filename": filename,
            "id": id,
            "org_id": org_id,
            "org_name": org_name,
            "sha256": sha256,
            "size_bytes": size_bytes,
            "uploaded_at": uploaded_at,
            "uploaded_by": uploaded_by,
            "uploaded_by_name": uploaded_by_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        filename = d.pop("filename")

        id = d.pop("id")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))




        def _parse_uploaded_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        uploaded_by = _parse_uploaded_by(d.pop("uploaded_by"))


        def _parse_uploaded_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        uploaded_by_name = _parse_uploaded_by_name(d.pop("uploaded_by_name"))


        evidence_file_read = cls(
            content_type=content_type,
            filename=filename,
            id=id,
            org_id=org_id,
            org_name=org_name,
            sha256=sha256,
            size_bytes=size_bytes,
            uploaded_at=uploaded_at,
            uploaded_by=uploaded_by,
            uploaded_by_name=uploaded_by_name,
        )


        evidence_file_read.additional_properties = d
        return evidence_file_read

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

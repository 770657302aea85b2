from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.import_format import ImportFormat
from ..models.import_kind import ImportKind
from ..models.import_mode import ImportMode
from ..models.import_status import ImportStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.row_report import RowReport





T = TypeVar("T", bound="ImportRead")



@_attrs_define
class ImportRead:
    """ 
        Attributes:
            created (int):
            created_at (datetime.datetime):
            error (None | str): Why the whole file was refused (unreadable, bad header)
            errors (list[RowReport]): Every bad row (up to 10,000) with its problems by field
            failed (int):
            finished_at (datetime.datetime | None):
            format_ (ImportFormat):
            id (int):
            kind (ImportKind):
            mode (ImportMode):
            org_id (int):
            rows_done (int):
            status (ImportStatus):
            total_rows (int):
            unchanged (int):
            updated (int):
     """

    created: int
    created_at: datetime.datetime
    error: None | str
    errors: list[RowReport]
    failed: int
    finished_at: datetime.datetime | None
    format_: ImportFormat
    id: int
    kind: ImportKind
    mode: ImportMode
    org_id: int
    rows_done: int
    status: ImportStatus
    total_rows: int
    unchanged: int
    updated: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.row_report import RowReport # noqa: PLC0415
        created = self.created

        created_at = self.created_at.isoformat()

        error: None | str
        error = self.error

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)



        failed = self.failed

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        format_ = self.format_.value

        id = self.id

        kind = self.kind.value

        mode = self.mode.value

        org_id = self.org_id

        rows_done = self.rows_done

        status = self.status.value

        total_rows = self.total_rows

        unchanged = self.unchanged

        updated = self.updated


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created": created,
            "created_at": created_at,
            "error": error,
            "errors": errors,
            "failed": failed,
            "finished_at": finished_at,
            "format": format_,
            "id": id,
            "kind": kind,
            "mode": mode,
            "org_id": org_id,
            "rows_done": rows_done,
            "status": status,
            "total_rows": total_rows,
            "unchanged": unchanged,
            "updated": updated,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.row_report import RowReport # noqa: PLC0415
        d = dict(src_dict)
        created = d.pop("created")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))


        errors = []
        _errors = d.pop("errors")
        for errors_item_data in (_errors):
            errors_item = RowReport.from_dict(errors_item_data)



            errors.append(errors_item)


        failed = d.pop("failed")

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        format_ = ImportFormat(d.pop("format"))




        id = d.pop("id")

        kind = ImportKind(d.pop("kind"))




        mode = ImportMode(d.pop("mode"))




        org_id = d.pop("org_id")

        rows_done = d.pop("rows_done")

        status = ImportStatus(d.pop("status"))




        total_rows = d.pop("total_rows")

        unchanged = d.pop("unchanged")

        updated = d.pop("updated")

        import_read = cls(
            created=created,
            created_at=created_at,
            error=error,
            errors=errors,
            failed=failed,
            finished_at=finished_at,
            format_=format_,
            id=id,
            kind=kind,
            mode=mode,
            org_id=org_id,
            rows_done=rows_done,
            status=status,
            total_rows=total_rows,
            unchanged=unchanged,
            updated=updated,
        )


        import_read.additional_properties = d
        return import_read

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

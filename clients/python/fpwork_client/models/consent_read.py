from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.channel import Channel
from ..models.consent_source import ConsentSource
from typing import cast
import datetime






T = TypeVar("T", bound="ConsentRead")



@_attrs_define
class ConsentRead:
    """ 
        Attributes:
            channel (Channel):
            created_at (datetime.datetime):
            evidence (None | str):
            granted_on (datetime.date):
            id (int):
            in_force (bool): Not revoked: messages may be sent
            recorded_by (int | None):
            resident_id (int):
            revoked_by (int | None):
            revoked_on (datetime.date | None):
            revoked_source (ConsentSource | None):
            source (ConsentSource):
            updated_at (datetime.datetime):
            version (int):
     """

    channel: Channel
    created_at: datetime.datetime
    evidence: None | str
    granted_on: datetime.date
    id: int
    in_force: bool
    recorded_by: int | None
    resident_id: int
    revoked_by: int | None
    revoked_on: datetime.date | None
    revoked_source: ConsentSource | None
    source: ConsentSource
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        created_at = self.created_at.isoformat()

        evidence: None | str
        evidence = self.evidence

        granted_on = self.granted_on.isoformat()

        id = self.id

        in_force = self.in_force

        recorded_by: int | None
        recorded_by = self.recorded_by

        resident_id = self.resident_id

        revoked_by: int | None
        revoked_by = self.revoked_by

        revoked_on: None | str
        if isinstance(self.revoked_on, datetime.date):
            revoked_on = self.revoked_on.isoformat()
        else:
            revoked_on = self.revoked_on

        revoked_source: None | str
        if isinstance(self.revoked_source, ConsentSource):
            revoked_source = self.revoked_source.value
        else:
            revoked_source = self.revoked_source

        source = self.source.value

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "channel": channel,
            "created_at": created_at,
            "evidence": evidence,
            "granted_on": granted_on,
            "id": id,
            "in_force": in_force,
            "recorded_by": recorded_by,
            "resident_id": resident_id,
            "revoked_by": revoked_by,
            "revoked_on": revoked_on,
            "revoked_source": revoked_source,
            "source": source,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = Channel(d.pop("channel"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_evidence(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        evidence = _parse_evidence(d.pop("evidence"))


        granted_on = datetime.date.fromisoformat(d.pop("granted_on"))




        id = d.pop("id")

        in_force = d.pop("in_force")

        def _parse_recorded_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by"))


        resident_id = d.pop("resident_id")

        def _parse_revoked_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        revoked_by = _parse_revoked_by(d.pop("revoked_by"))


        def _parse_revoked_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_on_type_0 = datetime.date.fromisoformat(data)



                return revoked_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        revoked_on = _parse_revoked_on(d.pop("revoked_on"))


        def _parse_revoked_source(data: object) -> ConsentSource | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_source_type_0 = ConsentSource(data)



                return revoked_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsentSource | None, data)

        revoked_source = _parse_revoked_source(d.pop("revoked_source"))


        source = ConsentSource(d.pop("source"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        consent_read = cls(
            channel=channel,
            created_at=created_at,
            evidence=evidence,
            granted_on=granted_on,
            id=id,
            in_force=in_force,
            recorded_by=recorded_by,
            resident_id=resident_id,
            revoked_by=revoked_by,
            revoked_on=revoked_on,
            revoked_source=revoked_source,
            source=source,
            updated_at=updated_at,
            version=version,
        )


        consent_read.additional_properties = d
        return consent_read

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

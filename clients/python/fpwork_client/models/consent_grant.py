from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.channel import Channel
from ..models.consent_source import ConsentSource
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ConsentGrant")



@_attrs_define
class ConsentGrant:
    """ 
        Attributes:
            granted_on (datetime.date): The day the resident consented (a Beijing date, not in the future)
            source (ConsentSource):
            channel (Channel | Unset):
            evidence (None | str | Unset): Where the proof is kept
     """

    granted_on: datetime.date
    source: ConsentSource
    channel: Channel | Unset = UNSET
    evidence: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        granted_on = self.granted_on.isoformat()

        source = self.source.value

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value


        evidence: None | str | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        else:
            evidence = self.evidence


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "granted_on": granted_on,
            "source": source,
        })
        if channel is not UNSET:
            field_dict["channel"] = channel
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        granted_on = datetime.date.fromisoformat(d.pop("granted_on"))




        source = ConsentSource(d.pop("source"))




        _channel = d.pop("channel", UNSET)
        channel: Channel | Unset
        if isinstance(_channel,  Unset):
            channel = UNSET
        else:
            channel = Channel(_channel)




        def _parse_evidence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))


        consent_grant = cls(
            granted_on=granted_on,
            source=source,
            channel=channel,
            evidence=evidence,
        )

        return consent_grant


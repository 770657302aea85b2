from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.consent_source import ConsentSource
from typing import cast
import datetime






T = TypeVar("T", bound="ConsentRevoke")



@_attrs_define
class ConsentRevoke:
    """ 
        Attributes:
            revoked_on (datetime.date): The day the resident withdrew the consent (not in the future)
            source (ConsentSource):
     """

    revoked_on: datetime.date
    source: ConsentSource





    def to_dict(self) -> dict[str, Any]:
        revoked_on = self.revoked_on.isoformat()

        source = self.source.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "revoked_on": revoked_on,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        revoked_on = datetime.date.fromisoformat(d.pop("revoked_on"))




        source = ConsentSource(d.pop("source"))




        consent_revoke = cls(
            revoked_on=revoked_on,
            source=source,
        )

        return consent_revoke


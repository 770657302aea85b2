from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.consent_source import ConsentSource






T = TypeVar("T", bound="FeedbackTextsStop")



@_attrs_define
class FeedbackTextsStop:
    """ 
        Attributes:
            source (ConsentSource):
     """

    source: ConsentSource





    def to_dict(self) -> dict[str, Any]:
        source = self.source.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = ConsentSource(d.pop("source"))




        feedback_texts_stop = cls(
            source=source,
        )

        return feedback_texts_stop


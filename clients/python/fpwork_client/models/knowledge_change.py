from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.knowledge_stage import KnowledgeStage





T = TypeVar("T", bound="KnowledgeChange")



@_attrs_define
class KnowledgeChange:
    """ 
        Attributes:
            change_points (float | None): post minus pre, in percentage points; null unless both were surveyed
            post (KnowledgeStage):
            pre (KnowledgeStage):
     """

    change_points: float | None
    post: KnowledgeStage
    pre: KnowledgeStage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.knowledge_stage import KnowledgeStage # noqa: PLC0415
        change_points: float | None
        change_points = self.change_points

        post = self.post.to_dict()

        pre = self.pre.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "change_points": change_points,
            "post": post,
            "pre": pre,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_stage import KnowledgeStage # noqa: PLC0415
        d = dict(src_dict)
        def _parse_change_points(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        change_points = _parse_change_points(d.pop("change_points"))


        post = KnowledgeStage.from_dict(d.pop("post"))




        pre = KnowledgeStage.from_dict(d.pop("pre"))




        knowledge_change = cls(
            change_points=change_points,
            post=post,
            pre=pre,
        )


        knowledge_change.additional_properties = d
        return knowledge_change

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

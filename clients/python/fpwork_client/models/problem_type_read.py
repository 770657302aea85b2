from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.problem_type_read_action import ProblemTypeReadAction
  from ..models.problem_type_read_meaning import ProblemTypeReadMeaning
  from ..models.problem_type_read_title import ProblemTypeReadTitle





T = TypeVar("T", bound="ProblemTypeRead")



@_attrs_define
class ProblemTypeRead:
    """ One problem type, in zh-CN and English: its status, title, meaning and what to do.

        Attributes:
            action (ProblemTypeReadAction): zh-CN and en: what the caller should do
            code (str):
            meaning (ProblemTypeReadMeaning): zh-CN and en: when the API answers this
            status (int):
            title (ProblemTypeReadTitle): zh-CN and en titles
            type_ (str): The URI reference problems of this type carry in `type`
     """

    action: ProblemTypeReadAction
    code: str
    meaning: ProblemTypeReadMeaning
    status: int
    title: ProblemTypeReadTitle
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.problem_type_read_action import ProblemTypeReadAction # noqa: PLC0415
        from ..models.problem_type_read_meaning import ProblemTypeReadMeaning # noqa: PLC0415
        from ..models.problem_type_read_title import ProblemTypeReadTitle # noqa: PLC0415
        action = self.action.to_dict()

        code = self.code

        meaning = self.meaning.to_dict()

        status = self.status

        title = self.title.to_dict()

        type_ = self.type_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "code": code,
            "meaning": meaning,
            "status": status,
            "title": title,
            "type": type_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.problem_type_read_action import ProblemTypeReadAction # noqa: PLC0415
        from ..models.problem_type_read_meaning import ProblemTypeReadMeaning # noqa: PLC0415
        from ..models.problem_type_read_title import ProblemTypeReadTitle # noqa: PLC0415
        d = dict(src_dict)
        action = ProblemTypeReadAction.from_dict(d.pop("action"))




        code = d.pop("code")

        meaning = ProblemTypeReadMeaning.from_dict(d.pop("meaning"))




        status = d.pop("status")

        title = ProblemTypeReadTitle.from_dict(d.pop("title"))




        type_ = d.pop("type")

        problem_type_read = cls(
            action=action,
            code=code,
            meaning=meaning,
            status=status,
            title=title,
            type_=type_,
        )


        problem_type_read.additional_properties = d
        return problem_type_read

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

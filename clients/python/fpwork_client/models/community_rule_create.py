from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rule_book import RuleBook
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.volunteer_add import VolunteerAdd





T = TypeVar("T", bound="CommunityRuleCreate")



@_attrs_define
class CommunityRuleCreate:
    """ 
        Attributes:
            book (RuleBook):
            clause_no (str):
            text (str):
            volunteers (list[VolunteerAdd] | Unset):
     """

    book: RuleBook
    clause_no: str
    text: str
    volunteers: list[VolunteerAdd] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.volunteer_add import VolunteerAdd # noqa: PLC0415
        book = self.book.value

        clause_no = self.clause_no

        text = self.text

        volunteers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volunteers, Unset):
            volunteers = []
            for volunteers_item_data in self.volunteers:
                volunteers_item = volunteers_item_data.to_dict()
                volunteers.append(volunteers_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "book": book,
            "clause_no": clause_no,
            "text": text,
        })
        if volunteers is not UNSET:
            field_dict["volunteers"] = volunteers

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volunteer_add import VolunteerAdd # noqa: PLC0415
        d = dict(src_dict)
        book = RuleBook(d.pop("book"))




        clause_no = d.pop("clause_no")

        text = d.pop("text")

        _volunteers = d.pop("volunteers", UNSET)
        volunteers: list[VolunteerAdd] | Unset = UNSET
        if _volunteers is not UNSET:
            volunteers = []
            for volunteers_item_data in _volunteers:
                volunteers_item = VolunteerAdd.from_dict(volunteers_item_data)



                volunteers.append(volunteers_item)


        community_rule_create = cls(
            book=book,
            clause_no=clause_no,
            text=text,
            volunteers=volunteers,
        )

        return community_rule_create


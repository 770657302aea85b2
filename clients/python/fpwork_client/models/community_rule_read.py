from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rule_book import RuleBook
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.volunteer_read import VolunteerRead





T = TypeVar("T", bound="CommunityRuleRead")



@_attrs_define
class CommunityRuleRead:
    """ 
        Attributes:
            adopted_on (datetime.date):
            book (RuleBook):
            clause_no (str):
            id (int):
            meeting_id (int):
            meeting_title (str):
            org_id (int):
            org_name (str):
            text (str):
            version (int):
            volunteers (list[VolunteerRead]):
     """

    adopted_on: datetime.date
    book: RuleBook
    clause_no: str
    id: int
    meeting_id: int
    meeting_title: str
    org_id: int
    org_name: str
    text: str
    version: int
    volunteers: list[VolunteerRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.volunteer_read import VolunteerRead # noqa: PLC0415
        adopted_on = self.adopted_on.isoformat()

        book = self.book.value

        clause_no = self.clause_no

        id = self.id

        meeting_id = self.meeting_id

        meeting_title = self.meeting_title

        org_id = self.org_id

        org_name = self.org_name

        text = self.text

        version = self.version

        volunteers = []
        for volunteers_item_data in self.volunteers:
            volunteers_item = volunteers_item_data.to_dict()
            volunteers.append(volunteers_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "adopted_on": adopted_on,
            "book": book,
            "clause_no": clause_no,
            "id": id,
            "meeting_id": meeting_id,
            "meeting_title": meeting_title,
            "org_id": org_id,
            "org_name": org_name,
            "text": text,
            "version": version,
            "volunteers": volunteers,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.volunteer_read import VolunteerRead # noqa: PLC0415
        d = dict(src_dict)
        adopted_on = datetime.date.fromisoformat(d.pop("adopted_on"))




        book = RuleBook(d.pop("book"))




        clause_no = d.pop("clause_no")

        id = d.pop("id")

        meeting_id = d.pop("meeting_id")

        meeting_title = d.pop("meeting_title")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        text = d.pop("text")

        version = d.pop("version")

        volunteers = []
        _volunteers = d.pop("volunteers")
        for volunteers_item_data in (_volunteers):
            volunteers_item = VolunteerRead.from_dict(volunteers_item_data)



            volunteers.append(volunteers_item)


        community_rule_read = cls(
            adopted_on=adopted_on,
            book=book,
            clause_no=clause_no,
            id=id,
            meeting_id=meeting_id,
            meeting_title=meeting_title,
            org_id=org_id,
            org_name=org_name,
            text=text,
            version=version,
            volunteers=volunteers,
        )


        community_rule_read.additional_properties = d
        return community_rule_read

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

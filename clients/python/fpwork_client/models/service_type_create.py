from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.issued_document import IssuedDocument
from ..models.service_level import ServiceLevel
from ..models.service_subject import ServiceSubject
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.material_spec import MaterialSpec
  from ..models.preconditions import Preconditions





T = TypeVar("T", bound="ServiceTypeCreate")



@_attrs_define
class ServiceTypeCreate:
    """ 
        Attributes:
            code (str):
            materials (list[MaterialSpec]): Each `code` once within the service type (422 otherwise)
            name (str):
            subject (ServiceSubject):
            time_limit_working_days (int):
            where_to_apply (str):
            accepting_level (ServiceLevel | Unset): The level of the office that takes a step: the community (社区) or the
                street office (街道).
            description (str | Unset):  Default: ''.
            fee_fen (int | Unset):  Default: 0.
            forward_limit_working_days (int | Unset): The community's limit to pre-check and forward (street services)
                Default: 0.
            instant (bool | Unset):  Default: False.
            issues (IssuedDocument | Unset): What a completed request issues, and where the number is recorded.
            issuing_level (ServiceLevel | Unset): The level of the office that takes a step: the community (社区) or the
                street office (街道).
            number_prefix (str | Unset):  Default: ''.
            online (bool | Unset):  Default: False.
            policy_ids (list[int] | Unset):
            preconditions (Preconditions | Unset): Conditions on the family record, checked at acceptance and again at
                completion.
     """

    code: str
    materials: list[MaterialSpec]
    name: str
    subject: ServiceSubject
    time_limit_working_days: int
    where_to_apply: str
    accepting_level: ServiceLevel | Unset = UNSET
    description: str | Unset = ''
    fee_fen: int | Unset = 0
    forward_limit_working_days: int | Unset = 0
    instant: bool | Unset = False
    issues: IssuedDocument | Unset = UNSET
    issuing_level: ServiceLevel | Unset = UNSET
    number_prefix: str | Unset = ''
    online: bool | Unset = False
    policy_ids: list[int] | Unset = UNSET
    preconditions: Preconditions | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.material_spec import MaterialSpec # noqa: PLC0415
        from ..models.preconditions import Preconditions # noqa: PLC0415
        code = self.code

        materials = []
        for materials_item_data in self.materials:
            materials_item = materials_item_data.to_dict()
            materials.append(materials_item)



        name = self.name

        subject = self.subject.value

        time_limit_working_days = self.time_limit_working_days

        where_to_apply = self.where_to_apply

        accepting_level: str | Unset = UNSET
        if not isinstance(self.accepting_level, Unset):
            accepting_level = self.accepting_level.value


        description = self.description

        fee_fen = self.fee_fen

        forward_limit_working_days = self.forward_limit_working_days

        instant = self.instant

        issues: str | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = self.issues.value


        issuing_level: str | Unset = UNSET
        if not isinstance(self.issuing_level, Unset):
            issuing_level = self.issuing_level.value


        number_prefix = self.number_prefix

        online = self.online

        policy_ids: list[int] | Unset = UNSET
        if not isinstance(self.policy_ids, Unset):
            policy_ids = self.policy_ids



        preconditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preconditions, Unset):
            preconditions = self.preconditions.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "materials": materials,
            "name": name,
            "subject": subject,
            "time_limit_working_days": time_limit_working_days,
            "where_to_apply": where_to_apply,
        })
        if accepting_level is not UNSET:
            field_dict["accepting_level"] = accepting_level
        if description is not UNSET:
            field_dict["description"] = description
        if fee_fen is not UNSET:
            field_dict["fee_fen"] = fee_fen
        if forward_limit_working_days is not UNSET:
            field_dict["forward_limit_working_days"] = forward_limit_working_days
        if instant is not UNSET:
            field_dict["instant"] = instant
        if issues is not UNSET:
            field_dict["issues"] = issues
        if issuing_level is not UNSET:
            field_dict["issuing_level"] = issuing_level
        if number_prefix is not UNSET:
            field_dict["number_prefix"] = number_prefix
        if online is not UNSET:
            field_dict["online"] = online
        if policy_ids is not UNSET:
            field_dict["policy_ids"] = policy_ids
        if preconditions is not UNSET:
            field_dict["preconditions"] = preconditions

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.material_spec import MaterialSpec # noqa: PLC0415
        from ..models.preconditions import Preconditions # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        materials = []
        _materials = d.pop("materials")
        for materials_item_data in (_materials):
            materials_item = MaterialSpec.from_dict(materials_item_data)



            materials.append(materials_item)


        name = d.pop("name")

        subject = ServiceSubject(d.pop("subject"))




        time_limit_working_days = d.pop("time_limit_working_days")

        where_to_apply = d.pop("where_to_apply")

        _accepting_level = d.pop("accepting_level", UNSET)
        accepting_level: ServiceLevel | Unset
        if isinstance(_accepting_level,  Unset):
            accepting_level = UNSET
        else:
            accepting_level = ServiceLevel(_accepting_level)




        description = d.pop("description", UNSET)

        fee_fen = d.pop("fee_fen", UNSET)

        forward_limit_working_days = d.pop("forward_limit_working_days", UNSET)

        instant = d.pop("instant", UNSET)

        _issues = d.pop("issues", UNSET)
        issues: IssuedDocument | Unset
        if isinstance(_issues,  Unset):
            issues = UNSET
        else:
            issues = IssuedDocument(_issues)




        _issuing_level = d.pop("issuing_level", UNSET)
        issuing_level: ServiceLevel | Unset
        if isinstance(_issuing_level,  Unset):
            issuing_level = UNSET
        else:
            issuing_level = ServiceLevel(_issuing_level)




        number_prefix = d.pop("number_prefix", UNSET)

        online = d.pop("online", UNSET)

        policy_ids = cast(list[int], d.pop("policy_ids", UNSET))


        _preconditions = d.pop("preconditions", UNSET)
        preconditions: Preconditions | Unset
        if isinstance(_preconditions,  Unset):
            preconditions = UNSET
        else:
            preconditions = Preconditions.from_dict(_preconditions)




        service_type_create = cls(
            code=code,
            materials=materials,
            name=name,
            subject=subject,
            time_limit_working_days=time_limit_working_days,
            where_to_apply=where_to_apply,
            accepting_level=accepting_level,
            description=description,
            fee_fen=fee_fen,
            forward_limit_working_days=forward_limit_working_days,
            instant=instant,
            issues=issues,
            issuing_level=issuing_level,
            number_prefix=number_prefix,
            online=online,
            policy_ids=policy_ids,
            preconditions=preconditions,
        )

        return service_type_create


from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.issued_document import IssuedDocument
from ..models.service_level import ServiceLevel
from ..models.service_subject import ServiceSubject
from typing import cast

if TYPE_CHECKING:
  from ..models.material_read import MaterialRead
  from ..models.policy_ref import PolicyRef
  from ..models.service_type_read_preconditions import ServiceTypeReadPreconditions





T = TypeVar("T", bound="ServiceTypeRead")



@_attrs_define
class ServiceTypeRead:
    """ A service guide: everything a resident must bring, said once (一次性告知).

        Attributes:
            accepting_level (ServiceLevel): The level of the office that takes a step: the community (社区) or the street
                office (街道).
            active (bool):
            code (str):
            description (str):
            fee_fen (int):
            forward_limit_working_days (int):
            id (int):
            instant (bool): 即办: complete requests finish at acceptance
            issues (IssuedDocument): What a completed request issues, and where the number is recorded.
            issuing_level (ServiceLevel): The level of the office that takes a step: the community (社区) or the street office
                (街道).
            materials (list[MaterialRead]):
            name (str):
            online (bool):
            policies (list[PolicyRef]): Published policies the service rests on
            preconditions (ServiceTypeReadPreconditions): Conditions on the family record (PreconditionRule)
            subject (ServiceSubject):
            time_limit_working_days (int):
            version (int):
            where_to_apply (str):
     """

    accepting_level: ServiceLevel
    active: bool
    code: str
    description: str
    fee_fen: int
    forward_limit_working_days: int
    id: int
    instant: bool
    issues: IssuedDocument
    issuing_level: ServiceLevel
    materials: list[MaterialRead]
    name: str
    online: bool
    policies: list[PolicyRef]
    preconditions: ServiceTypeReadPreconditions
    subject: ServiceSubject
    time_limit_working_days: int
    version: int
    where_to_apply: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.material_read import MaterialRead # noqa: PLC0415
        from ..models.policy_ref import PolicyRef # noqa: PLC0415
        from ..models.service_type_read_preconditions import ServiceTypeReadPreconditions # noqa: PLC0415
        accepting_level = self.accepting_level.value

        active = self.active

        code = self.code

        description = self.description

        fee_fen = self.fee_fen

        forward_limit_working_days = self.forward_limit_working_days

        id = self.id

        instant = self.instant

        issues = self.issues.value

        issuing_level = self.issuing_level.value

        materials = []
        for materials_item_data in self.materials:
            materials_item = materials_item_data.to_dict()
            materials.append(materials_item)



        name = self.name

        online = self.online

        policies = []
        for policies_item_data in self.policies:
            policies_item = policies_item_data.to_dict()
            policies.append(policies_item)



        preconditions = self.preconditions.to_dict()

        subject = self.subject.value

        time_limit_working_days = self.time_limit_working_days

        version = self.version

        where_to_apply = self.where_to_apply


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accepting_level": accepting_level,
            "active": active,
            "code": code,
            "description": description,
            "fee_fen": fee_fen,
            "forward_limit_working_days": forward_limit_working_days,
            "id": id,
            "instant": instant,
            "issues": issues,
            "issuing_level": issuing_level,
            "materials": materials,
            "name": name,
            "online": online,
            "policies": policies,
            "preconditions": preconditions,
            "subject": subject,
            "time_limit_working_days": time_limit_working_days,
            "version": version,
            "where_to_apply": where_to_apply,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.material_read import MaterialRead # noqa: PLC0415
        from ..models.policy_ref import PolicyRef # noqa: PLC0415
        from ..models.service_type_read_preconditions import ServiceTypeReadPreconditions # noqa: PLC0415
        d = dict(src_dict)
        accepting_level = ServiceLevel(d.pop("accepting_level"))




        active = d.pop("active")

        code = d.pop("code")

        description = d.pop("description")

        fee_fen = d.pop("fee_fen")

        forward_limit_working_days = d.pop("forward_limit_working_days")

        id = d.pop("id")

        instant = d.pop("instant")

        issues = IssuedDocument(d.pop("issues"))




        issuing_level = ServiceLevel(d.pop("issuing_level"))




        materials = []
        _materials = d.pop("materials")
        for materials_item_data in (_materials):
            materials_item = MaterialRead.from_dict(materials_item_data)



            materials.append(materials_item)


        name = d.pop("name")

        online = d.pop("online")

        policies = []
        _policies = d.pop("policies")
        for policies_item_data in (_policies):
            policies_item = PolicyRef.from_dict(policies_item_data)



            policies.append(policies_item)


        preconditions = ServiceTypeReadPreconditions.from_dict(d.pop("preconditions"))




        subject = ServiceSubject(d.pop("subject"))




        time_limit_working_days = d.pop("time_limit_working_days")

        version = d.pop("version")

        where_to_apply = d.pop("where_to_apply")

        service_type_read = cls(
            accepting_level=accepting_level,
            active=active,
            code=code,
            description=description,
            fee_fen=fee_fen,
            forward_limit_working_days=forward_limit_working_days,
            id=id,
            instant=instant,
            issues=issues,
            issuing_level=issuing_level,
            materials=materials,
            name=name,
            online=online,
            policies=policies,
            preconditions=preconditions,
            subject=subject,
            time_limit_working_days=time_limit_working_days,
            version=version,
            where_to_apply=where_to_apply,
        )


        service_type_read.additional_properties = d
        return service_type_read

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

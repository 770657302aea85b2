from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.material_form import MaterialForm
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ProvidedMaterial")



@_attrs_define
class ProvidedMaterial:
    """ 
        Attributes:
            code (str):
            alternative (None | str | Unset): Which accepted alternative (form 'alternative')
            form (MaterialForm | Unset):
     """

    code: str
    alternative: None | str | Unset = UNSET
    form: MaterialForm | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        alternative: None | str | Unset
        if isinstance(self.alternative, Unset):
            alternative = UNSET
        else:
            alternative = self.alternative

        form: str | Unset = UNSET
        if not isinstance(self.form, Unset):
            form = self.form.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
        })
        if alternative is not UNSET:
            field_dict["alternative"] = alternative
        if form is not UNSET:
            field_dict["form"] = form

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_alternative(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alternative = _parse_alternative(d.pop("alternative", UNSET))


        _form = d.pop("form", UNSET)
        form: MaterialForm | Unset
        if isinstance(_form,  Unset):
            form = UNSET
        else:
            form = MaterialForm(_form)




        provided_material = cls(
            code=code,
            alternative=alternative,
            form=form,
        )

        return provided_material


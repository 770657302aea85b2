from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.pregnancy_outcome import PregnancyOutcome
from ..models.pregnancy_state import PregnancyState
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.visit_read import VisitRead





T = TypeVar("T", bound="PregnancyRead")



@_attrs_define
class PregnancyRead:
    """ 
        Attributes:
            child_id (int | None):
            created_at (datetime.datetime):
            expected_on (datetime.date):
            family_id (int | None):
            id (int):
            next_visit_due_on (datetime.date | None):
            note (None | str):
            org_id (int):
            outcome (None | PregnancyOutcome):
            outcome_on (datetime.date | None):
            registered_on (datetime.date):
            resident_id (int):
            state (PregnancyState):
            updated_at (datetime.datetime):
            version (int):
            visit_interval_days (int):
            next_steps (list[str] | Unset):
            overdue (bool | Unset):  Default: False.
            resident_name (None | str | Unset):
            visits (list[VisitRead] | Unset):
     """

    child_id: int | None
    created_at: datetime.datetime
    expected_on: datetime.date
    family_id: int | None
    id: int
    next_visit_due_on: datetime.date | None
    note: None | str
    org_id: int
    outcome: None | PregnancyOutcome
    outcome_on: datetime.date | None
    registered_on: datetime.date
    resident_id: int
    state: PregnancyState
    updated_at: datetime.datetime
    version: int
    visit_interval_days: int
    next_steps: list[str] | Unset = UNSET
    overdue: bool | Unset = False
    resident_name: None | str | Unset = UNSET
    visits: list[VisitRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.visit_read import VisitRead # noqa: PLC0415
        child_id: int | None
        child_id = self.child_id

        created_at = self.created_at.isoformat()

        expected_on = self.expected_on.isoformat()

        family_id: int | None
        family_id = self.family_id

        id = self.id

        next_visit_due_on: None | str
        if isinstance(self.next_visit_due_on, datetime.date):
            next_visit_due_on = self.next_visit_due_on.isoformat()
        else:
            next_visit_due_on = self.next_visit_due_on

        note: None | str
        note = self.note

        org_id = self.org_id

        outcome: None | str
        if isinstance(self.outcome, PregnancyOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        outcome_on: None | str
        if isinstance(self.outcome_on, datetime.date):
            outcome_on = self.outcome_on.isoformat()
        else:
            outcome_on = self.outcome_on

        registered_on = self.registered_on.isoformat()

        resident_id = self.resident_id

        state = self.state.value

        updated_at = self.updated_at.isoformat()

        version = self.version

        visit_interval_days = self.visit_interval_days

        next_steps: list[str] | Unset = UNSET
        if not isinstance(self.next_steps, Unset):
            next_steps = self.next_steps



        overdue = self.overdue

        resident_name: None | str | Unset
        if isinstance(self.resident_name, Unset):
            resident_name = UNSET
        else:
            resident_name = self.resident_name

        visits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.visits, Unset):
            visits = []
            for visits_item_data in self.visits:
                visits_item = visits_item_data.to_dict()
                visits.append(visits_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "child_id": child_id,
            "created_at": created_at,
            "expected_on": expected_on,
            "family_id": family_id,
            "id": id,
            "next_visit_due_on": next_visit_due_on,
            "note": note,
            "org_id": org_id,
            "outcome": outcome,
            "outcome_on": outcome_on,
            "registered_on": registered_on,
            "resident_id": resident_id,
            "state": state,
            "updated_at": updated_at,
            "version": version,
            "visit_interval_days": visit_interval_days,
        })
        if next_steps is not UNSET:
            field_dict["next_steps"] = next_steps
        if overdue is not UNSET:
            field_dict["overdue"] = overdue
        if resident_name is not UNSET:
            field_dict["resident_name"] = resident_name
        if visits is not UNSET:
            field_dict["visits"] = visits

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.visit_read import VisitRead # noqa: PLC0415
        d = dict(src_dict)
        def _parse_child_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        child_id = _parse_child_id(d.pop("child_id"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        expected_on = datetime.date.fromisoformat(d.pop("expected_on"))




        def _parse_family_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        family_id = _parse_family_id(d.pop("family_id"))


        id = d.pop("id")

        def _parse_next_visit_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_visit_due_on_type_0 = datetime.date.fromisoformat(data)



                return next_visit_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_visit_due_on = _parse_next_visit_due_on(d.pop("next_visit_due_on"))


        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        org_id = d.pop("org_id")

        def _parse_outcome(data: object) -> None | PregnancyOutcome:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = PregnancyOutcome(data)



                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PregnancyOutcome, data)

        outcome = _parse_outcome(d.pop("outcome"))


        def _parse_outcome_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_on_type_0 = datetime.date.fromisoformat(data)



                return outcome_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        outcome_on = _parse_outcome_on(d.pop("outcome_on"))


        registered_on = datetime.date.fromisoformat(d.pop("registered_on"))




        resident_id = d.pop("resident_id")

        state = PregnancyState(d.pop("state"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        visit_interval_days = d.pop("visit_interval_days")

        next_steps = cast(list[str], d.pop("next_steps", UNSET))


        overdue = d.pop("overdue", UNSET)

        def _parse_resident_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resident_name = _parse_resident_name(d.pop("resident_name", UNSET))


        _visits = d.pop("visits", UNSET)
        visits: list[VisitRead] | Unset = UNSET
        if _visits is not UNSET:
            visits = []
            for visits_item_data in _visits:
                visits_item = VisitRead.from_dict(visits_item_data)



                visits.append(visits_item)


        pregnancy_read = cls(
            child_id=child_id,
            created_at=created_at,
            expected_on=expected_on,
            family_id=family_id,
            id=id,
            next_visit_due_on=next_visit_due_on,
            note=note,
            org_id=org_id,
            outcome=outcome,
            outcome_on=outcome_on,
            registered_on=registered_on,
            resident_id=resident_id,
            state=state,
            updated_at=updated_at,
            version=version,
            visit_interval_days=visit_interval_days,
            next_steps=next_steps,
            overdue=overdue,
            resident_name=resident_name,
            visits=visits,
        )


        pregnancy_read.additional_properties = d
        return pregnancy_read

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.outcome import Outcome
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.operation_outcome_conflicts_type_0_item import OperationOutcomeConflictsType0Item
  from ..models.operation_outcome_problem_type_0 import OperationOutcomeProblemType0
  from ..models.operation_outcome_record_type_0 import OperationOutcomeRecordType0





T = TypeVar("T", bound="OperationOutcome")



@_attrs_define
class OperationOutcome:
    """ 
        Attributes:
            op_id (str):
            outcome (Outcome):
            replayed (bool): true: this operation was received before; nothing ran again
            conflicts (list[OperationOutcomeConflictsType0Item] | None | Unset):
            problem (None | OperationOutcomeProblemType0 | Unset):
            record (None | OperationOutcomeRecordType0 | Unset):
     """

    op_id: str
    outcome: Outcome
    replayed: bool
    conflicts: list[OperationOutcomeConflictsType0Item] | None | Unset = UNSET
    problem: None | OperationOutcomeProblemType0 | Unset = UNSET
    record: None | OperationOutcomeRecordType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.operation_outcome_conflicts_type_0_item import OperationOutcomeConflictsType0Item # noqa: PLC0415
        from ..models.operation_outcome_problem_type_0 import OperationOutcomeProblemType0 # noqa: PLC0415
        from ..models.operation_outcome_record_type_0 import OperationOutcomeRecordType0 # noqa: PLC0415
        op_id = self.op_id

        outcome = self.outcome.value

        replayed = self.replayed

        conflicts: list[dict[str, Any]] | None | Unset
        if isinstance(self.conflicts, Unset):
            conflicts = UNSET
        elif isinstance(self.conflicts, list):
            conflicts = []
            for conflicts_type_0_item_data in self.conflicts:
                conflicts_type_0_item = conflicts_type_0_item_data.to_dict()
                conflicts.append(conflicts_type_0_item)


        else:
            conflicts = self.conflicts

        problem: dict[str, Any] | None | Unset
        if isinstance(self.problem, Unset):
            problem = UNSET
        elif isinstance(self.problem, OperationOutcomeProblemType0):
            problem = self.problem.to_dict()
        else:
            problem = self.problem

        record: dict[str, Any] | None | Unset
        if isinstance(self.record, Unset):
            record = UNSET
        elif isinstance(self.record, OperationOutcomeRecordType0):
            record = self.record.to_dict()
        else:
            record = self.record


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "op_id": op_id,
            "outcome": outcome,
            "replayed": replayed,
        })
        if conflicts is not UNSET:
            field_dict["conflicts"] = conflicts
        if problem is not UNSET:
            field_dict["problem"] = problem
        if record is not UNSET:
            field_dict["record"] = record

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operation_outcome_conflicts_type_0_item import OperationOutcomeConflictsType0Item # noqa: PLC0415
        from ..models.operation_outcome_problem_type_0 import OperationOutcomeProblemType0 # noqa: PLC0415
        from ..models.operation_outcome_record_type_0 import OperationOutcomeRecordType0 # noqa: PLC0415
        d = dict(src_dict)
        op_id = d.pop("op_id")

        outcome = Outcome(d.pop("outcome"))




        replayed = d.pop("replayed")

        def _parse_conflicts(data: object) -> list[OperationOutcomeConflictsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                conflicts_type_0 = []
                _conflicts_type_0 = data
                for conflicts_type_0_item_data in (_conflicts_type_0):
                    conflicts_type_0_item = OperationOutcomeConflictsType0Item.from_dict(conflicts_type_0_item_data)



                    conflicts_type_0.append(conflicts_type_0_item)

                return conflicts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OperationOutcomeConflictsType0Item] | None | Unset, data)

        conflicts = _parse_conflicts(d.pop("conflicts", UNSET))


        def _parse_problem(data: object) -> None | OperationOutcomeProblemType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                problem_type_0 = OperationOutcomeProblemType0.from_dict(data)



                return problem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OperationOutcomeProblemType0 | Unset, data)

        problem = _parse_problem(d.pop("problem", UNSET))


        def _parse_record(data: object) -> None | OperationOutcomeRecordType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                record_type_0 = OperationOutcomeRecordType0.from_dict(data)



                return record_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OperationOutcomeRecordType0 | Unset, data)

        record = _parse_record(d.pop("record", UNSET))


        operation_outcome = cls(
            op_id=op_id,
            outcome=outcome,
            replayed=replayed,
            conflicts=conflicts,
            problem=problem,
            record=record,
        )


        operation_outcome.additional_properties = d
        return operation_outcome

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

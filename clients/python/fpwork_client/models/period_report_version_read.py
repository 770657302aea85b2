from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.report_decision import ReportDecision
from ..models.report_version_kind import ReportVersionKind
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.item_value import ItemValue
  from ..models.report_signatory import ReportSignatory





T = TypeVar("T", bound="PeriodReportVersionRead")



@_attrs_define
class PeriodReportVersionRead:
    """ 
        Attributes:
            decided_by (int | None):
            decided_on (datetime.date | None):
            decision (None | ReportDecision):
            decision_reason (None | str):
            kind (ReportVersionKind):
            number (int):
            prepared_at (datetime.datetime):
            prepared_by (int | None):
            reason (None | str):
            signatories (list[ReportSignatory] | None):
            signed_on (datetime.date | None):
            submitted_on (datetime.date | None):
            values (list[ItemValue]):
     """

    decided_by: int | None
    decided_on: datetime.date | None
    decision: None | ReportDecision
    decision_reason: None | str
    kind: ReportVersionKind
    number: int
    prepared_at: datetime.datetime
    prepared_by: int | None
    reason: None | str
    signatories: list[ReportSignatory] | None
    signed_on: datetime.date | None
    submitted_on: datetime.date | None
    values: list[ItemValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.item_value import ItemValue # noqa: PLC0415
        from ..models.report_signatory import ReportSignatory # noqa: PLC0415
        decided_by: int | None
        decided_by = self.decided_by

        decided_on: None | str
        if isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        decision: None | str
        if isinstance(self.decision, ReportDecision):
            decision = self.decision.value
        else:
            decision = self.decision

        decision_reason: None | str
        decision_reason = self.decision_reason

        kind = self.kind.value

        number = self.number

        prepared_at = self.prepared_at.isoformat()

        prepared_by: int | None
        prepared_by = self.prepared_by

        reason: None | str
        reason = self.reason

        signatories: list[dict[str, Any]] | None
        if isinstance(self.signatories, list):
            signatories = []
            for signatories_type_0_item_data in self.signatories:
                signatories_type_0_item = signatories_type_0_item_data.to_dict()
                signatories.append(signatories_type_0_item)


        else:
            signatories = self.signatories

        signed_on: None | str
        if isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        submitted_on: None | str
        if isinstance(self.submitted_on, datetime.date):
            submitted_on = self.submitted_on.isoformat()
        else:
            submitted_on = self.submitted_on

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decided_by": decided_by,
            "decided_on": decided_on,
            "decision": decision,
            "decision_reason": decision_reason,
            "kind": kind,
            "number": number,
            "prepared_at": prepared_at,
            "prepared_by": prepared_by,
            "reason": reason,
            "signatories": signatories,
            "signed_on": signed_on,
            "submitted_on": submitted_on,
            "values": values,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_value import ItemValue # noqa: PLC0415
        from ..models.report_signatory import ReportSignatory # noqa: PLC0415
        d = dict(src_dict)
        def _parse_decided_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))


        def _parse_decided_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)



                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        decided_on = _parse_decided_on(d.pop("decided_on"))


        def _parse_decision(data: object) -> None | ReportDecision:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_type_0 = ReportDecision(data)



                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportDecision, data)

        decision = _parse_decision(d.pop("decision"))


        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason"))


        kind = ReportVersionKind(d.pop("kind"))




        number = d.pop("number")

        prepared_at = datetime.datetime.fromisoformat(d.pop("prepared_at"))




        def _parse_prepared_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        prepared_by = _parse_prepared_by(d.pop("prepared_by"))


        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_signatories(data: object) -> list[ReportSignatory] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                signatories_type_0 = []
                _signatories_type_0 = data
                for signatories_type_0_item_data in (_signatories_type_0):
                    signatories_type_0_item = ReportSignatory.from_dict(signatories_type_0_item_data)



                    signatories_type_0.append(signatories_type_0_item)

                return signatories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReportSignatory] | None, data)

        signatories = _parse_signatories(d.pop("signatories"))


        def _parse_signed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)



                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        signed_on = _parse_signed_on(d.pop("signed_on"))


        def _parse_submitted_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_on_type_0 = datetime.date.fromisoformat(data)



                return submitted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        submitted_on = _parse_submitted_on(d.pop("submitted_on"))


        values = []
        _values = d.pop("values")
        for values_item_data in (_values):
            values_item = ItemValue.from_dict(values_item_data)



            values.append(values_item)


        period_report_version_read = cls(
            decided_by=decided_by,
            decided_on=decided_on,
            decision=decision,
            decision_reason=decision_reason,
            kind=kind,
            number=number,
            prepared_at=prepared_at,
            prepared_by=prepared_by,
            reason=reason,
            signatories=signatories,
            signed_on=signed_on,
            submitted_on=submitted_on,
            values=values,
        )


        period_report_version_read.additional_properties = d
        return period_report_version_read

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

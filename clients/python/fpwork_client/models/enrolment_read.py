from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.enrolment_source import EnrolmentSource
from ..models.enrolment_status import EnrolmentStatus
from ..models.reason_code import ReasonCode
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.enrolment_read_review_reason_params_type_0 import EnrolmentReadReviewReasonParamsType0
  from ..models.enrolment_read_status_reason_params_type_0 import EnrolmentReadStatusReasonParamsType0





T = TypeVar("T", bound="EnrolmentRead")



@_attrs_define
class EnrolmentRead:
    """ 
        Attributes:
            amount_fen (int):
            application_id (int | None):
            approval_document_no (None | str):
            approved_on (datetime.date | None):
            arrears_from (datetime.date | None): Back pay (补发) of the months missed from this month
            beneficiary_id (int):
            community_id (int):
            due_from (datetime.date | None): Imported rolls: paid by the old system before this day
            ends_on (datetime.date | None):
            family_id (int):
            id (int):
            needs_review (bool): A task for the community: a life event to confirm
            payer_org_id (int):
            program_id (int):
            review_reason (None | str): What to confirm, in the caller's language
            review_reason_code (None | ReasonCode): Its code (system_reason)
            review_reason_params (EnrolmentReadReviewReasonParamsType0 | None): The parameters of review_reason_code
            source (EnrolmentSource): How an enrolment came about: through the application path, or imported from existing
                rolls.
            starts_on (datetime.date):
            status (EnrolmentStatus):
            status_reason (None | str): Why the status is what it is: in the caller's language (Accept-Language) when the
                system wrote it (status_reason_code set), as typed when a person did
            status_reason_code (None | ReasonCode): The code of a reason the system wrote (labels: GET /meta/enums,
                system_reason); null for a reason a person typed
            status_reason_params (EnrolmentReadStatusReasonParamsType0 | None): The parameters of status_reason_code (a
                date, a program code, a year)
            stopped_on (datetime.date | None): The event that stopped payment; its month is still due
            unit_id (int | None):
            unpaid_ranges (list[list[str]]): Stretches decided not to be paid (resumed without back pay)
            version (int):
            beneficiary_name (None | str | Unset):
            community_name (None | str | Unset):
            program_name (None | str | Unset):
     """

    amount_fen: int
    application_id: int | None
    approval_document_no: None | str
    approved_on: datetime.date | None
    arrears_from: datetime.date | None
    beneficiary_id: int
    community_id: int
    due_from: datetime.date | None
    ends_on: datetime.date | None
    family_id: int
    id: int
    needs_review: bool
    payer_org_id: int
    program_id: int
    review_reason: None | str
    review_reason_code: None | ReasonCode
    review_reason_params: EnrolmentReadReviewReasonParamsType0 | None
    source: EnrolmentSource
    starts_on: datetime.date
    status: EnrolmentStatus
    status_reason: None | str
    status_reason_code: None | ReasonCode
    status_reason_params: EnrolmentReadStatusReasonParamsType0 | None
    stopped_on: datetime.date | None
    unit_id: int | None
    unpaid_ranges: list[list[str]]
    version: int
    beneficiary_name: None | str | Unset = UNSET
    community_name: None | str | Unset = UNSET
    program_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.enrolment_read_review_reason_params_type_0 import EnrolmentReadReviewReasonParamsType0 # noqa: PLC0415
        from ..models.enrolment_read_status_reason_params_type_0 import EnrolmentReadStatusReasonParamsType0 # noqa: PLC0415
        amount_fen = self.amount_fen

        application_id: int | None
        application_id = self.application_id

        approval_document_no: None | str
        approval_document_no = self.approval_document_no

        approved_on: None | str
        if isinstance(self.approved_on, datetime.date):
            approved_on = self.approved_on.isoformat()
        else:
            approved_on = self.approved_on

        arrears_from: None | str
        if isinstance(self.arrears_from, datetime.date):
            arrears_from = self.arrears_from.isoformat()
        else:
            arrears_from = self.arrears_from

        beneficiary_id = self.beneficiary_id

        community_id = self.community_id

        due_from: None | str
        if isinstance(self.due_from, datetime.date):
            due_from = self.due_from.isoformat()
        else:
            due_from = self.due_from

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        family_id = self.family_id

        id = self.id

        needs_review = self.needs_review

        payer_org_id = self.payer_org_id

        program_id = self.program_id

        review_reason: None | str
        review_reason = self.review_reason

        review_reason_code: None | str
        if isinstance(self.review_reason_code, ReasonCode):
            review_reason_code = self.review_reason_code.value
        else:
            review_reason_code = self.review_reason_code

        review_reason_params: dict[str, Any] | None
        if isinstance(self.review_reason_params, EnrolmentReadReviewReasonParamsType0):
            review_reason_params = self.review_reason_params.to_dict()
        else:
            review_reason_params = self.review_reason_params

        source = self.source.value

        starts_on = self.starts_on.isoformat()

        status = self.status.value

        status_reason: None | str
        status_reason = self.status_reason

        status_reason_code: None | str
        if isinstance(self.status_reason_code, ReasonCode):
            status_reason_code = self.status_reason_code.value
        else:
            status_reason_code = self.status_reason_code

        status_reason_params: dict[str, Any] | None
        if isinstance(self.status_reason_params, EnrolmentReadStatusReasonParamsType0):
            status_reason_params = self.status_reason_params.to_dict()
        else:
            status_reason_params = self.status_reason_params

        stopped_on: None | str
        if isinstance(self.stopped_on, datetime.date):
            stopped_on = self.stopped_on.isoformat()
        else:
            stopped_on = self.stopped_on

        unit_id: int | None
        unit_id = self.unit_id

        unpaid_ranges = []
        for unpaid_ranges_item_data in self.unpaid_ranges:
            unpaid_ranges_item = unpaid_ranges_item_data


            unpaid_ranges.append(unpaid_ranges_item)



        version = self.version

        beneficiary_name: None | str | Unset
        if isinstance(self.beneficiary_name, Unset):
            beneficiary_name = UNSET
        else:
            beneficiary_name = self.beneficiary_name

        community_name: None | str | Unset
        if isinstance(self.community_name, Unset):
            community_name = UNSET
        else:
            community_name = self.community_name

        program_name: None | str | Unset
        if isinstance(self.program_name, Unset):
            program_name = UNSET
        else:
            program_name = self.program_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_fen": amount_fen,
            "application_id": application_id,
            "approval_document_no": approval_document_no,
            "approved_on": approved_on,
            "arrears_from": arrears_from,
            "beneficiary_id": beneficiary_id,
            "community_id": community_id,
            "due_from": due_from,
            "ends_on": ends_on,
            "family_id": family_id,
            "id": id,
            "needs_review": needs_review,
            "payer_org_id": payer_org_id,
            "program_id": program_id,
            "review_reason": review_reason,
            "review_reason_code": review_reason_code,
            "review_reason_params": review_reason_params,
            "source": source,
            "starts_on": starts_on,
            "status": status,
            "status_reason": status_reason,
            "status_reason_code": status_reason_code,
            "status_reason_params": status_reason_params,
            "stopped_on": stopped_on,
            "unit_id": unit_id,
            "unpaid_ranges": unpaid_ranges,
            "version": version,
        })
        if beneficiary_name is not UNSET:
            field_dict["beneficiary_name"] = beneficiary_name
        if community_name is not UNSET:
            field_dict["community_name"] = community_name
        if program_name is not UNSET:
            field_dict["program_name"] = program_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enrolment_read_review_reason_params_type_0 import EnrolmentReadReviewReasonParamsType0 # noqa: PLC0415
        from ..models.enrolment_read_status_reason_params_type_0 import EnrolmentReadStatusReasonParamsType0 # noqa: PLC0415
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        def _parse_application_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        application_id = _parse_application_id(d.pop("application_id"))


        def _parse_approval_document_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approval_document_no = _parse_approval_document_no(d.pop("approval_document_no"))


        def _parse_approved_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_on_type_0 = datetime.date.fromisoformat(data)



                return approved_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        approved_on = _parse_approved_on(d.pop("approved_on"))


        def _parse_arrears_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                arrears_from_type_0 = datetime.date.fromisoformat(data)



                return arrears_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        arrears_from = _parse_arrears_from(d.pop("arrears_from"))


        beneficiary_id = d.pop("beneficiary_id")

        community_id = d.pop("community_id")

        def _parse_due_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_from_type_0 = datetime.date.fromisoformat(data)



                return due_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_from = _parse_due_from(d.pop("due_from"))


        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)



                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))


        family_id = d.pop("family_id")

        id = d.pop("id")

        needs_review = d.pop("needs_review")

        payer_org_id = d.pop("payer_org_id")

        program_id = d.pop("program_id")

        def _parse_review_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_reason = _parse_review_reason(d.pop("review_reason"))


        def _parse_review_reason_code(data: object) -> None | ReasonCode:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_reason_code_type_0 = ReasonCode(data)



                return review_reason_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReasonCode, data)

        review_reason_code = _parse_review_reason_code(d.pop("review_reason_code"))


        def _parse_review_reason_params(data: object) -> EnrolmentReadReviewReasonParamsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                review_reason_params_type_0 = EnrolmentReadReviewReasonParamsType0.from_dict(data)



                return review_reason_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrolmentReadReviewReasonParamsType0 | None, data)

        review_reason_params = _parse_review_reason_params(d.pop("review_reason_params"))


        source = EnrolmentSource(d.pop("source"))




        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        status = EnrolmentStatus(d.pop("status"))




        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))


        def _parse_status_reason_code(data: object) -> None | ReasonCode:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_reason_code_type_0 = ReasonCode(data)



                return status_reason_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReasonCode, data)

        status_reason_code = _parse_status_reason_code(d.pop("status_reason_code"))


        def _parse_status_reason_params(data: object) -> EnrolmentReadStatusReasonParamsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_reason_params_type_0 = EnrolmentReadStatusReasonParamsType0.from_dict(data)



                return status_reason_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrolmentReadStatusReasonParamsType0 | None, data)

        status_reason_params = _parse_status_reason_params(d.pop("status_reason_params"))


        def _parse_stopped_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stopped_on_type_0 = datetime.date.fromisoformat(data)



                return stopped_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        stopped_on = _parse_stopped_on(d.pop("stopped_on"))


        def _parse_unit_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))


        unpaid_ranges = []
        _unpaid_ranges = d.pop("unpaid_ranges")
        for unpaid_ranges_item_data in (_unpaid_ranges):
            unpaid_ranges_item = cast(list[str], unpaid_ranges_item_data)

            unpaid_ranges.append(unpaid_ranges_item)


        version = d.pop("version")

        def _parse_beneficiary_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        beneficiary_name = _parse_beneficiary_name(d.pop("beneficiary_name", UNSET))


        def _parse_community_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        community_name = _parse_community_name(d.pop("community_name", UNSET))


        def _parse_program_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        program_name = _parse_program_name(d.pop("program_name", UNSET))


        enrolment_read = cls(
            amount_fen=amount_fen,
            application_id=application_id,
            approval_document_no=approval_document_no,
            approved_on=approved_on,
            arrears_from=arrears_from,
            beneficiary_id=beneficiary_id,
            community_id=community_id,
            due_from=due_from,
            ends_on=ends_on,
            family_id=family_id,
            id=id,
            needs_review=needs_review,
            payer_org_id=payer_org_id,
            program_id=program_id,
            review_reason=review_reason,
            review_reason_code=review_reason_code,
            review_reason_params=review_reason_params,
            source=source,
            starts_on=starts_on,
            status=status,
            status_reason=status_reason,
            status_reason_code=status_reason_code,
            status_reason_params=status_reason_params,
            stopped_on=stopped_on,
            unit_id=unit_id,
            unpaid_ranges=unpaid_ranges,
            version=version,
            beneficiary_name=beneficiary_name,
            community_name=community_name,
            program_name=program_name,
        )


        enrolment_read.additional_properties = d
        return enrolment_read

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

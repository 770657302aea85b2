""" Contains all the data models used in inputs/outputs """

from .application_create import ApplicationCreate
from .application_detail import ApplicationDetail
from .application_read import ApplicationRead
from .application_status import ApplicationStatus
from .application_update import ApplicationUpdate
from .audit_event_read import AuditEventRead
from .audit_event_read_detail import AuditEventReadDetail
from .batch_create import BatchCreate
from .batch_detail import BatchDetail
from .batch_read import BatchRead
from .batch_status import BatchStatus
from .benefit_program_read import BenefitProgramRead
from .body_issue_token import BodyIssueToken
from .calendar_day_read import CalendarDayRead
from .check_body import CheckBody
from .check_body_outcome import CheckBodyOutcome
from .check_read import CheckRead
from .check_status import CheckStatus
from .child_create import ChildCreate
from .child_read import ChildRead
from .child_status import ChildStatus
from .child_update import ChildUpdate
from .community_total import CommunityTotal
from .contraceptive_method import ContraceptiveMethod
from .coverage_row import CoverageRow
from .criterion_read import CriterionRead
from .dispensation_create import DispensationCreate
from .dispensation_read import DispensationRead
from .dispense_channel import DispenseChannel
from .dispensed_batch import DispensedBatch
from .dispensing_report import DispensingReport
from .dispensing_report_row import DispensingReportRow
from .eligibility_check_body import EligibilityCheckBody
from .eligibility_read import EligibilityRead
from .eligibility_rule import EligibilityRule
from .enrolment_read import EnrolmentRead
from .enrolment_status import EnrolmentStatus
from .expiring_batch_alert import ExpiringBatchAlert
from .family_create import FamilyCreate
from .family_read import FamilyRead
from .family_summary import FamilySummary
from .family_update import FamilyUpdate
from .healthz_response_healthz import HealthzResponseHealthz
from .http_validation_error import HTTPValidationError
from .issued_document import IssuedDocument
from .list_enums_response_listenums import ListEnumsResponseListenums
from .list_enums_response_listenums_additional_property import ListEnumsResponseListenumsAdditionalProperty
from .list_enums_response_listenums_additional_property_additional_property import ListEnumsResponseListenumsAdditionalPropertyAdditionalProperty
from .list_workflows_response_listworkflows import ListWorkflowsResponseListworkflows
from .list_workflows_response_listworkflows_additional_property import ListWorkflowsResponseListworkflowsAdditionalProperty
from .low_stock_alert import LowStockAlert
from .machine_rules import MachineRules
from .marital_status import MaritalStatus
from .material_alternative import MaterialAlternative
from .material_form import MaterialForm
from .material_read import MaterialRead
from .material_spec import MaterialSpec
from .me_read import MeRead
from .missing_material import MissingMaterial
from .movement_kind import MovementKind
from .notice_entry_public import NoticeEntryPublic
from .notice_public import NoticePublic
from .o_auth_error import OAuthError
from .o_auth_error_error import OAuthErrorError
from .objection_create import ObjectionCreate
from .objection_read import ObjectionRead
from .objection_receipt import ObjectionReceipt
from .objection_resolve import ObjectionResolve
from .objection_resolve_decision import ObjectionResolveDecision
from .objection_status import ObjectionStatus
from .org_create import OrgCreate
from .org_kind import OrgKind
from .org_read import OrgRead
from .org_update import OrgUpdate
from .page_application_read import PageApplicationRead
from .page_audit_event_read import PageAuditEventRead
from .page_batch_read import PageBatchRead
from .page_benefit_program_read import PageBenefitProgramRead
from .page_check_read import PageCheckRead
from .page_dispensation_read import PageDispensationRead
from .page_enrolment_read import PageEnrolmentRead
from .page_expiring_batch_alert import PageExpiringBatchAlert
from .page_family_summary import PageFamilySummary
from .page_low_stock_alert import PageLowStockAlert
from .page_notice_public import PageNoticePublic
from .page_objection_read import PageObjectionRead
from .page_org_read import PageOrgRead
from .page_partner_read import PagePartnerRead
from .page_point_read import PagePointRead
from .page_policy_summary import PagePolicySummary
from .page_product_read import PageProductRead
from .page_referral_read import PageReferralRead
from .page_resident_read import PageResidentRead
from .page_round_read import PageRoundRead
from .page_screening_program_read import PageScreeningProgramRead
from .page_screening_read import PageScreeningRead
from .page_service_request_read import PageServiceRequestRead
from .page_stock_batch_read import PageStockBatchRead
from .page_stock_movement_read import PageStockMovementRead
from .page_user_read import PageUserRead
from .partner_create import PartnerCreate
from .partner_kind import PartnerKind
from .partner_read import PartnerRead
from .partner_update import PartnerUpdate
from .point_create import PointCreate
from .point_kind import PointKind
from .point_read import PointRead
from .point_update import PointUpdate
from .policy_category import PolicyCategory
from .policy_create import PolicyCreate
from .policy_read import PolicyRead
from .policy_ref import PolicyRef
from .policy_repeal import PolicyRepeal
from .policy_revision_read import PolicyRevisionRead
from .policy_status import PolicyStatus
from .policy_summary import PolicySummary
from .policy_update import PolicyUpdate
from .problem import Problem
from .product_create import ProductCreate
from .product_read import ProductRead
from .product_update import ProductUpdate
from .program_basis import ProgramBasis
from .program_community_total import ProgramCommunityTotal
from .program_create import ProgramCreate
from .program_payer import ProgramPayer
from .program_period import ProgramPeriod
from .program_update import ProgramUpdate
from .provided_material import ProvidedMaterial
from .public_policy_read import PublicPolicyRead
from .reason_body import ReasonBody
from .referral_accept import ReferralAccept
from .referral_complete import ReferralComplete
from .referral_create import ReferralCreate
from .referral_priority import ReferralPriority
from .referral_read import ReferralRead
from .referral_reason import ReferralReason
from .referral_schedule import ReferralSchedule
from .referral_status import ReferralStatus
from .refresh_request import RefreshRequest
from .resident_create import ResidentCreate
from .resident_move import ResidentMove
from .resident_read import ResidentRead
from .resident_status import ResidentStatus
from .resident_status_change import ResidentStatusChange
from .resident_status_change_status import ResidentStatusChangeStatus
from .resident_update import ResidentUpdate
from .review_body import ReviewBody
from .review_body_decision import ReviewBodyDecision
from .review_level import ReviewLevel
from .review_read import ReviewRead
from .risk_level import RiskLevel
from .role import Role
from .round_create import RoundCreate
from .round_detail import RoundDetail
from .round_detail_progress import RoundDetailProgress
from .round_read import RoundRead
from .round_status import RoundStatus
from .screening_create import ScreeningCreate
from .screening_kind import ScreeningKind
from .screening_program_read import ScreeningProgramRead
from .screening_read import ScreeningRead
from .service_request_create import ServiceRequestCreate
from .service_request_read import ServiceRequestRead
from .service_request_reject import ServiceRequestReject
from .service_request_resubmit import ServiceRequestResubmit
from .service_request_return import ServiceRequestReturn
from .service_request_state import ServiceRequestState
from .service_request_status import ServiceRequestStatus
from .service_return_read import ServiceReturnRead
from .service_statistics_row import ServiceStatisticsRow
from .service_subject import ServiceSubject
from .service_type_create import ServiceTypeCreate
from .service_type_read import ServiceTypeRead
from .service_type_update import ServiceTypeUpdate
from .sex import Sex
from .stock_batch_read import StockBatchRead
from .stock_movement_create import StockMovementCreate
from .stock_movement_create_kind import StockMovementCreateKind
from .stock_movement_read import StockMovementRead
from .stock_movement_result import StockMovementResult
from .stock_out_report import StockOutReport
from .stock_out_report_row import StockOutReportRow
from .target_create import TargetCreate
from .target_read import TargetRead
from .target_set import TargetSet
from .threshold_read import ThresholdRead
from .threshold_set import ThresholdSet
from .token_response import TokenResponse
from .user_create import UserCreate
from .user_read import UserRead
from .user_update import UserUpdate
from .validation_error import ValidationError
from .validation_error_context import ValidationErrorContext
from .validation_item import ValidationItem
from .withdraw_body import WithdrawBody

__all__ = (
    "ApplicationCreate",
    "ApplicationDetail",
    "ApplicationRead",
    "ApplicationStatus",
    "ApplicationUpdate",
    "AuditEventRead",
    "AuditEventReadDetail",
    "BatchCreate",
    "BatchDetail",
    "BatchRead",
    "BatchStatus",
    "BenefitProgramRead",
    "BodyIssueToken",
    "CalendarDayRead",
    "CheckBody",
    "CheckBodyOutcome",
    "CheckRead",
    "CheckStatus",
    "ChildCreate",
    "ChildRead",
    "ChildStatus",
    "ChildUpdate",
    "CommunityTotal",
    "ContraceptiveMethod",
    "CoverageRow",
    "CriterionRead",
    "DispensationCreate",
    "DispensationRead",
    "DispenseChannel",
    "DispensedBatch",
    "DispensingReport",
    "DispensingReportRow",
    "EligibilityCheckBody",
    "EligibilityRead",
    "EligibilityRule",
    "EnrolmentRead",
    "EnrolmentStatus",
    "ExpiringBatchAlert",
    "FamilyCreate",
    "FamilyRead",
    "FamilySummary",
    "FamilyUpdate",
    "HealthzResponseHealthz",
    "HTTPValidationError",
    "IssuedDocument",
    "ListEnumsResponseListenums",
    "ListEnumsResponseListenumsAdditionalProperty",
    "ListEnumsResponseListenumsAdditionalPropertyAdditionalProperty",
    "ListWorkflowsResponseListworkflows",
    "ListWorkflowsResponseListworkflowsAdditionalProperty",
    "LowStockAlert",
    "MachineRules",
    "MaritalStatus",
    "MaterialAlternative",
    "MaterialForm",
    "MaterialRead",
    "MaterialSpec",
    "MeRead",
    "MissingMaterial",
    "MovementKind",
    "NoticeEntryPublic",
    "NoticePublic",
    "OAuthError",
    "OAuthErrorError",
    "ObjectionCreate",
    "ObjectionRead",
    "ObjectionReceipt",
    "ObjectionResolve",
    "ObjectionResolveDecision",
    "ObjectionStatus",
    "OrgCreate",
    "OrgKind",
    "OrgRead",
    "OrgUpdate",
    "PageApplicationRead",
    "PageAuditEventRead",
    "PageBatchRead",
    "PageBenefitProgramRead",
    "PageCheckRead",
    "PageDispensationRead",
    "PageEnrolmentRead",
    "PageExpiringBatchAlert",
    "PageFamilySummary",
    "PageLowStockAlert",
    "PageNoticePublic",
    "PageObjectionRead",
    "PageOrgRead",
    "PagePartnerRead",
    "PagePointRead",
    "PagePolicySummary",
    "PageProductRead",
    "PageReferralRead",
    "PageResidentRead",
    "PageRoundRead",
    "PageScreeningProgramRead",
    "PageScreeningRead",
    "PageServiceRequestRead",
    "PageStockBatchRead",
    "PageStockMovementRead",
    "PageUserRead",
    "PartnerCreate",
    "PartnerKind",
    "PartnerRead",
    "PartnerUpdate",
    "PointCreate",
    "PointKind",
    "PointRead",
    "PointUpdate",
    "PolicyCategory",
    "PolicyCreate",
    "PolicyRead",
    "PolicyRef",
    "PolicyRepeal",
    "PolicyRevisionRead",
    "PolicyStatus",
    "PolicySummary",
    "PolicyUpdate",
    "Problem",
    "ProductCreate",
    "ProductRead",
    "ProductUpdate",
    "ProgramBasis",
    "ProgramCommunityTotal",
    "ProgramCreate",
    "ProgramPayer",
    "ProgramPeriod",
    "ProgramUpdate",
    "ProvidedMaterial",
    "PublicPolicyRead",
    "ReasonBody",
    "ReferralAccept",
    "ReferralComplete",
    "ReferralCreate",
    "ReferralPriority",
    "ReferralRead",
    "ReferralReason",
    "ReferralSchedule",
    "ReferralStatus",
    "RefreshRequest",
    "ResidentCreate",
    "ResidentMove",
    "ResidentRead",
    "ResidentStatus",
    "ResidentStatusChange",
    "ResidentStatusChangeStatus",
    "ResidentUpdate",
    "ReviewBody",
    "ReviewBodyDecision",
    "ReviewLevel",
    "ReviewRead",
    "RiskLevel",
    "Role",
    "RoundCreate",
    "RoundDetail",
    "RoundDetailProgress",
    "RoundRead",
    "RoundStatus",
    "ScreeningCreate",
    "ScreeningKind",
    "ScreeningProgramRead",
    "ScreeningRead",
    "ServiceRequestCreate",
    "ServiceRequestRead",
    "ServiceRequestReject",
    "ServiceRequestResubmit",
    "ServiceRequestReturn",
    "ServiceRequestState",
    "ServiceRequestStatus",
    "ServiceReturnRead",
    "ServiceStatisticsRow",
    "ServiceSubject",
    "ServiceTypeCreate",
    "ServiceTypeRead",
    "ServiceTypeUpdate",
    "Sex",
    "StockBatchRead",
    "StockMovementCreate",
    "StockMovementCreateKind",
    "StockMovementRead",
    "StockMovementResult",
    "StockOutReport",
    "StockOutReportRow",
    "TargetCreate",
    "TargetRead",
    "TargetSet",
    "ThresholdRead",
    "ThresholdSet",
    "TokenResponse",
    "UserCreate",
    "UserRead",
    "UserUpdate",
    "ValidationError",
    "ValidationErrorContext",
    "ValidationItem",
    "WithdrawBody",
)

""" Contains all the data models used in inputs/outputs """

from .accountability_case_create import AccountabilityCaseCreate
from .accountability_case_read import AccountabilityCaseRead
from .accountability_case_status import AccountabilityCaseStatus
from .accountability_create import AccountabilityCreate
from .accountability_flags import AccountabilityFlags
from .accountability_kind import AccountabilityKind
from .accountability_read import AccountabilityRead
from .accountability_subject import AccountabilitySubject
from .activity_create import ActivityCreate
from .activity_kind import ActivityKind
from .activity_read import ActivityRead
from .activity_report import ActivityReport
from .activity_status import ActivityStatus
from .advance_into import AdvanceInto
from .agreement_create import AgreementCreate
from .agreement_read import AgreementRead
from .agreement_review import AgreementReview
from .agreement_review_read import AgreementReviewRead
from .annual_report import AnnualReport
from .application_create import ApplicationCreate
from .application_detail import ApplicationDetail
from .application_detail_decision_reason_params_type_0 import ApplicationDetailDecisionReasonParamsType0
from .application_read import ApplicationRead
from .application_read_decision_reason_params_type_0 import ApplicationReadDecisionReasonParamsType0
from .application_status import ApplicationStatus
from .application_update import ApplicationUpdate
from .assessment import Assessment
from .assignment_create import AssignmentCreate
from .assignment_note_create import AssignmentNoteCreate
from .assignment_note_read import AssignmentNoteRead
from .assignment_read import AssignmentRead
from .assignment_status import AssignmentStatus
from .assistance_kind import AssistanceKind
from .audit_event_read import AuditEventRead
from .audit_event_read_detail import AuditEventReadDetail
from .bank_account_body import BankAccountBody
from .bank_account_read import BankAccountRead
from .bank_answer import BankAnswer
from .bank_answer_result import BankAnswerResult
from .bank_answers import BankAnswers
from .batch_create import BatchCreate
from .batch_detail import BatchDetail
from .batch_read import BatchRead
from .batch_status import BatchStatus
from .behind_plan import BehindPlan
from .benefit_program_read import BenefitProgramRead
from .benefit_program_read_criteria import BenefitProgramReadCriteria
from .beyond_registration import BeyondRegistration
from .birth_create import BirthCreate
from .birth_policy_rule_create import BirthPolicyRuleCreate
from .birth_policy_rule_read import BirthPolicyRuleRead
from .birth_policy_scope import BirthPolicyScope
from .body_issue_token import BodyIssueToken
from .book_amend import BookAmend
from .book_amendment_read import BookAmendmentRead
from .book_amendment_read_after_item import BookAmendmentReadAfterItem
from .book_amendment_read_before_item import BookAmendmentReadBeforeItem
from .book_copy import BookCopy
from .book_copy_result import BookCopyResult
from .book_create import BookCreate
from .book_indicator_in import BookIndicatorIn
from .book_indicator_read import BookIndicatorRead
from .book_progress import BookProgress
from .book_read import BookRead
from .book_rollup import BookRollup
from .book_sign import BookSign
from .book_status import BookStatus
from .book_update import BookUpdate
from .branch_create import BranchCreate
from .branch_read import BranchRead
from .budget_create import BudgetCreate
from .budget_execution import BudgetExecution
from .budget_line_create import BudgetLineCreate
from .budget_line_read import BudgetLineRead
from .budget_read import BudgetRead
from .calendar_day_in import CalendarDayIn
from .calendar_day_kind import CalendarDayKind
from .calendar_day_read import CalendarDayRead
from .calendar_source import CalendarSource
from .campaign_create import CampaignCreate
from .campaign_org_line import CampaignOrgLine
from .campaign_read import CampaignRead
from .campaign_report import CampaignReport
from .campaign_totals import CampaignTotals
from .cancel_create import CancelCreate
from .care_assistance_create import CareAssistanceCreate
from .care_assistance_read import CareAssistanceRead
from .care_case_create_type_0 import CareCaseCreateType0
from .care_case_create_type_1 import CareCaseCreateType1
from .care_case_create_type_2 import CareCaseCreateType2
from .care_case_read import CareCaseRead
from .care_close import CareClose
from .care_kind import CareKind
from .care_pair import CarePair
from .care_project_complete import CareProjectComplete
from .care_project_create import CareProjectCreate
from .care_project_link import CareProjectLink
from .care_project_read import CareProjectRead
from .care_project_status import CareProjectStatus
from .care_status import CareStatus
from .care_suggestion import CareSuggestion
from .care_visit_create import CareVisitCreate
from .care_visit_read import CareVisitRead
from .certificate_status import CertificateStatus
from .certificate_submit import CertificateSubmit
from .channel import Channel
from .check_body import CheckBody
from .check_body_outcome import CheckBodyOutcome
from .check_read import CheckRead
from .check_read_reason_params_type_0 import CheckReadReasonParamsType0
from .check_status import CheckStatus
from .child_book_progress import ChildBookProgress
from .child_create import ChildCreate
from .child_read import ChildRead
from .child_status import ChildStatus
from .child_update import ChildUpdate
from .collect_request import CollectRequest
from .commitment_create import CommitmentCreate
from .commitment_read import CommitmentRead
from .commitment_update import CommitmentUpdate
from .community_rule_create import CommunityRuleCreate
from .community_rule_read import CommunityRuleRead
from .community_total import CommunityTotal
from .conduct_activity_create import ConductActivityCreate
from .conduct_activity_read import ConductActivityRead
from .conduct_figure import ConductFigure
from .conduct_kind_create import ConductKindCreate
from .conduct_kind_read import ConductKindRead
from .conduct_kind_update import ConductKindUpdate
from .conduct_view import ConductView
from .conflict_read import ConflictRead
from .conflict_resolve import ConflictResolve
from .conflict_state import ConflictState
from .consent_grant import ConsentGrant
from .consent_read import ConsentRead
from .consent_revoke import ConsentRevoke
from .consent_source import ConsentSource
from .contact_kind import ContactKind
from .contact_visit_create_type_0 import ContactVisitCreateType0
from .contact_visit_create_type_1 import ContactVisitCreateType1
from .contact_visit_read import ContactVisitRead
from .contraceptive_method import ContraceptiveMethod
from .coverage_report import CoverageReport
from .coverage_row import CoverageRow
from .coverage_row_target_source import CoverageRowTargetSource
from .criterion_in import CriterionIn
from .criterion_read import CriterionRead
from .dashboard import Dashboard
from .dashboard_alert import DashboardAlert
from .dashboard_alert_code import DashboardAlertCode
from .delivery_read import DeliveryRead
from .delivery_read_payload import DeliveryReadPayload
from .delivery_status import DeliveryStatus
from .demonstration_create import DemonstrationCreate
from .demonstration_criterion_read import DemonstrationCriterionRead
from .demonstration_read import DemonstrationRead
from .demonstration_status import DemonstrationStatus
from .demonstration_theme import DemonstrationTheme
from .departure import Departure
from .device_read import DeviceRead
from .device_register import DeviceRegister
from .device_registered import DeviceRegistered
from .dispensation_create import DispensationCreate
from .dispensation_read import DispensationRead
from .dispense_channel import DispenseChannel
from .dispensed_batch import DispensedBatch
from .dispensing_report import DispensingReport
from .dispensing_report_row import DispensingReportRow
from .eligibility_check_body import EligibilityCheckBody
from .eligibility_read import EligibilityRead
from .eligibility_rule import EligibilityRule
from .end_create import EndCreate
from .enrolment_detail import EnrolmentDetail
from .enrolment_detail_review_reason_params_type_0 import EnrolmentDetailReviewReasonParamsType0
from .enrolment_detail_status_reason_params_type_0 import EnrolmentDetailStatusReasonParamsType0
from .enrolment_import import EnrolmentImport
from .enrolment_read import EnrolmentRead
from .enrolment_read_review_reason_params_type_0 import EnrolmentReadReviewReasonParamsType0
from .enrolment_read_status_reason_params_type_0 import EnrolmentReadStatusReasonParamsType0
from .enrolment_source import EnrolmentSource
from .enrolment_status import EnrolmentStatus
from .escalation_result import EscalationResult
from .evaluation_create import EvaluationCreate
from .evaluation_read import EvaluationRead
from .evaluation_result import EvaluationResult
from .evaluation_score_read import EvaluationScoreRead
from .evaluation_status import EvaluationStatus
from .evaluation_summary import EvaluationSummary
from .evaluation_summary_indicator_names import EvaluationSummaryIndicatorNames
from .evaluation_summary_scores import EvaluationSummaryScores
from .event_type import EventType
from .evidence_file_read import EvidenceFileRead
from .expiring_batch_alert import ExpiringBatchAlert
from .facility_condition import FacilityCondition
from .facility_create import FacilityCreate
from .facility_kind import FacilityKind
from .facility_read import FacilityRead
from .family_create import FamilyCreate
from .family_document_kind import FamilyDocumentKind
from .family_document_read import FamilyDocumentRead
from .family_document_status import FamilyDocumentStatus
from .family_read import FamilyRead
from .family_summary import FamilySummary
from .family_update import FamilyUpdate
from .feed_item import FeedItem
from .feed_item_data_type_0 import FeedItemDataType0
from .feed_item_op import FeedItemOp
from .feedback_category import FeedbackCategory
from .feedback_create import FeedbackCreate
from .feedback_public_view import FeedbackPublicView
from .feedback_public_view_due_note_type_0 import FeedbackPublicViewDueNoteType0
from .feedback_rating import FeedbackRating
from .feedback_read import FeedbackRead
from .feedback_read_due_note_type_0 import FeedbackReadDueNoteType0
from .feedback_receipt import FeedbackReceipt
from .feedback_receipt_due_note_type_0 import FeedbackReceiptDueNoteType0
from .feedback_reply import FeedbackReply
from .feedback_status import FeedbackStatus
from .feedback_texts_stop import FeedbackTextsStop
from .figure_value import FigureValue
from .figure_value_not_computable_reason_params_type_0 import FigureValueNotComputableReasonParamsType0
from .finding_create import FindingCreate
from .finding_read import FindingRead
from .finding_rectify import FindingRectify
from .finding_status import FindingStatus
from .five_link_counts import FiveLinkCounts
from .five_links_summary import FiveLinksSummary
from .five_links_view import FiveLinksView
from .follow_up_create import FollowUpCreate
from .follow_up_read import FollowUpRead
from .fulfilment_outcome import FulfilmentOutcome
from .get_annual_report_format import GetAnnualReportFormat
from .get_period_report_rollup_format import GetPeriodReportRollupFormat
from .healthz_response_healthz import HealthzResponseHealthz
from .import_format import ImportFormat
from .import_kind import ImportKind
from .import_mode import ImportMode
from .import_override import ImportOverride
from .import_read import ImportRead
from .import_result import ImportResult
from .import_row_body import ImportRowBody
from .import_skip import ImportSkip
from .import_status import ImportStatus
from .inbound_create import InboundCreate
from .inbound_create_body import InboundCreateBody
from .indicator_create import IndicatorCreate
from .indicator_direction import IndicatorDirection
from .indicator_progress import IndicatorProgress
from .indicator_progress_not_computable_reason_params_type_0 import IndicatorProgressNotComputableReasonParamsType0
from .indicator_read import IndicatorRead
from .indicator_read_not_computable_reason_params_type_0 import IndicatorReadNotComputableReasonParamsType0
from .indicator_source import IndicatorSource
from .indicator_unit import IndicatorUnit
from .inspection_create import InspectionCreate
from .inspection_read import InspectionRead
from .institution_category import InstitutionCategory
from .institution_create import InstitutionCreate
from .institution_kind import InstitutionKind
from .institution_read import InstitutionRead
from .institution_repeal import InstitutionRepeal
from .issued_document import IssuedDocument
from .item_correction_type_0 import ItemCorrectionType0
from .item_correction_type_1 import ItemCorrectionType1
from .item_value import ItemValue
from .item_value_not_computable_reason_params_type_0 import ItemValueNotComputableReasonParamsType0
from .joint_activity import JointActivity
from .key_day import KeyDay
from .knowledge_change import KnowledgeChange
from .knowledge_stage import KnowledgeStage
from .line_execution import LineExecution
from .line_kind import LineKind
from .line_read import LineRead
from .line_read_reason_params_type_0 import LineReadReasonParamsType0
from .line_status import LineStatus
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
from .meeting_create import MeetingCreate
from .meeting_read import MeetingRead
from .member_create import MemberCreate
from .member_read import MemberRead
from .member_role import MemberRole
from .message_direction import MessageDirection
from .message_kind import MessageKind
from .message_purpose import MessagePurpose
from .message_read import MessageRead
from .message_read_body import MessageReadBody
from .message_read_due_note_type_0 import MessageReadDueNoteType0
from .message_status import MessageStatus
from .migrant_coverage_row import MigrantCoverageRow
from .migrant_coverage_row_rates import MigrantCoverageRowRates
from .migrant_coverage_row_served import MigrantCoverageRowServed
from .migrant_create import MigrantCreate
from .migrant_read import MigrantRead
from .migrant_service_coverage_group_by import MigrantServiceCoverageGroupBy
from .migrant_status import MigrantStatus
from .missing_material import MissingMaterial
from .monthly_series import MonthlySeries
from .movement_kind import MovementKind
from .network_member_create import NetworkMemberCreate
from .network_member_leave import NetworkMemberLeave
from .network_member_read import NetworkMemberRead
from .notice_entry_public import NoticeEntryPublic
from .notice_public import NoticePublic
from .o_auth_error import OAuthError
from .o_auth_error_error import OAuthErrorError
from .objection_create import ObjectionCreate
from .objection_filed import ObjectionFiled
from .objection_outcome import ObjectionOutcome
from .objection_read import ObjectionRead
from .objection_resolve import ObjectionResolve
from .objection_resolve_decision import ObjectionResolveDecision
from .objection_status import ObjectionStatus
from .operation_in import OperationIn
from .operation_in_data import OperationInData
from .operation_in_kind import OperationInKind
from .operation_outcome import OperationOutcome
from .operation_outcome_conflicts_type_0_item import OperationOutcomeConflictsType0Item
from .operation_outcome_problem_type_0 import OperationOutcomeProblemType0
from .operation_outcome_record_type_0 import OperationOutcomeRecordType0
from .org_coverage import OrgCoverage
from .org_create import OrgCreate
from .org_kind import OrgKind
from .org_read import OrgRead
from .org_update import OrgUpdate
from .other_parent_body import OtherParentBody
from .outbound_create import OutboundCreate
from .outbound_create_body import OutboundCreateBody
from .outcome import Outcome
from .page_accountability_case_read import PageAccountabilityCaseRead
from .page_activity_read import PageActivityRead
from .page_agreement_read import PageAgreementRead
from .page_application_read import PageApplicationRead
from .page_assignment_read import PageAssignmentRead
from .page_audit_event_read import PageAuditEventRead
from .page_batch_read import PageBatchRead
from .page_benefit_program_read import PageBenefitProgramRead
from .page_book_read import PageBookRead
from .page_branch_read import PageBranchRead
from .page_budget_line_read import PageBudgetLineRead
from .page_budget_read import PageBudgetRead
from .page_campaign_read import PageCampaignRead
from .page_care_assistance_read import PageCareAssistanceRead
from .page_care_case_read import PageCareCaseRead
from .page_care_project_read import PageCareProjectRead
from .page_care_suggestion import PageCareSuggestion
from .page_care_visit_read import PageCareVisitRead
from .page_check_read import PageCheckRead
from .page_commitment_read import PageCommitmentRead
from .page_community_rule_read import PageCommunityRuleRead
from .page_conduct_activity_read import PageConductActivityRead
from .page_conduct_kind_read import PageConductKindRead
from .page_conflict_read import PageConflictRead
from .page_contact_visit_read import PageContactVisitRead
from .page_delivery_read import PageDeliveryRead
from .page_demonstration_read import PageDemonstrationRead
from .page_device_read import PageDeviceRead
from .page_dispensation_read import PageDispensationRead
from .page_enrolment_read import PageEnrolmentRead
from .page_evaluation_read import PageEvaluationRead
from .page_evidence_file_read import PageEvidenceFileRead
from .page_expiring_batch_alert import PageExpiringBatchAlert
from .page_facility_read import PageFacilityRead
from .page_family_summary import PageFamilySummary
from .page_feedback_read import PageFeedbackRead
from .page_finding_read import PageFindingRead
from .page_import_read import PageImportRead
from .page_inspection_read import PageInspectionRead
from .page_institution_read import PageInstitutionRead
from .page_line_read import PageLineRead
from .page_low_stock_alert import PageLowStockAlert
from .page_meeting_read import PageMeetingRead
from .page_member_read import PageMemberRead
from .page_message_read import PageMessageRead
from .page_migrant_read import PageMigrantRead
from .page_network_member_read import PageNetworkMemberRead
from .page_notice_public import PageNoticePublic
from .page_objection_read import PageObjectionRead
from .page_org_read import PageOrgRead
from .page_partner_pairing_read import PagePartnerPairingRead
from .page_partner_read import PagePartnerRead
from .page_period_report_row import PagePeriodReportRow
from .page_point_read import PagePointRead
from .page_policy_summary import PagePolicySummary
from .page_pregnancy_read import PagePregnancyRead
from .page_product_read import PageProductRead
from .page_public_commitment import PagePublicCommitment
from .page_reach_read import PageReachRead
from .page_recovery_read import PageRecoveryRead
from .page_referral_read import PageReferralRead
from .page_refresh_read import PageRefreshRead
from .page_resident_read import PageResidentRead
from .page_round_read import PageRoundRead
from .page_screening_program_read import PageScreeningProgramRead
from .page_screening_read import PageScreeningRead
from .page_service_request_read import PageServiceRequestRead
from .page_sms_message_read import PageSmsMessageRead
from .page_spending_read import PageSpendingRead
from .page_stock_batch_read import PageStockBatchRead
from .page_stock_movement_read import PageStockMovementRead
from .page_subscription_read import PageSubscriptionRead
from .page_survey_read import PageSurveyRead
from .page_training_read import PageTrainingRead
from .page_transfer_read import PageTransferRead
from .page_user_read import PageUserRead
from .page_worker_read import PageWorkerRead
from .pairing_group import PairingGroup
from .participant_read import ParticipantRead
from .participant_ref_type_0 import ParticipantRefType0
from .participant_ref_type_1 import ParticipantRefType1
from .partner_create import PartnerCreate
from .partner_kind import PartnerKind
from .partner_pairing_create import PartnerPairingCreate
from .partner_pairing_read import PartnerPairingRead
from .partner_read import PartnerRead
from .partner_update import PartnerUpdate
from .period_report_create import PeriodReportCreate
from .period_report_read import PeriodReportRead
from .period_report_row import PeriodReportRow
from .period_report_status import PeriodReportStatus
from .period_report_version_read import PeriodReportVersionRead
from .permit_status import PermitStatus
from .permit_step import PermitStep
from .plan_task import PlanTask
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
from .preconditions import Preconditions
from .pregnancy_create import PregnancyCreate
from .pregnancy_outcome import PregnancyOutcome
from .pregnancy_read import PregnancyRead
from .pregnancy_state import PregnancyState
from .problem import Problem
from .problem_type_read import ProblemTypeRead
from .problem_type_read_action import ProblemTypeReadAction
from .problem_type_read_meaning import ProblemTypeReadMeaning
from .problem_type_read_title import ProblemTypeReadTitle
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
from .public_commitment import PublicCommitment
from .public_policy_read import PublicPolicyRead
from .public_service_kind import PublicServiceKind
from .reach_channel import ReachChannel
from .reach_create import ReachCreate
from .reach_line import ReachLine
from .reach_read import ReachRead
from .reason_body import ReasonBody
from .reason_code import ReasonCode
from .reassign import Reassign
from .reassign_result import ReassignResult
from .receipt_source import ReceiptSource
from .recovery_detail import RecoveryDetail
from .recovery_detail_reason_params_type_0 import RecoveryDetailReasonParamsType0
from .recovery_line_read import RecoveryLineRead
from .recovery_read import RecoveryRead
from .recovery_read_reason_params_type_0 import RecoveryReadReasonParamsType0
from .recovery_status import RecoveryStatus
from .referral_accept import ReferralAccept
from .referral_complete import ReferralComplete
from .referral_create_type_0 import ReferralCreateType0
from .referral_create_type_1 import ReferralCreateType1
from .referral_priority import ReferralPriority
from .referral_read import ReferralRead
from .referral_reason import ReferralReason
from .referral_schedule import ReferralSchedule
from .referral_status import ReferralStatus
from .refresh_create import RefreshCreate
from .refresh_read import RefreshRead
from .refresh_request import RefreshRequest
from .refund_body import RefundBody
from .report_amend import ReportAmend
from .report_decision import ReportDecision
from .report_form_create import ReportFormCreate
from .report_form_item import ReportFormItem
from .report_form_item_in import ReportFormItemIn
from .report_form_read import ReportFormRead
from .report_period_kind import ReportPeriodKind
from .report_return import ReportReturn
from .report_revise import ReportRevise
from .report_section import ReportSection
from .report_sign import ReportSign
from .report_signatory import ReportSignatory
from .report_signatory_role import ReportSignatoryRole
from .report_version_kind import ReportVersionKind
from .reported_value import ReportedValue
from .required_institutions import RequiredInstitutions
from .required_kind import RequiredKind
from .resident_create import ResidentCreate
from .resident_move import ResidentMove
from .resident_read import ResidentRead
from .resident_status import ResidentStatus
from .resident_status_change import ResidentStatusChange
from .resident_status_change_status import ResidentStatusChangeStatus
from .resident_update import ResidentUpdate
from .resolution import Resolution
from .resume_body import ResumeBody
from .review_body import ReviewBody
from .review_body_decision import ReviewBodyDecision
from .review_level import ReviewLevel
from .review_read import ReviewRead
from .risk_level import RiskLevel
from .role import Role
from .rollup import Rollup
from .rollup_cell import RollupCell
from .rollup_cell_not_computable_reason_params_type_0 import RollupCellNotComputableReasonParamsType0
from .rollup_item import RollupItem
from .rollup_street import RollupStreet
from .round_create import RoundCreate
from .round_detail import RoundDetail
from .round_detail_progress import RoundDetailProgress
from .round_read import RoundRead
from .round_status import RoundStatus
from .row_problem import RowProblem
from .row_report import RowReport
from .rule_book import RuleBook
from .rule_read import RuleRead
from .score_adjust import ScoreAdjust
from .score_in import ScoreIn
from .screening_create import ScreeningCreate
from .screening_kind_read import ScreeningKindRead
from .screening_kind_read_population import ScreeningKindReadPopulation
from .screening_program_read import ScreeningProgramRead
from .screening_program_read_population import ScreeningProgramReadPopulation
from .screening_read import ScreeningRead
from .service_create import ServiceCreate
from .service_level import ServiceLevel
from .service_read import ServiceRead
from .service_request_create import ServiceRequestCreate
from .service_request_read import ServiceRequestRead
from .service_request_read_due_note_type_0 import ServiceRequestReadDueNoteType0
from .service_request_reject import ServiceRequestReject
from .service_request_resubmit import ServiceRequestResubmit
from .service_request_return import ServiceRequestReturn
from .service_request_state import ServiceRequestState
from .service_request_status import ServiceRequestStatus
from .service_request_status_due_note_type_0 import ServiceRequestStatusDueNoteType0
from .service_return_read import ServiceReturnRead
from .service_source import ServiceSource
from .service_statistics_row import ServiceStatisticsRow
from .service_subject import ServiceSubject
from .service_type_create import ServiceTypeCreate
from .service_type_read import ServiceTypeRead
from .service_type_read_preconditions import ServiceTypeReadPreconditions
from .service_type_update import ServiceTypeUpdate
from .settlement_kind import SettlementKind
from .settlement_read import SettlementRead
from .sex import Sex
from .signatory import Signatory
from .signatory_role import SignatoryRole
from .signing_rate import SigningRate
from .sms_message_read import SmsMessageRead
from .sms_status import SmsStatus
from .spending_adjustment import SpendingAdjustment
from .spending_create import SpendingCreate
from .spending_kind import SpendingKind
from .spending_read import SpendingRead
from .spending_reversal import SpendingReversal
from .standard_create import StandardCreate
from .standard_read import StandardRead
from .status_change import StatusChange
from .step_migrant_permit_action import StepMigrantPermitAction
from .stock_batch_read import StockBatchRead
from .stock_movement_create import StockMovementCreate
from .stock_movement_create_kind import StockMovementCreateKind
from .stock_movement_read import StockMovementRead
from .stock_movement_result import StockMovementResult
from .stock_out_report import StockOutReport
from .stock_out_report_row import StockOutReportRow
from .submission import Submission
from .submissions import Submissions
from .subscription_create import SubscriptionCreate
from .subscription_create_event_types_item import SubscriptionCreateEventTypesItem
from .subscription_created import SubscriptionCreated
from .subscription_read import SubscriptionRead
from .survey_create import SurveyCreate
from .survey_read import SurveyRead
from .survey_stage import SurveyStage
from .sync_page import SyncPage
from .sync_page_lookups_type_0 import SyncPageLookupsType0
from .target_create import TargetCreate
from .target_population import TargetPopulation
from .target_population_registration_type_0 import TargetPopulationRegistrationType0
from .target_read import TargetRead
from .target_set import TargetSet
from .task_execution import TaskExecution
from .template_create import TemplateCreate
from .template_read import TemplateRead
from .threshold_read import ThresholdRead
from .threshold_set import ThresholdSet
from .token_response import TokenResponse
from .training_attendance_add import TrainingAttendanceAdd
from .training_create import TrainingCreate
from .training_read import TrainingRead
from .transfer_create import TransferCreate
from .transfer_decision import TransferDecision
from .transfer_read import TransferRead
from .transfer_status import TransferStatus
from .upload_in import UploadIn
from .upload_result import UploadResult
from .user_create import UserCreate
from .user_read import UserRead
from .user_update import UserUpdate
from .vacant_post import VacantPost
from .validation_item import ValidationItem
from .visit_create import VisitCreate
from .visit_read import VisitRead
from .volunteer_add import VolunteerAdd
from .volunteer_read import VolunteerRead
from .withdraw_body import WithdrawBody
from .work_link import WorkLink
from .worker_create import WorkerCreate
from .worker_hours import WorkerHours
from .worker_kind import WorkerKind
from .worker_read import WorkerRead
from .worker_update import WorkerUpdate
from .working_calendar_put import WorkingCalendarPut
from .working_calendar_read import WorkingCalendarRead
from .write_off_body import WriteOffBody

__all__ = (
    "AccountabilityCaseCreate",
    "AccountabilityCaseRead",
    "AccountabilityCaseStatus",
    "AccountabilityCreate",
    "AccountabilityFlags",
    "AccountabilityKind",
    "AccountabilityRead",
    "AccountabilitySubject",
    "ActivityCreate",
    "ActivityKind",
    "ActivityRead",
    "ActivityReport",
    "ActivityStatus",
    "AdvanceInto",
    "AgreementCreate",
    "AgreementRead",
    "AgreementReview",
    "AgreementReviewRead",
    "AnnualReport",
    "ApplicationCreate",
    "ApplicationDetail",
    "ApplicationDetailDecisionReasonParamsType0",
    "ApplicationRead",
    "ApplicationReadDecisionReasonParamsType0",
    "ApplicationStatus",
    "ApplicationUpdate",
    "Assessment",
    "AssignmentCreate",
    "AssignmentNoteCreate",
    "AssignmentNoteRead",
    "AssignmentRead",
    "AssignmentStatus",
    "AssistanceKind",
    "AuditEventRead",
    "AuditEventReadDetail",
    "BankAccountBody",
    "BankAccountRead",
    "BankAnswer",
    "BankAnswerResult",
    "BankAnswers",
    "BatchCreate",
    "BatchDetail",
    "BatchRead",
    "BatchStatus",
    "BehindPlan",
    "BenefitProgramRead",
    "BenefitProgramReadCriteria",
    "BeyondRegistration",
    "BirthCreate",
    "BirthPolicyRuleCreate",
    "BirthPolicyRuleRead",
    "BirthPolicyScope",
    "BodyIssueToken",
    "BookAmend",
    "BookAmendmentRead",
    "BookAmendmentReadAfterItem",
    "BookAmendmentReadBeforeItem",
    "BookCopy",
    "BookCopyResult",
    "BookCreate",
    "BookIndicatorIn",
    "BookIndicatorRead",
    "BookProgress",
    "BookRead",
    "BookRollup",
    "BookSign",
    "BookStatus",
    "BookUpdate",
    "BranchCreate",
    "BranchRead",
    "BudgetCreate",
    "BudgetExecution",
    "BudgetLineCreate",
    "BudgetLineRead",
    "BudgetRead",
    "CalendarDayIn",
    "CalendarDayKind",
    "CalendarDayRead",
    "CalendarSource",
    "CampaignCreate",
    "CampaignOrgLine",
    "CampaignRead",
    "CampaignReport",
    "CampaignTotals",
    "CancelCreate",
    "CareAssistanceCreate",
    "CareAssistanceRead",
    "CareCaseCreateType0",
    "CareCaseCreateType1",
    "CareCaseCreateType2",
    "CareCaseRead",
    "CareClose",
    "CareKind",
    "CarePair",
    "CareProjectComplete",
    "CareProjectCreate",
    "CareProjectLink",
    "CareProjectRead",
    "CareProjectStatus",
    "CareStatus",
    "CareSuggestion",
    "CareVisitCreate",
    "CareVisitRead",
    "CertificateStatus",
    "CertificateSubmit",
    "Channel",
    "CheckBody",
    "CheckBodyOutcome",
    "CheckRead",
    "CheckReadReasonParamsType0",
    "CheckStatus",
    "ChildBookProgress",
    "ChildCreate",
    "ChildRead",
    "ChildStatus",
    "ChildUpdate",
    "CollectRequest",
    "CommitmentCreate",
    "CommitmentRead",
    "CommitmentUpdate",
    "CommunityRuleCreate",
    "CommunityRuleRead",
    "CommunityTotal",
    "ConductActivityCreate",
    "ConductActivityRead",
    "ConductFigure",
    "ConductKindCreate",
    "ConductKindRead",
    "ConductKindUpdate",
    "ConductView",
    "ConflictRead",
    "ConflictResolve",
    "ConflictState",
    "ConsentGrant",
    "ConsentRead",
    "ConsentRevoke",
    "ConsentSource",
    "ContactKind",
    "ContactVisitCreateType0",
    "ContactVisitCreateType1",
    "ContactVisitRead",
    "ContraceptiveMethod",
    "CoverageReport",
    "CoverageRow",
    "CoverageRowTargetSource",
    "CriterionIn",
    "CriterionRead",
    "Dashboard",
    "DashboardAlert",
    "DashboardAlertCode",
    "DeliveryRead",
    "DeliveryReadPayload",
    "DeliveryStatus",
    "DemonstrationCreate",
    "DemonstrationCriterionRead",
    "DemonstrationRead",
    "DemonstrationStatus",
    "DemonstrationTheme",
    "Departure",
    "DeviceRead",
    "DeviceRegister",
    "DeviceRegistered",
    "DispensationCreate",
    "DispensationRead",
    "DispenseChannel",
    "DispensedBatch",
    "DispensingReport",
    "DispensingReportRow",
    "EligibilityCheckBody",
    "EligibilityRead",
    "EligibilityRule",
    "EndCreate",
    "EnrolmentDetail",
    "EnrolmentDetailReviewReasonParamsType0",
    "EnrolmentDetailStatusReasonParamsType0",
    "EnrolmentImport",
    "EnrolmentRead",
    "EnrolmentReadReviewReasonParamsType0",
    "EnrolmentReadStatusReasonParamsType0",
    "EnrolmentSource",
    "EnrolmentStatus",
    "EscalationResult",
    "EvaluationCreate",
    "EvaluationRead",
    "EvaluationResult",
    "EvaluationScoreRead",
    "EvaluationStatus",
    "EvaluationSummary",
    "EvaluationSummaryIndicatorNames",
    "EvaluationSummaryScores",
    "EventType",
    "EvidenceFileRead",
    "ExpiringBatchAlert",
    "FacilityCondition",
    "FacilityCreate",
    "FacilityKind",
    "FacilityRead",
    "FamilyCreate",
    "FamilyDocumentKind",
    "FamilyDocumentRead",
    "FamilyDocumentStatus",
    "FamilyRead",
    "FamilySummary",
    "FamilyUpdate",
    "FeedbackCategory",
    "FeedbackCreate",
    "FeedbackPublicView",
    "FeedbackPublicViewDueNoteType0",
    "FeedbackRating",
    "FeedbackRead",
    "FeedbackReadDueNoteType0",
    "FeedbackReceipt",
    "FeedbackReceiptDueNoteType0",
    "FeedbackReply",
    "FeedbackStatus",
    "FeedbackTextsStop",
    "FeedItem",
    "FeedItemDataType0",
    "FeedItemOp",
    "FigureValue",
    "FigureValueNotComputableReasonParamsType0",
    "FindingCreate",
    "FindingRead",
    "FindingRectify",
    "FindingStatus",
    "FiveLinkCounts",
    "FiveLinksSummary",
    "FiveLinksView",
    "FollowUpCreate",
    "FollowUpRead",
    "FulfilmentOutcome",
    "GetAnnualReportFormat",
    "GetPeriodReportRollupFormat",
    "HealthzResponseHealthz",
    "ImportFormat",
    "ImportKind",
    "ImportMode",
    "ImportOverride",
    "ImportRead",
    "ImportResult",
    "ImportRowBody",
    "ImportSkip",
    "ImportStatus",
    "InboundCreate",
    "InboundCreateBody",
    "IndicatorCreate",
    "IndicatorDirection",
    "IndicatorProgress",
    "IndicatorProgressNotComputableReasonParamsType0",
    "IndicatorRead",
    "IndicatorReadNotComputableReasonParamsType0",
    "IndicatorSource",
    "IndicatorUnit",
    "InspectionCreate",
    "InspectionRead",
    "InstitutionCategory",
    "InstitutionCreate",
    "InstitutionKind",
    "InstitutionRead",
    "InstitutionRepeal",
    "IssuedDocument",
    "ItemCorrectionType0",
    "ItemCorrectionType1",
    "ItemValue",
    "ItemValueNotComputableReasonParamsType0",
    "JointActivity",
    "KeyDay",
    "KnowledgeChange",
    "KnowledgeStage",
    "LineExecution",
    "LineKind",
    "LineRead",
    "LineReadReasonParamsType0",
    "LineStatus",
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
    "MeetingCreate",
    "MeetingRead",
    "MemberCreate",
    "MemberRead",
    "MemberRole",
    "MeRead",
    "MessageDirection",
    "MessageKind",
    "MessagePurpose",
    "MessageRead",
    "MessageReadBody",
    "MessageReadDueNoteType0",
    "MessageStatus",
    "MigrantCoverageRow",
    "MigrantCoverageRowRates",
    "MigrantCoverageRowServed",
    "MigrantCreate",
    "MigrantRead",
    "MigrantServiceCoverageGroupBy",
    "MigrantStatus",
    "MissingMaterial",
    "MonthlySeries",
    "MovementKind",
    "NetworkMemberCreate",
    "NetworkMemberLeave",
    "NetworkMemberRead",
    "NoticeEntryPublic",
    "NoticePublic",
    "OAuthError",
    "OAuthErrorError",
    "ObjectionCreate",
    "ObjectionFiled",
    "ObjectionOutcome",
    "ObjectionRead",
    "ObjectionResolve",
    "ObjectionResolveDecision",
    "ObjectionStatus",
    "OperationIn",
    "OperationInData",
    "OperationInKind",
    "OperationOutcome",
    "OperationOutcomeConflictsType0Item",
    "OperationOutcomeProblemType0",
    "OperationOutcomeRecordType0",
    "OrgCoverage",
    "OrgCreate",
    "OrgKind",
    "OrgRead",
    "OrgUpdate",
    "OtherParentBody",
    "OutboundCreate",
    "OutboundCreateBody",
    "Outcome",
    "PageAccountabilityCaseRead",
    "PageActivityRead",
    "PageAgreementRead",
    "PageApplicationRead",
    "PageAssignmentRead",
    "PageAuditEventRead",
    "PageBatchRead",
    "PageBenefitProgramRead",
    "PageBookRead",
    "PageBranchRead",
    "PageBudgetLineRead",
    "PageBudgetRead",
    "PageCampaignRead",
    "PageCareAssistanceRead",
    "PageCareCaseRead",
    "PageCareProjectRead",
    "PageCareSuggestion",
    "PageCareVisitRead",
    "PageCheckRead",
    "PageCommitmentRead",
    "PageCommunityRuleRead",
    "PageConductActivityRead",
    "PageConductKindRead",
    "PageConflictRead",
    "PageContactVisitRead",
    "PageDeliveryRead",
    "PageDemonstrationRead",
    "PageDeviceRead",
    "PageDispensationRead",
    "PageEnrolmentRead",
    "PageEvaluationRead",
    "PageEvidenceFileRead",
    "PageExpiringBatchAlert",
    "PageFacilityRead",
    "PageFamilySummary",
    "PageFeedbackRead",
    "PageFindingRead",
    "PageImportRead",
    "PageInspectionRead",
    "PageInstitutionRead",
    "PageLineRead",
    "PageLowStockAlert",
    "PageMeetingRead",
    "PageMemberRead",
    "PageMessageRead",
    "PageMigrantRead",
    "PageNetworkMemberRead",
    "PageNoticePublic",
    "PageObjectionRead",
    "PageOrgRead",
    "PagePartnerPairingRead",
    "PagePartnerRead",
    "PagePeriodReportRow",
    "PagePointRead",
    "PagePolicySummary",
    "PagePregnancyRead",
    "PageProductRead",
    "PagePublicCommitment",
    "PageReachRead",
    "PageRecoveryRead",
    "PageReferralRead",
    "PageRefreshRead",
    "PageResidentRead",
    "PageRoundRead",
    "PageScreeningProgramRead",
    "PageScreeningRead",
    "PageServiceRequestRead",
    "PageSmsMessageRead",
    "PageSpendingRead",
    "PageStockBatchRead",
    "PageStockMovementRead",
    "PageSubscriptionRead",
    "PageSurveyRead",
    "PageTrainingRead",
    "PageTransferRead",
    "PageUserRead",
    "PageWorkerRead",
    "PairingGroup",
    "ParticipantRead",
    "ParticipantRefType0",
    "ParticipantRefType1",
    "PartnerCreate",
    "PartnerKind",
    "PartnerPairingCreate",
    "PartnerPairingRead",
    "PartnerRead",
    "PartnerUpdate",
    "PeriodReportCreate",
    "PeriodReportRead",
    "PeriodReportRow",
    "PeriodReportStatus",
    "PeriodReportVersionRead",
    "PermitStatus",
    "PermitStep",
    "PlanTask",
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
    "Preconditions",
    "PregnancyCreate",
    "PregnancyOutcome",
    "PregnancyRead",
    "PregnancyState",
    "Problem",
    "ProblemTypeRead",
    "ProblemTypeReadAction",
    "ProblemTypeReadMeaning",
    "ProblemTypeReadTitle",
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
    "PublicCommitment",
    "PublicPolicyRead",
    "PublicServiceKind",
    "ReachChannel",
    "ReachCreate",
    "ReachLine",
    "ReachRead",
    "ReasonBody",
    "ReasonCode",
    "Reassign",
    "ReassignResult",
    "ReceiptSource",
    "RecoveryDetail",
    "RecoveryDetailReasonParamsType0",
    "RecoveryLineRead",
    "RecoveryRead",
    "RecoveryReadReasonParamsType0",
    "RecoveryStatus",
    "ReferralAccept",
    "ReferralComplete",
    "ReferralCreateType0",
    "ReferralCreateType1",
    "ReferralPriority",
    "ReferralRead",
    "ReferralReason",
    "ReferralSchedule",
    "ReferralStatus",
    "RefreshCreate",
    "RefreshRead",
    "RefreshRequest",
    "RefundBody",
    "ReportAmend",
    "ReportDecision",
    "ReportedValue",
    "ReportFormCreate",
    "ReportFormItem",
    "ReportFormItemIn",
    "ReportFormRead",
    "ReportPeriodKind",
    "ReportReturn",
    "ReportRevise",
    "ReportSection",
    "ReportSign",
    "ReportSignatory",
    "ReportSignatoryRole",
    "ReportVersionKind",
    "RequiredInstitutions",
    "RequiredKind",
    "ResidentCreate",
    "ResidentMove",
    "ResidentRead",
    "ResidentStatus",
    "ResidentStatusChange",
    "ResidentStatusChangeStatus",
    "ResidentUpdate",
    "Resolution",
    "ResumeBody",
    "ReviewBody",
    "ReviewBodyDecision",
    "ReviewLevel",
    "ReviewRead",
    "RiskLevel",
    "Role",
    "Rollup",
    "RollupCell",
    "RollupCellNotComputableReasonParamsType0",
    "RollupItem",
    "RollupStreet",
    "RoundCreate",
    "RoundDetail",
    "RoundDetailProgress",
    "RoundRead",
    "RoundStatus",
    "RowProblem",
    "RowReport",
    "RuleBook",
    "RuleRead",
    "ScoreAdjust",
    "ScoreIn",
    "ScreeningCreate",
    "ScreeningKindRead",
    "ScreeningKindReadPopulation",
    "ScreeningProgramRead",
    "ScreeningProgramReadPopulation",
    "ScreeningRead",
    "ServiceCreate",
    "ServiceLevel",
    "ServiceRead",
    "ServiceRequestCreate",
    "ServiceRequestRead",
    "ServiceRequestReadDueNoteType0",
    "ServiceRequestReject",
    "ServiceRequestResubmit",
    "ServiceRequestReturn",
    "ServiceRequestState",
    "ServiceRequestStatus",
    "ServiceRequestStatusDueNoteType0",
    "ServiceReturnRead",
    "ServiceSource",
    "ServiceStatisticsRow",
    "ServiceSubject",
    "ServiceTypeCreate",
    "ServiceTypeRead",
    "ServiceTypeReadPreconditions",
    "ServiceTypeUpdate",
    "SettlementKind",
    "SettlementRead",
    "Sex",
    "Signatory",
    "SignatoryRole",
    "SigningRate",
    "SmsMessageRead",
    "SmsStatus",
    "SpendingAdjustment",
    "SpendingCreate",
    "SpendingKind",
    "SpendingRead",
    "SpendingReversal",
    "StandardCreate",
    "StandardRead",
    "StatusChange",
    "StepMigrantPermitAction",
    "StockBatchRead",
    "StockMovementCreate",
    "StockMovementCreateKind",
    "StockMovementRead",
    "StockMovementResult",
    "StockOutReport",
    "StockOutReportRow",
    "Submission",
    "Submissions",
    "SubscriptionCreate",
    "SubscriptionCreated",
    "SubscriptionCreateEventTypesItem",
    "SubscriptionRead",
    "SurveyCreate",
    "SurveyRead",
    "SurveyStage",
    "SyncPage",
    "SyncPageLookupsType0",
    "TargetCreate",
    "TargetPopulation",
    "TargetPopulationRegistrationType0",
    "TargetRead",
    "TargetSet",
    "TaskExecution",
    "TemplateCreate",
    "TemplateRead",
    "ThresholdRead",
    "ThresholdSet",
    "TokenResponse",
    "TrainingAttendanceAdd",
    "TrainingCreate",
    "TrainingRead",
    "TransferCreate",
    "TransferDecision",
    "TransferRead",
    "TransferStatus",
    "UploadIn",
    "UploadResult",
    "UserCreate",
    "UserRead",
    "UserUpdate",
    "VacantPost",
    "ValidationItem",
    "VisitCreate",
    "VisitRead",
    "VolunteerAdd",
    "VolunteerRead",
    "WithdrawBody",
    "WorkerCreate",
    "WorkerHours",
    "WorkerKind",
    "WorkerRead",
    "WorkerUpdate",
    "WorkingCalendarPut",
    "WorkingCalendarRead",
    "WorkLink",
    "WriteOffBody",
)

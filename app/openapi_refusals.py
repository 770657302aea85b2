"""Operations whose 422 also answers a well-formed request refused for the state of the records it
names, not for its shape: a referenced id that names nothing (or nothing of the right kind), a
record whose data does not allow the step, a date judged against today. JSON Schema cannot say
these (they depend on the data), so the document says them in words on the operation's 422
(``complete_operation`` in app/openapi_contract.py), and Schemathesis's ``positive_data_acceptance``
accepts a 422 there and only there (tests/api/contract/schemathesis.toml, kept equal to this table
by tests/api/contract/test_fuzz.py). Cross-field rules of the request itself are JSON Schema
(``if``/``then``, ``oneOf``) or written in the field's description, never listed here.

operationId → what the records named can refuse (the problem is ``validation-error`` unless said).
"""

from __future__ import annotations

STATE_REFUSALS: dict[str, str] = {
    "getWorkingCalendar": "the year's working-day calendar is not entered yet "
    "(`/problems/calendar-year-unknown`)",
    "createActivity": "an unknown partner, or a campaign the org does not take part in",
    "reportActivity": "an unknown partner",
    "createFacility": "an `org_id` that is not a street, community or unit, an opening day still to come, "
    "or a `distribution_point_id` that is not a point of the facility's org",
    "inspectFacility": "an inspection day before the facility opened or still to come",
    "refreshFacility": "a refresh day before the facility opened or still to come",
    "recordCampaignReach": "an org that does not take part in the campaign, or a day still to come",
    "recordKnowledgeSurvey": "an org that does not take part in the campaign, an activity of another "
    "campaign, a day still to come, a survey before the campaign after its day or one after it before",
    "addAssociationMember": "a resident who neither lives in nor works for the branch's org, or a worker "
    "who does not serve it",
    "reviewBenefitApplication": "an approval while required materials are missing, or a return for "
    "correction with nothing missing",
    "submitBenefitApplication": "materials the benefit requires still missing "
    "(`missing_materials` lists them)",
    "selfAssessDemonstration": "scores that are not one per criterion of the demonstration's checklist",
    "createDispensation": "a way of naming the person that is not the caller's (staff give `resident_id`, "
    "a machine `id_number`), or a point the caller does not run",
    "queueExchangeMessage": "a reply to a message that is not an inbound one",
    "createFamily": "a husband who is not a male resident, a wife who is not a female one, or a "
    "`community_id` that is not a community",
    "reviewIntegrityAgreement": "a year outside the agreement's term or still to come",
    "registerMigrantArrival": "a household registration place inside the district (not a migrant)",
    "registerPregnancy": "a resident who is not a woman of the caller's area",
    "createReferral": "a partner that no longer takes referrals, a screening of another resident, or a "
    "follow-up date already past",
    "createResident": "a `community_id` that is not a community",
    "recordScreening": "a date outside the program's year or in the future, or a spouse who is the same "
    "person or lives outside the program's area",
    "generatePaymentBatch": "a period not written the way the program's kind writes it (`YYYY-MM` for a "
    "monthly program, `YYYY` for an annual one, `once` for a one-off) or still to come, a `street_id` "
    "that is not a street of the caller's area, or a payer that is not the street, its unit or the district",
    "fileServiceRequest": "what the service type needs (a family for a birth registration, say) missing",
    "resubmitServiceRequest": "materials or alternatives the service type does not list",
    "recordStockMovement": "what the movement's kind needs (a positive quantity, a receipt's expiry, a "
    "transfer's other point) missing, or a batch not held at the point",
    "addTrainingAttendance": "workers that are unknown or not of the training's area",
    "createWorker": "an account that is not of the worker's org",
    "createAssociationBranch": "an `org_id` that is not a community or a unit",
    "clearBenefitEnrolmentReview": "an enrolment that is not flagged for review",
    "createDemonstration": "an `org_id` that is not a community",
    "createDistributionPoint": "a `device_user_id` that is not a dispenser device account of the point's org",
    "createOrg": "a parent that cannot hold an org of that kind (a street cannot hold a street)",
    "createResponsibilityBook": "an `org_id` that is not a community or a unit, or indicators that are "
    "unknown or inactive",
    "updateResponsibilityBook": "indicators that are unknown or inactive",
    "amendResponsibilityBook": "indicators that are unknown or inactive",
    "getBookProgress": "an `as_of` before the book's year",
    "addAssignmentNote": "an assignment that is closed",
    "addCareProjectBeneficiary": "a family or resident outside the project's area",
    "moveResident": "a `community_id` that is not a community",
    "createScreeningProgram": "targets for orgs that are not communities or units inside the program's area",
    "setScreeningTarget": "an org that is not a community or unit inside the program's area",
    "createTraining": "workers that are unknown or not of the training's area",
    "createUser": "a role that does not belong in the org's kind",
    "openReverificationRound": "a deadline that is not in the future",
    "createImport": "a file whose content is empty or not an import of that kind (`errors` names the rows)",
    "importBenefitEnrolments": "a file whose content is empty or holds rows that cannot be enrolled "
    "(`errors` names the rows)",
    "updateResident": "an `employer_unit_id` that is not a unit",
    "updateUser": "a role that does not belong in the org's kind (the one given or the account's)",
    "updatePolicy": "an `effective_on` or `expires_on` that would put the policy's expiry before the day it "
    "takes effect (with the policy's other date)",
    "updateFamilyChild": "a `disability_grade` or `deceased_on` that does not go with the child's status "
    "(the one given or the child's), or a `deceased_on` before the child's birth",
    "updateDistributionPoint": "a `device_user_id` that is not a dispenser device account of the point's org",
    "openAccountabilityCase": "a book that is not signed, a quarter of its year that has not ended, an "
    "`opened_on` outside the quarter's end to today, an indicator that is not in the book, or a "
    "`subject_org_id` or `user_id` that names nothing of the caller's area",
    "createAssignment": "a book already evaluated, an indicator that is not in the book, or an assignee who "
    "is not an active worker of the book's community or unit or of its street",
    "createCampaign": "an `org_id` that is not a street",
    "openCareCase": "a subject that names nothing of the caller's area, or a person outside 15 to 49 for "
    "`childbearing_age`",
    "createAccountabilityAction": "a `user_id` that names no user of the caller's area",
    "recordMigrantService": "a `delivered_on` before the migrant's arrival",
    "createWebhookSubscription": "a URL whose host does not resolve (now), resolves to an address that is "
    "not public and not allow-listed, or is a bracketed literal that is no IPv6 address",
    "createServiceType": "`policy_ids` naming policies that do not exist",
    "changeResidentStatus": "an `effective_date` before the resident's birth",
    "recordMigrantDeparture": "a `departed_on` before the migrant's arrival",
    "fileFeedback": "an `org_code` that names no community, street or unit",
    # funds and institutions
    "createBudget": "an `org_id` that is not a street, or a year whose budget is already recorded",
    "recordBudgetSpending": "a budget line the caller does not see, a day outside the budget's year or "
    "still to come, or an evidence file the caller cannot use",
    "adjustBudgetSpending": "an adjustment that takes the entry's net amount below zero, or a day outside "
    "the budget's year or still to come",
    "createInstitution": "an `org_id` outside the caller's area, or an evidence file the caller cannot use",
    "uploadEvidenceFile": "an empty body, or bytes that are not a PDF, JPEG or PNG (or not the type the "
    "Content-Type names)",
    "repealInstitution": "a repeal day not after the day the document took effect",
    "adoptCommunityRule": "a volunteer who is not a member of the community's Association branch, or a "
    "clause number the community's rules already have",
    # work style and self-governance
    "getConductView": "an `org_id` that is not a street or community of the caller's area",
    "createConductActivityKind": "an `org_id` that is not a street",
    "createConductActivity": "a kind not on the street's list or retired, an org outside the street, or "
    "a participant who is not of the activity's org",
    "addConductParticipant": "a person who is not of the activity's org",
    "addConductFinding": "an org that is not the activity's or beneath it, or a due day before the activity",
    "rectifyConductFinding": "a rectification day before the activity",
    "createResidentMeeting": "an `org_id` that is not a community",
    "addRuleVolunteer": "a member who is not of the community's Association branch",
    # the five links
    "getCommunityFiveLinks": "an `org_id` that is not a community",
    "createContactVisit": "an `org_id` that is not a community, an inactive partner, or a resident who "
    "does not live in the community",
    "createNetworkMember": "an `org_id` that is not a community, or an inactive partner",
    "createPartnerPairing": "an `org_id` that is not a community, an inactive partner, or residents and "
    "families that are not of the community",
    # consents
    "revokeResidentConsent": "a revocation day before the consent was granted",
}


def state_refusal_note(operation_id: str) -> str | None:
    """The words added to the operation's 422 description, if it has state refusals."""
    refusal = STATE_REFUSALS.get(operation_id)
    if refusal is None:
        return None
    return f"Invalid input, or refused for the state of the records it names (`detail` says which): {refusal}"

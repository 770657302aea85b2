"""Every GET of the API is either on the fast read path (its endpoint marked ``@lane``) or named
here with the reason it reads through the ORM session: a new list or single read cannot quietly
take the slow path, and one that moves to the lane must leave this table."""

from __future__ import annotations

from fastapi.routing import APIRoute, iter_route_contexts

from app.main import create_app
from app.read_lane import LANE_ENDPOINTS

AGGREGATE = "an aggregate over many rows (counts, rates, totals), not a row read"
REPORT = "a report computed from the live records"
AUDITED = "shows decrypted personal data and records who read it: the audited session path"
STATIC = "no database read: code tables from the code"
PRINTED = "a printed document (PDF) rendered from the record in a worker thread, not a row read"

SESSION_PATH: dict[str, str] = {
    "getMe": "the caller's own user, org and permissions: read once per sign-in by a client",
    "getWorkingCalendar": "a year built from the official holiday calendar and the office's own days",
    "listBirthPolicyRules": "reference data: a handful of rules in date order, not a paged list keyed on id",
    "listEnums": STATIC,
    "listResidentMessages": "one resident's messages, after the resident's scope check (404 outside it)",
    "listWorkflows": STATIC,
    # Task 3 · benefits
    "paymentTotals": AGGREGATE,
    "getPaymentBatch": "the batch with its totals per community, an aggregate",
    "exportPaymentBatch": "a CSV export, audited",
    "getReverificationRound": "the round with its progress counts, an aggregate",
    "listNoticeObjections": AUDITED,
    "getPublicNoticeDocument": PRINTED,
    "getPaymentBatchSignatureList": PRINTED + "; audited",
    # Task 4 · administration by law
    "getServiceRequestStatistics": AGGREGATE,
    "getServiceRequestNotificationLetter": PRINTED,
    "getServiceRequestReceipt": PRINTED,
    # Task 6 · quality services
    "getScreeningCoverage": AGGREGATE,
    "listFiveLinks": AGGREGATE,
    "getCommunityFiveLinks": AGGREGATE,
    "listLowStockAlerts": "stock on hand summed per point and product against thresholds, an aggregate",
    "listExpiringBatches": "ordered by expiry date (the fast path keys lists on id)",
    "getDispensingReport": REPORT,
    "getStockOutReport": REPORT,
    # Task 1 · network, Task 2 · publicity, Task 7 · integrity, care
    "listVacantPosts": "a coverage check over every community and unit",
    "listWorkerTrainingHours": AGGREGATE,
    "getCampaignReport": REPORT,
    "listCareVisits": AUDITED,
    "getConductView": AGGREGATE + " (an org's work-style figures, computed per request)",
    "listIntegritySigningRates": AGGREGATE,
    # Migrants
    "migrantServiceCoverage": AGGREGATE,
    # Mobile sync
    "downloadSyncFeed": "a device's feed: the device checked first (revoked: wipe), gzip bytes, the "
    "change log joined with every area's working set; a reveal is audited",
    "listSyncDevices": "the caller's devices, or those of the street's users: a handful, per device",
    "listSyncConflicts": "the caller's own conflicts, decrypting what the device sent",
    # Leadership
    "getBookProgress": REPORT,
    "getAccountabilityFlags": REPORT + " (each signed book's progress at the quarter's end)",
    "getDashboard": REPORT,
    "getAnnualReport": "a report, also as CSV or XLSX by Accept (the lane takes no headers)",
    "getAnnualReportDocument": PRINTED,
    "getResponsibilityBookDocument": PRINTED,
    "getPeriodReport": "the report with every version's figures, as its step answers present it",
    "getPeriodReportSubmissions": "every street of the district against the due date, an aggregate",
    "getPeriodReportRollup": "the sum of the accepted reports, also as XLSX: " + AGGREGATE,
    "getBudgetExecution": "approved against spent per line and task on a date: " + AGGREGATE,
    "getRequiredInstitutions": "each required kind checked against the documents in force: " + AGGREGATE,
    "getEvidenceFileContent": "a file's bytes as uploaded, not a row for the JSON read path",
}


def _gets() -> dict[str, APIRoute]:
    app = create_app()
    routes: dict[str, APIRoute] = {}
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute) and "GET" in route.methods and context.path_format.startswith("/api/"):
            routes[route.operation_id or route.name] = route
    return routes


def test_every_api_read_is_on_the_lane_or_says_why_not():
    routes = _gets()
    on_session = sorted(op for op, route in routes.items() if route.endpoint not in LANE_ENDPOINTS)
    assert on_session == sorted(SESSION_PATH), "a GET route is on neither the lane nor the list above"
    assert all(reason.strip() for reason in SESSION_PATH.values())


def test_the_lane_serves_most_reads():
    routes = _gets()
    on_lane = [op for op, route in routes.items() if route.endpoint in LANE_ENDPOINTS]
    assert len(on_lane) > 3 * len(SESSION_PATH)
    assert {"listResidents", "getResident", "listServiceRequests", "getServiceRequest"} <= set(on_lane)

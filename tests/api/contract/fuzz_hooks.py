"""Schemathesis hooks for test_fuzz.py (loaded through ``SCHEMATHESIS_HOOKS``): what the document
says in words or in keywords Schemathesis does not implement, taught to the fuzzer.

* **Formats.** ``fpw-cursor`` (a cursor only this server issues) is generated with the app's own
  encoder (app/pagination.py) over plausible keyset values; ``date`` and ``date-time`` within the
  ``formatMinimum``/``formatMaximum`` every date and instant of the document declares (Schemathesis
  does not read those keywords).
* **Cursors continue their listing** (the ``cursor`` parameter's description): a schema-valid
  case's cursor is made the shape its listing issues: an id, an update instant and an id with
  ``updated_since`` (the change feed), an expiry day and an id for the expiring batches.
* **Idempotency-Key** (its description): a retry with the same key is answered with the first
  answer (or 422 with another body), so every case sends a fresh key, as a client does for a new
  request (a key that is itself the invalid part of a negative case is left as it is).
* **If-Match** (its description): a stale ETag is 412; the record's version is not known here, so
  a schema-valid case sends ``*``.
* **Cross-field rules** the JSON Schema cannot say are written in the descriptions; a schema-valid
  case that breaks one is not sent (``filter_case``), so any other rejection still fails the run.
* **Refusals for the state of the records named** (an unknown partner, an application still missing
  materials, a year whose calendar is not entered): the operations whose 422 says so in the document
  (app/openapi_refusals.py) may answer a schema-valid case 422, and schemathesis.toml lets
  ``positive_data_acceptance`` accept it there and nowhere else. The check
  ``schema_valid_requests_are_parsed`` keeps that 422 honest: a schema-valid case the request parser
  refuses (``detail`` "The request has invalid or missing fields") fails the run on every operation,
  as the document's fault, not the data's.

Only schema-valid (positive) cases are touched: a negative case keeps whatever makes it invalid.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import schemathesis
from hypothesis import strategies as st

from app.clock import CHINA, local_today
from app.error_handlers import INVALID_FIELDS, INVALID_JSON
from app.idempotency import MAX_KEY_LENGTH
from app.models.core.messaging import PURPOSE_VARIABLES
from app.pagination import encode_cursor
from app.schemas.common import DATE_MAX, DATE_MIN, INSTANT_END, INSTANT_MIN
from app.services.lawful_services.policy_search import MAX_QUERY_TERMS, query_terms
from app.services.leadership.accountability import QUARTER_ENDS, default_quarter
from app.services.quality.contraceptive_reports import MAX_REPORT_DAYS

MAX_ID = 2**63 - 1
# A plausible keyset position: ids of a demo-sized table and beyond, dates and instants of its years.
_IDS = st.integers(min_value=1, max_value=10**9)
_FEED_INSTANT = "2019-06-01T09:30:00+08:00"
_EXPIRY_DAY = "2019-12-31"
_OFFSETS = st.sampled_from([UTC, CHINA, timezone(timedelta(hours=-10))])

schemathesis.openapi.format("fpw-cursor", _IDS.map(lambda i: encode_cursor([i])))
schemathesis.openapi.format("date", st.dates(DATE_MIN, DATE_MAX).map(date.isoformat))
schemathesis.openapi.format(
    "date-time",
    st.datetimes(
        min_value=INSTANT_MIN.replace(tzinfo=None) + timedelta(days=1),
        max_value=INSTANT_END.replace(tzinfo=None) - timedelta(days=1),
        timezones=_OFFSETS,
    ).map(datetime.isoformat),
)


def _positive(case: Any) -> bool:
    meta = getattr(case, "meta", None)
    return meta is not None and meta.generation.mode.is_positive


def _operation_id(case: Any) -> str:
    raw = getattr(case.operation.definition, "raw", {}) or {}
    return str(raw.get("operationId", ""))


def _keyset_id(cursor: Any) -> int:
    """The id a generated cursor stands for (any string maps to one, stably)."""
    digest = hashlib.sha256(str(cursor).encode()).digest()
    return int.from_bytes(digest[:4], "big") + 1


def _cursor_for(case: Any) -> str:
    last_id = _keyset_id(case.query["cursor"])
    if "updated_since" in case.query:
        return encode_cursor([_FEED_INSTANT, last_id])
    if _operation_id(case) == "listExpiringBatches":
        return encode_cursor([_EXPIRY_DAY, last_id])
    return encode_cursor([last_id])


def _weighted_to_100(body: dict[str, Any]) -> None:
    """A book's ``indicators`` (their description): each indicator once, the weights summing to 100."""
    items = body.get("indicators")
    if not isinstance(items, list) or not items:
        return
    kept = list({item["indicator_id"]: item for item in reversed(items)}.values())[::-1]
    share = round(100 / len(kept), 3)
    for item in kept:
        item["weight"] = share
    kept[-1]["weight"] = round(100 - share * (len(kept) - 1), 3)
    body["indicators"] = kept


def _criteria_weighted_to_100(body: dict[str, Any]) -> None:
    """A demonstration's ``criteria`` (their description): whole weights summing to 100."""
    criteria = body.get("criteria")
    if not isinstance(criteria, list) or not criteria:
        return
    share, rest = divmod(100, len(criteria))
    for index, criterion in enumerate(criteria):
        criterion["weight"] = share + (rest if index == 0 else 0)


def _material_codes_unique(body: dict[str, Any]) -> None:
    """A service type's ``materials`` (their description): each code once."""
    materials = body.get("materials")
    if not isinstance(materials, list):
        return
    for index, material in enumerate(materials):
        material["code"] = f"{str(material.get('code', 'm'))[:40]}_{index}"


# operationId → how a schema-valid body is made to keep a rule its description states.
BODY_RULES: dict[str, Callable[[dict[str, Any]], None]] = {
    "createResponsibilityBook": _weighted_to_100,
    "updateResponsibilityBook": _weighted_to_100,
    "amendResponsibilityBook": _weighted_to_100,
    "createServiceType": _material_codes_unique,
    "createDemonstration": _criteria_weighted_to_100,
}


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    for name in list(case.headers or {}):
        value = case.headers[name]
        # a new request, valid or not, gets a new key (a valid one stays valid): otherwise the
        # server rightly replays an earlier answer to the same key and body
        if name.lower() == "idempotency-key" and isinstance(value, str) and 0 < len(value) <= MAX_KEY_LENGTH:
            case.headers[name] = uuid.uuid4().hex
    if not _positive(case):
        return case
    if case.query and case.query.get("cursor") is not None:
        case.query["cursor"] = _cursor_for(case)
    rule = BODY_RULES.get(_operation_id(case))
    if rule is not None and isinstance(case.body, dict):
        rule(case.body)
    for name in list(case.headers or {}):
        if name.lower() == "if-match":
            # the record's current ETag is not known here; `*` is the one value valid whatever it is
            case.headers[name] = "*"
    return case


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _this_year() -> int:
    return local_today().year


def _body(case: Any) -> dict[str, Any]:
    return case.body if isinstance(case.body, dict) else {}


def _ranges_in_order(case: Any) -> bool:
    """Every ``<x>_from``/``<x>_to`` pair of the query: the end not before the start."""
    query = case.query or {}
    for name, value in query.items():
        if name.endswith("_from") and f"{name[:-5]}_to" in query:
            start, end = _day(value), _day(query[f"{name[:-5]}_to"])
            if start is not None and end is not None and end < start:
                return False
    return True


def _span_at_most(days: int) -> Callable[[Any], bool]:
    def rule(case: Any) -> bool:
        start, end = _day(case.query.get("date_from")), _day(case.query.get("date_to"))
        return start is None or end is None or (end - start).days <= days

    return rule


def _number(value: Any) -> int | None:
    text = str(value)
    return int(text) if text.isdigit() else None


def _year_begun(case: Any) -> bool:
    year = _number((case.query or {}).get("year"))
    return year is None or year <= _this_year()


def _ages_in_order(case: Any) -> bool:
    low, high = _number(case.query.get("age_min")), _number(case.query.get("age_max"))
    return low is None or high is None or low <= high


def _certificate_together(case: Any) -> bool:
    """Sent together or not at all: the record's own values are not known here."""
    body = _body(case)
    number, issued = body.get("honour_certificate_no"), body.get("honour_certificate_issued_on")
    given = ("honour_certificate_no" in body, "honour_certificate_issued_on" in body)
    return given == (False, False) or (given == (True, True) and (number is None) == (issued is None))


def _searchable(case: Any) -> bool:
    """``q``: at least one letter, digit or Chinese character, at most MAX_QUERY_TERMS terms."""
    q = (case.query or {}).get("q")
    return q is None or 0 < len(query_terms(str(q))) <= MAX_QUERY_TERMS


def _children_dated(children: list[Any]) -> bool:
    """Each child: born not after today, and not deceased before being born."""
    today = local_today()
    for child in children:
        if not isinstance(child, dict):
            continue
        born, died = _day(child.get("birth_date")), _day(child.get("deceased_on"))
        if (born is not None and born > today) or (born is not None and died is not None and died < born):
            return False
    return True


def _family_children_dated(case: Any) -> bool:
    body = _body(case)
    children = body.get("children")
    two_people = body.get("husband_id") is None or body.get("husband_id") != body.get("wife_id")
    return two_people and _children_dated(children if isinstance(children, list) else [])


def _permit_dated(case: Any) -> bool:
    """``on`` not in the future; an issue's ``expires_on`` given and after ``on``."""
    body = _body(case)
    on, expires = _day(body.get("on")), _day(body.get("expires_on"))
    if on is not None and on > local_today():
        return False
    if (case.path_parameters or {}).get("action") == "issue":
        return on is not None and expires is not None and expires > on
    return True


def _child_dated(case: Any) -> bool:
    return _children_dated([_body(case)])


def _report_after_campaign(case: Any) -> bool:
    body = _body(case)
    held, due = _day(body.get("held_on")), _day(body.get("report_due_on"))
    return held is None or due is None or held <= due


def _quarter_ended(case: Any) -> bool:
    """``quarter`` (its description): one that has ended, the default one included."""
    query = case.query or {}
    year, quarter = _number(query.get("year")), _number(query.get("quarter"))
    year, quarter = default_quarter(year, quarter, local_today())
    return quarter not in QUARTER_ENDS or QUARTER_ENDS[quarter](year) < local_today()


def _ages_of_rules_in_order(case: Any) -> bool:
    """A point's ``rules``: ``max_age`` not below ``min_age`` (their defaults where left out)."""
    rules = _body(case).get("rules")
    if not isinstance(rules, dict):
        return True
    low, high = rules.get("min_age", 18), rules.get("max_age", 60)
    return not (isinstance(low, int) and isinstance(high, int)) or low <= high


def _signed_not_in_future(case: Any) -> bool:
    signed = _day(_body(case).get("signed_on"))
    return signed is None or signed <= local_today()


def _not_in_future(field: str) -> Callable[[Any], bool]:
    """``field`` (its description): a day not after today."""

    def rule(case: Any) -> bool:
        day = _day(_body(case).get(field))
        return day is None or day <= local_today()

    return rule


def _issued_not_in_future(case: Any) -> bool:
    issued = _day(_body(case).get("issued_on"))
    return issued is None or issued <= local_today()


def _effective_not_in_future(case: Any) -> bool:
    """The resident's birth is not known here: the other end of the range is the 422 declared."""
    effective = _day(_body(case).get("effective_date"))
    return effective is None or effective <= local_today()


def _expires_after_effective(case: Any) -> bool:
    body = _body(case)
    effective, expires = _day(body.get("effective_on")), _day(body.get("expires_on"))
    return effective is None or expires is None or effective <= expires


def _ends_after_start(case: Any) -> bool:
    body = _body(case)
    start, end = _day(body.get("started_on")), _day(body.get("ended_on"))
    return end is None or (start is not None and start <= end)


def _correct_answers_possible(case: Any) -> bool:
    """A survey's ``correct_answers``: at most ``questions`` × ``respondents`` (its description)."""
    body = _body(case)
    parts = [body.get(name) for name in ("correct_answers", "questions", "respondents")]
    if not all(isinstance(part, int | float) and not isinstance(part, bool) for part in parts):
        return True  # a case the schema refuses anyway
    correct, questions, respondents = parts
    return bool(correct <= questions * respondents)


def _names_its_purposes_variables(case: Any) -> bool:
    """A template's body names only the variables its purpose gives (the body's description; JSON
    Schema could say it only as a second pattern on the body, which Schemathesis cannot generate)."""
    body = _body(case)
    given = PURPOSE_VARIABLES.get(body.get("purpose"))
    text = body.get("body")
    if given is None or not isinstance(text, str):
        return True
    return all(name in given for name in re.findall(r"\$\{([a-z_][a-z0-9_]*)\}", text))


# operationId → the documented cross-field rule a schema-valid case must keep to be sent.
RULES: dict[str, Callable[[Any], bool]] = {
    "getDispensingReport": _span_at_most(MAX_REPORT_DAYS),
    "getStockOutReport": _span_at_most(MAX_REPORT_DAYS),
    "listResidents": _ages_in_order,
    "getAnnualReport": _year_begun,
    "getAnnualReportDocument": _year_begun,
    "listPublicPolicies": _searchable,
    "listPolicies": _searchable,
    "createFamily": _family_children_dated,
    "addFamilyChild": _child_dated,
    "stepMigrantPermit": _permit_dated,
    "createCampaign": _report_after_campaign,
    "getDashboard": _year_begun,
    "updateFamily": _certificate_together,
    # an update: the worker's started_on is not known here, so the only end sent is null
    "updateWorker": _ends_after_start,
    "createWorker": _ends_after_start,
    "createPolicy": _expires_after_effective,
    "signIntegrityAgreement": _signed_not_in_future,
    "submitMigrantCertificate": _issued_not_in_future,
    "recordMigrantDeparture": _not_in_future("departed_on"),
    "grantResidentConsent": _not_in_future("granted_on"),
    "revokeResidentConsent": _not_in_future("revoked_on"),
    "changeResidentStatus": _effective_not_in_future,
    "getAccountabilityFlags": _quarter_ended,
    "createDistributionPoint": _ages_of_rules_in_order,
    "updateDistributionPoint": _ages_of_rules_in_order,
    # the policy's own dates are not known here: one date alone may be refused (the 422 says so)
    "updatePolicy": _expires_after_effective,
    "recordKnowledgeSurvey": _correct_answers_possible,
    "createNetworkMember": _not_in_future("joined_on"),
    "rectifyConductFinding": _not_in_future("rectified_on"),
    "createMessageTemplate": _names_its_purposes_variables,
}


@schemathesis.hook
def filter_case(context: Any, case: Any) -> bool:
    if not _positive(case):
        return True
    rule = RULES.get(_operation_id(case))
    return _ranges_in_order(case) and (rule is None or rule(case))


@schemathesis.check
def schema_valid_requests_are_parsed(ctx: Any, response: Any, case: Any) -> None:
    """A schema-valid case is never refused by the request parser: where positive_data_acceptance
    accepts a 422 (a refusal for the state of the records named), it must be the service's."""
    if not _positive(case) or response.status_code != 422:
        return None
    try:
        detail = response.json().get("detail")
    except ValueError:
        detail = None
    if detail in (INVALID_FIELDS, INVALID_JSON):
        raise AssertionError(f"A schema-valid request was refused by the parser: {response.text[:500]}")
    return None

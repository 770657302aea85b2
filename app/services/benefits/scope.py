"""Scope of the benefits area's records: every list, read, write, export and sync of a record uses
its function here.

Cases (applications, enrolments, reverification checks, recoveries) are seen by their community or
employer unit and the orgs above (``authz.case_scope``); a public notice by its community and above;
bank accounts with their resident; programs and reverification rounds by their org, the orgs above
and those beneath; payment batches by their street and above, or by the unit that pays them.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select

from app.authz import Principal, case_scope, in_subtree, resident_scope
from app.models.benefits.bank import BankAccount
from app.models.benefits.benefit import BenefitApplication, BenefitProgram
from app.models.benefits.enrolment import Enrolment, ReverificationCheck, ReverificationRound
from app.models.benefits.notice import PublicNotice
from app.models.benefits.payment import PaymentBatch, PaymentLine
from app.models.benefits.recovery import Recovery
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident


def application_scope(principal: Principal) -> ColumnElement[bool]:
    return case_scope(BenefitApplication.community_id, BenefitApplication.unit_id, principal)


def account_scope(principal: Principal) -> ColumnElement[bool]:
    """Accounts of the residents the caller may see."""
    return BankAccount.resident_id.in_(select(Resident.id).where(resident_scope(principal)))


def enrolment_scope(principal: Principal) -> ColumnElement[bool]:
    return case_scope(Enrolment.community_id, Enrolment.unit_id, principal)


def notice_scope(principal: Principal) -> object:
    """A notice is seen by the staff of its community and those above it (a unit: none)."""
    return case_scope(PublicNotice.community_id, PublicNotice.community_id, principal)


def batch_scope(principal: Principal) -> ColumnElement[bool]:
    """The street (and district above it) sees its batches; a unit the batches it pays."""
    street_path = select(Org.path).where(Org.id == PaymentBatch.street_id).scalar_subquery()
    if principal.org_kind is OrgKind.unit:
        return PaymentBatch.payer_org_id == principal.org_id
    return in_subtree(street_path, principal)


def line_scope(principal: Principal) -> ColumnElement[bool]:
    """Lines of the batches the caller may see."""
    return PaymentLine.batch_id.in_(select(PaymentBatch.id).where(batch_scope(principal)))


def program_scope(principal: Principal) -> ColumnElement[bool]:
    """Programs run by the caller's org, an org above it (the district) or one beneath it."""
    owner_path = select(Org.path).where(Org.id == BenefitProgram.owner_org_id).scalar_subquery()
    return or_(principal.path_value().startswith(owner_path), in_subtree(owner_path, principal))


def recovery_scope(principal: Principal) -> ColumnElement[bool]:
    return case_scope(Recovery.community_id, Recovery.unit_id, principal)


def round_scope(principal: Principal) -> ColumnElement[bool]:
    """A round is visible to its street, the district above and the communities and units under it."""
    street_path = select(Org.path).where(Org.id == ReverificationRound.street_id).scalar_subquery()
    return or_(in_subtree(street_path, principal), principal.path_value().startswith(street_path))


def check_scope(principal: Principal) -> ColumnElement[bool]:
    return case_scope(ReverificationCheck.community_id, ReverificationCheck.unit_id, principal)

"""Scope of leadership records: a book (and its assignments and evaluation) is seen where its org is.

Budgets, spendings, accountability cases and period reports likewise; an institution document is
also seen by the orgs below its own (it is shared) but edited only in its org's subtree; evidence
files where what cites them is seen; report forms by the district they belong to.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, SQLColumnExpression, exists, func, or_, select, true

from app.authz import Principal, scoped_org_ids, shared_scope
from app.models.core.org import Org
from app.models.leadership.accountability import AccountabilityCase, AccountabilityFollowUp
from app.models.leadership.assignment import Assignment, AssignmentNote
from app.models.leadership.book import BookAmendment, ResponsibilityBook
from app.models.leadership.evaluation import Evaluation
from app.models.leadership.indicator import Indicator
from app.models.leadership.institution import InstitutionDocument
from app.models.leadership.period_report import PeriodReport, ReportForm
from app.models.leadership.safeguards import Budget, BudgetLine, BudgetSpending, EvidenceFile


def org_id_scope(org_id_column: SQLColumnExpression[int], principal: Principal) -> ColumnElement[bool]:
    """The community sees its own, the unit its own, the street every community and unit beneath it."""
    return org_id_column.in_(scoped_org_ids(principal))


def case_scope(principal: Principal) -> ColumnElement[bool]:
    return org_id_scope(AccountabilityCase.org_id, principal)


def follow_up_scope(principal: Principal) -> ColumnElement[bool]:
    return AccountabilityFollowUp.case_id.in_(select(AccountabilityCase.id).where(case_scope(principal)))


def assignment_scope(principal: Principal) -> ColumnElement[bool]:
    return org_id_scope(Assignment.org_id, principal)


def note_scope(principal: Principal) -> ColumnElement[bool]:
    return AssignmentNote.assignment_id.in_(select(Assignment.id).where(assignment_scope(principal)))


def book_scope(principal: Principal) -> ColumnElement[bool]:
    return org_id_scope(ResponsibilityBook.org_id, principal)


def amendment_scope(principal: Principal) -> ColumnElement[bool]:
    return BookAmendment.book_id.in_(select(ResponsibilityBook.id).where(book_scope(principal)))


def evaluation_scope(principal: Principal) -> ColumnElement[bool]:
    return org_id_scope(Evaluation.org_id, principal)


def file_scope(principal: Principal) -> ColumnElement[bool]:
    return or_(
        EvidenceFile.org_id.in_(scoped_org_ids(principal)),
        exists().where(
            BudgetSpending.evidence_file_id == EvidenceFile.id,
            BudgetSpending.org_id.in_(scoped_org_ids(principal)),
        ),
        exists().where(
            InstitutionDocument.file_id == EvidenceFile.id,
            shared_scope(InstitutionDocument.org_id, principal),
        ),
    )


def form_scope(principal: Principal) -> ColumnElement[bool]:
    """The forms of the caller's district: the form's district path starts the caller's path."""
    return exists().where(
        Org.id == ReportForm.district_id, func.starts_with(principal.path_value(), Org.path)
    )


def report_scope(principal: Principal) -> ColumnElement[bool]:
    return org_id_scope(PeriodReport.org_id, principal)


def budget_scope(principal: Principal) -> ColumnElement[bool]:
    return org_id_scope(Budget.org_id, principal)


def budget_line_scope(principal: Principal) -> ColumnElement[bool]:
    return org_id_scope(BudgetLine.org_id, principal)


def spending_scope(principal: Principal) -> ColumnElement[bool]:
    return org_id_scope(BudgetSpending.org_id, principal)


def institution_scope(principal: Principal) -> ColumnElement[bool]:
    """An institution document is read in its org's subtree and by the orgs above it (shared)."""
    return shared_scope(InstitutionDocument.org_id, principal)


def editable_institution_scope(principal: Principal) -> ColumnElement[bool]:
    """An institution document is repealed only inside its own org's subtree: narrower than the read
    scope (:func:`institution_scope`), which also shows the documents of the orgs above."""
    return org_id_scope(InstitutionDocument.org_id, principal)


def indicator_scope(_principal: Principal | None) -> ColumnElement[bool]:
    """Every caller sees the whole active catalogue."""
    return Indicator.active.is_(true())

"""Benefit writes for scripts/capture_examples.py (after scripts/example_writes.py's people):
applications, enrolments, payments, re-verification, notices, and a late death that leaves an
overpayment to recover."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from scripts.example_writes import V1, day, made, write


# -- benefits -----------------------------------------------------------------------------------
@write("checkBenefitEligibility")
async def _eligibility(w: Any) -> Any:
    return "street", f"{V1}/benefit-programs/1/eligibility-check", {"family_id": made(w, "createFamily")}


async def _eligible_family(w: Any, program: int) -> int:
    """A community-a family the program's rules admit and that has no application yet."""
    applied = {a["family_id"] for a in await w.items(f"{V1}/benefit-applications", ("community-a",))}
    for family in await w.items(f"{V1}/families", ("community-a",)):
        if family["id"] in applied:
            continue
        path = f"{V1}/benefit-programs/{program}/eligibility-check"
        answer = await w.call("community-a", "post", path, json={"family_id": family["id"]})
        if answer.status_code == 200 and answer.json()["eligible"]:
            return int(family["id"])
    raise KeyError(f"an eligible family for program {program}")


@write("createBenefitApplication")
async def _application(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/benefit-applications",
        {
            "family_id": await _eligible_family(w, 1),
            "program_id": 1,
            "materials": ["honour_certificate", "household_register", "id_card"],
            "note": "持独生子女父母光荣证申请奖励",
        },
    )


@write("updateBenefitApplication")
async def _update_application(w: Any) -> Any:
    path = f"{V1}/benefit-applications/{made(w, 'createBenefitApplication')}"
    return "community-a", path, {"note": "家庭困难，申请街道特别救助（已补充说明）"}


@write("submitBenefitApplication")
async def _submit(w: Any) -> Any:
    return "community-a", f"{V1}/benefit-applications/{made(w, 'createBenefitApplication')}/submit", None


@write("reviewBenefitApplication")
async def _review(w: Any) -> Any:
    submitted = await w.first(f"{V1}/benefit-applications", ("community-a",), status="submitted")
    path = f"{V1}/benefit-applications/{submitted['id']}/review"
    return (
        "community-a",
        path,
        {"decision": "return", "comment": "请补充身份证复印件", "missing_materials": ["id_card"]},
    )


@write("withdrawBenefitApplication")
async def _withdraw(w: Any) -> Any:
    path = f"{V1}/benefit-applications/{made(w, 'createBenefitApplication')}/withdraw"
    return "community-a", path, {"reason": "申请人决定暂不申请"}


@write("addBenefitProgramStandard")
async def _standard(w: Any) -> Any:
    return (
        "district",
        f"{V1}/benefit-programs/2/standards",
        {
            "amount_fen": 50000,
            "effective_from": "2027-01",
            "basis_document": "渝卫发〔2026〕12号",
        },
    )


@write("setBeneficiaryBankAccount")
async def _bank(w: Any) -> Any:
    enrolment = await w.first(f"{V1}/benefit-enrolments", ("street",), status="active")
    path = f"{V1}/benefit-beneficiaries/{enrolment['beneficiary_id']}/bank-account"
    return "street", path, {"bank_name": "重庆农村商业银行解放碑支行", "account_number": "6214620012345678"}


@write("suspendBenefitEnrolment")
async def _suspend(w: Any) -> Any:
    enrolment = await w.first(f"{V1}/benefit-enrolments", ("street",), status="active")
    w.made["enrolment"] = enrolment
    return (
        "street",
        f"{V1}/benefit-enrolments/{enrolment['id']}/suspend",
        {"reason": "扶助对象外出，暂停发放待核实"},
    )


@write("resumeBenefitEnrolment")
async def _resume(w: Any) -> Any:
    path = f"{V1}/benefit-enrolments/{made(w, 'enrolment')}/resume"
    return "street", path, {"reason": "已核实，恢复发放", "back_pay": True}


@write("endBenefitEnrolment")
async def _end(w: Any) -> Any:
    return "street", f"{V1}/benefit-enrolments/{made(w, 'enrolment')}/end", {"reason": "扶助对象已迁出本街道"}


@write("generatePaymentBatch")
async def _batch(w: Any) -> Any:
    return "street", f"{V1}/payment-batches", {"program_id": 4, "period": "2026-06"}


@write("approvePaymentBatch")
async def _approve(w: Any) -> Any:
    return "street", f"{V1}/payment-batches/{made(w, 'generatePaymentBatch')}/approve", None


@write("markPaymentBatchPaid")
async def _paid(w: Any) -> Any:
    return "street", f"{V1}/payment-batches/{made(w, 'generatePaymentBatch')}/mark-paid", None


@write("recordBankAnswers")
async def _answers(w: Any) -> Any:
    batch = made(w, "generatePaymentBatch")
    lines = await w.items(f"{V1}/payment-batches/{batch}/lines", ("street",))
    answers = [{"line_id": line["id"], "result": "paid"} for line in lines[:1]]
    answers += [{"line_id": line["id"], "result": "returned", "reason": "账户已销户"} for line in lines[1:2]]
    return "street", f"{V1}/payment-batches/{batch}/bank-answers", {"lines": answers}


@write("openReverificationRound")
async def _round(w: Any) -> Any:
    return "street", f"{V1}/reverifications", {"year": 2026, "deadline": day(14)}


@write("recordReverificationCheck")
async def _check(w: Any) -> Any:
    round_id = made(w, "openReverificationRound")
    check = (await w.items(f"{V1}/reverifications/{round_id}/checks", ("street",)))[0]
    path = f"{V1}/reverifications/{round_id}/checks/{check['id']}"
    return "street", path, {"outcome": "confirm", "reason": "入户核实，情况属实"}


@write("closeReverificationRound")
async def _close_round(w: Any) -> Any:
    w.later(15)  # a round closes after its deadline
    return "street", f"{V1}/reverifications/{made(w, 'openReverificationRound')}/close", None


@write("fileNoticeObjection")
async def _objection(w: Any) -> Any:
    notice = (await w.items(f"{V1}/public/notices", (None,), current="true"))[-1]
    w.made["notice"] = notice
    path = f"{V1}/public-notices/{notice['id']}/objections"
    return (
        "street",
        path,
        {
            "entry_id": notice["entries"][0]["entry_id"],
            "reason": "群众反映该户子女仍健在",
            "contact": "13800001111",
        },
    )


@write("resolveNoticeObjection")
async def _resolve(w: Any) -> Any:
    path = f"{V1}/public-notices/{made(w, 'notice')}/objections/{made(w, 'fileNoticeObjection')}/resolve"
    return "street", path, {"decision": "dismiss", "comment": "经入户核实，反映情况不属实"}


@write("updateBenefitProgram")
async def _program(w: Any) -> Any:
    return "district", f"{V1}/benefit-programs/4", {"criteria_note": "街道认定的特殊困难计生家庭，每月救助"}


async def _paid_line(w: Any) -> dict[str, Any]:
    """A regular line of a paid batch: its month was paid, so an event before it is an overpayment."""
    batch = await w.first(f"{V1}/payment-batches", ("street",), status="paid", program_id=1)
    return dict((await w.items(f"{V1}/payment-batches/{batch['id']}/lines", ("street",)))[0])


@write("changeResidentStatus")
async def _death(w: Any) -> Any:
    line = await _paid_line(w)
    w.made["paid-line"] = line
    path = f"{V1}/residents/{line['beneficiary_id']}/status"
    before = date.fromisoformat(f"{line['period']}-01") - timedelta(days=11)  # the month before
    return "community-a", path, {"status": "deceased", "effective_date": before.isoformat()}


@write("clearBenefitEnrolmentReview")
async def _clear(w: Any) -> Any:
    path = f"{V1}/benefit-enrolments/{w.made['paid-line']['enrolment_id']}/clear-review"
    return "community-a", path, {"reason": "已核验死亡医学证明，确认停发"}


@write("refundBenefitRecovery")
async def _refund(w: Any) -> Any:
    recovery = (await w.items(f"{V1}/benefit-recoveries", ("street",)))[0]
    w.made["recovery"] = recovery
    return (
        "street",
        f"{V1}/benefit-recoveries/{recovery['id']}/refunds",
        {
            "amount_fen": 500,
            "reference": "解放碑街道财政所收款单 2026-0615-01",
            "refunded_on": day(-1),
        },
    )


@write("writeOffBenefitRecovery")
async def _write_off(w: Any) -> Any:
    path = f"{V1}/benefit-recoveries/{made(w, 'recovery')}/write-off"
    return "street", path, {"reason": "继承人无力退还，经街道审批核销"}


@write("enrolBenefitOtherParent")
async def _other_parent(w: Any) -> Any:
    """An active special-support enrolment whose family has no other special-support enrolment."""
    for enrolment in await w.items(f"{V1}/benefit-enrolments", ("street",), program_id=3, status="active"):
        family = await w.items(f"{V1}/benefit-enrolments", ("street",), family_id=enrolment["family_id"])
        if len([e for e in family if e["program_id"] in (2, 3)]) == 1:
            path = f"{V1}/benefit-enrolments/{enrolment['id']}/other-parent"
            return "street", path, {"note": "另一方同样符合特别扶助条件"}
    raise KeyError("a special-support family with one parent enrolled")


@write("importBenefitEnrolments")
async def _import_enrolments(w: Any) -> Any:
    family = await _eligible_family(w, 1)
    check = await w.call(
        "street", "post", f"{V1}/benefit-programs/1/eligibility-check", json={"family_id": family}
    )
    return (
        "street",
        f"{V1}/benefit-enrolments/import",
        {
            "program_id": 1,
            "rows": [
                {
                    "family_id": family,
                    "beneficiary_id": check.json()["beneficiary_ids"][0],
                    "approval_document_no": "解放碑街办〔2019〕15号",
                    "approved_on": "2019-03-01",
                    "starts_on": "2019-04-01",
                }
            ],
        },
    )

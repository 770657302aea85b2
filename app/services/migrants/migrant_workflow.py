"""A migrant's stay and 婚育证明 as tables (the residence permit's is ``PERMIT_WORKFLOW``).

Every step on a migrant's record needs the migrant present: once departed, the record stays for the
statistics and every step answers 409 ("The migrant has departed", with the current state).
"""

from __future__ import annotations

from app.models.migrants.migrant import CertificateStatus, MigrantStatus
from app.workflow import Workflow, step

DEPARTED = "The migrant has departed"

MIGRANT_WORKFLOW = Workflow(
    "migrant",
    MigrantStatus,
    [
        step(
            "record",
            [MigrantStatus.present],
            MigrantStatus.present,
            "migrants:write",
            "the certificate, the residence permit, a hand-over: while the migrant is present",
            zh="登记",
            en="Record",
            refusal=DEPARTED,
        ),
        step(
            "depart",
            [MigrantStatus.present],
            MigrantStatus.departed,
            "migrants:write",
            "with the destination, between arrival and today; moves the resident out (a life event: "
            "also needs residents:life-events)",
            zh="流出",
            en="Depart",
            refusal=DEPARTED,
        ),
    ],
)

C = CertificateStatus
CERTIFICATE_WORKFLOW = Workflow(
    "migrant_certificate",
    CertificateStatus,
    [
        step(
            "submit",
            [C.missing, C.submitted, C.verified],
            C.submitted,
            "migrants:write",
            "number, issuing place and a date not in the future; handing in again replaces it",
            zh="提交",
            en="Submit",
        ),
        step(
            "verify",
            [C.submitted],
            C.verified,
            "migrants:write",
            "the registration place confirmed it",
            zh="查验",
            en="Verify",
            refusal="Only a submitted certificate can be verified",
        ),
    ],
    attribute="certificate_status",
)

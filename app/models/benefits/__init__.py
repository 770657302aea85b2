"""Task 3 interest orientation (利益导向): programs, applications, notices, enrolments, payments."""

from app.models.benefits import (  # noqa: F401
    bank,
    benefit,
    enrolment,
    labels,  # noqa: F401, E402 - registers the area's enum labels
    notice,
    payment,
    recovery,
)

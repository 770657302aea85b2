"""Task 6 quality services (优质服务): screening, referrals, contraceptives and stock."""

from app.models.quality import (  # noqa: F401
    contraceptive,
    five_links,
    labels,  # noqa: F401, E402 - registers the area's enum labels
    pregnancy,
    referral,
    screening,
    stock,
    stock_days,
)

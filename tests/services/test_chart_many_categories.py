"""A bar chart of a district's hundred communities renders: their names no longer fit their slots
(fpdf2 refused the narrow slot and the annual report's PDF answered 500), so they are numbered."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from pypdf import PdfReader

from app.documents.blocks import BarChart, Document
from app.documents.pdf import render


def test_a_chart_too_narrow_for_names_numbers_its_categories() -> None:
    names = tuple(f"测试街道{n // 10}社区{n % 10}" for n in range(120))
    chart = BarChart("已筛查与目标数", names, (("已筛查", tuple(float(n) for n in range(120))),), unit="人")
    content = render(Document("报告", "渝中区", datetime(2026, 12, 1, tzinfo=UTC), (chart,)))
    text = PdfReader(io.BytesIO(content)).pages[0].extract_text().replace("\x00", "")
    assert "已筛查与目标数" in text
    assert "测试街道3社区4" not in text
    # every fourth category numbered (166 mm over 120 slots, a number every 5 mm), in order
    assert "1 5 9 13" in text and "113117" in text.replace(" ", "")

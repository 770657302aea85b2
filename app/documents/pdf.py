"""Set a :class:`~app.documents.blocks.Document` on A4 pages as a PDF (fpdf2, Noto Sans SC).

Chinese text needs a font that has its glyphs, embedded in the file so that any viewer shows it
(docs/architecture.md, "Printed documents", says why fpdf2 and this font). The font is Noto Sans SC
(SIL Open Font License 1.1) as the ``pylopdf-fonts-zh-cn`` package installs it: no system font is
assumed. Only the glyphs a document uses are embedded (a subset: tens of kilobytes, not the 8 MB
file), and the font's tables are read only for the characters the document holds, which the
blocks tell before anything is drawn.

The bytes depend on the document alone: the creation date and the file identifier come from
``generated_at`` (the office's clock), fpdf2 writes its objects in a fixed order, and the subset's
name prefix is fixed, so the same record at the same instant gives the same file.
"""

from __future__ import annotations

from datetime import UTC
from functools import cache
from pathlib import Path

import pylopdf_fonts_zh_cn
import segno
from fpdf import FPDF
from fpdf.enums import TextMode, XPos, YPos
from fpdf.fonts import FontFace

from app.clock import CHINA
from app.documents import charts
from app.documents.blocks import (
    BarChart,
    Block,
    Document,
    Fields,
    Heading,
    LineChart,
    Paragraph,
    QRCode,
    Signatures,
    Spacer,
    Table,
)

FONT = "noto-sans-sc"
MARGIN_MM = 18
FOOTER = "生成时间：{at}（北京时间）    第 {page} 页 / 共 {nb} 页"  # {nb}: fpdf2 puts the page count
# Always available: ASCII and the characters the renderer adds itself (footer, signature lines).
_FIXED_TEXT = "".join(chr(c) for c in range(0x20, 0x7F)) + FOOTER + "签字：日期：年月日＿　、"
QR_SIZE_MM = 32
GREY = (90, 90, 90)
RULE = (160, 160, 160)


@cache
def font_path() -> Path:
    """The installed Noto Sans SC file (a missing install fails loudly, at the first document)."""
    path = Path(pylopdf_fonts_zh_cn.sans_path())
    if not path.is_file():  # pragma: no cover - an install without the package's data
        raise RuntimeError(f"the Chinese font is not installed: {path}")
    return path


class _Pages(FPDF):
    """fpdf2 with the footer every page carries: the generation time and the page count."""

    footer_text = ""

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, size=8)
        self.set_text_color(*GREY)
        self.cell(0, 6, self.footer_text.replace("{page}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)


def render(document: Document) -> bytes:
    """The document as PDF bytes."""
    pdf = _Pages(orientation="L" if document.landscape else "P", unit="mm", format="A4")
    pdf.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
    pdf.set_auto_page_break(True, margin=18)
    characters = sorted({ord(c) for text in (_FIXED_TEXT, *document.texts()) for c in text})
    pdf.add_font(FONT, fname=str(font_path()), unicode_range=characters)
    at = document.generated_at.astimezone(UTC).replace(microsecond=0)
    pdf.set_creation_date(at)
    pdf.set_title(document.title)
    pdf.set_author(document.issuer)
    pdf.set_subject(document.subject or document.title)
    pdf.set_creator("fpwork")
    pdf.set_lang("zh-CN")
    pdf.footer_text = FOOTER.replace("{at}", at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M"))
    pdf.add_page()
    _title(pdf, document)
    for block in document.blocks:
        _block(pdf, block)
    return bytes(pdf.output())


def _bold(pdf: FPDF) -> object:
    """Bold by stroking the outlines (one regular face is embedded, not a bold one)."""
    return pdf.local_context(text_mode=TextMode.FILL_STROKE, line_width=0.18)


def _title(pdf: FPDF, document: Document) -> None:
    pdf.set_font(FONT, size=18)
    with _bold(pdf):  # type: ignore[attr-defined]
        pdf.multi_cell(0, 10, document.title, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if document.issuer:
        pdf.set_font(FONT, size=11)
        pdf.set_text_color(*GREY)
        pdf.multi_cell(0, 7, document.issuer, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
    pdf.ln(4)


def _block(pdf: FPDF, block: Block) -> None:
    if isinstance(block, Heading):
        pdf.ln(2)
        pdf.set_font(FONT, size=13)
        with _bold(pdf):  # type: ignore[attr-defined]
            pdf.multi_cell(0, 8, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
    elif isinstance(block, Paragraph):
        pdf.set_font(FONT, size=block.size)
        text = ("　　" if block.indent else "") + block.text
        pdf.multi_cell(0, block.size * 0.6, text, align=block.align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
    elif isinstance(block, Fields):
        _fields(pdf, block)
    elif isinstance(block, Table):
        _table(pdf, block)
    elif isinstance(block, QRCode):
        _qr_code(pdf, block)
    elif isinstance(block, Signatures):
        _signatures(pdf, block)
    elif isinstance(block, LineChart | BarChart):
        charts.draw(pdf, block, FONT)
    elif isinstance(block, Spacer):
        pdf.ln(block.height_mm)


def _fields(pdf: FPDF, block: Fields) -> None:
    pdf.set_font(FONT, size=11)
    label_width = max(pdf.get_string_width(label + "：") for label, _ in block.rows) + 2
    for label, value in block.rows:
        pdf.set_text_color(*GREY)
        pdf.cell(label_width, 7, label + "：")
        pdf.set_text_color(0, 0, 0)
        pdf.multi_cell(0, 7, value or "—", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)


def _table(pdf: FPDF, block: Table) -> None:
    pdf.set_font(FONT, size=block.size)
    total = sum(c.width for c in block.columns)
    heading = FontFace(emphasis="NONE", fill_color=(236, 236, 236))
    with pdf.table(
        col_widths=tuple(c.width / total for c in block.columns),
        text_align=tuple(c.align for c in block.columns),
        line_height=block.size * 0.5,
        padding=1,
        headings_style=heading,
        repeat_headings=1,
        first_row_as_headings=True,
    ) as table:
        header = table.row()
        for column in block.columns:
            header.cell(column.title, align="C")
        for values in block.rows:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(3)


def _qr_code(pdf: FPDF, block: QRCode) -> None:
    if pdf.will_page_break(QR_SIZE_MM + 2):
        pdf.add_page()
    matrix = segno.make(block.data, error="m", micro=False).matrix
    module = QR_SIZE_MM / len(matrix)
    left, top = pdf.l_margin, pdf.get_y()
    pdf.set_fill_color(0, 0, 0)
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):  # one rectangle per run of dark modules
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            pdf.rect(left + start * module, top + y * module, (x - start) * module, module, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.set_xy(left + QR_SIZE_MM + 5, top + 2)
    pdf.set_font(FONT, size=10)
    pdf.multi_cell(0, 6, block.caption, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    bottom = max(pdf.get_y(), top + QR_SIZE_MM)
    pdf.set_font(FONT, size=11)
    for n, line in enumerate(block.closing):
        pdf.set_xy(pdf.l_margin, bottom - 7 * (len(block.closing) - n))
        pdf.cell(0, 7, line, align="R")
    pdf.set_y(bottom + 3)


def _signatures(pdf: FPDF, block: Signatures) -> None:
    height = 34
    if pdf.will_page_break(height):
        pdf.add_page()
    pdf.ln(4)
    width = pdf.epw / max(len(block.parties), 1)
    top = pdf.get_y()
    pdf.set_font(FONT, size=11)
    for index, (party, name) in enumerate(block.parties):
        left = pdf.l_margin + index * width
        pdf.set_xy(left, top)
        with _bold(pdf):  # type: ignore[attr-defined]
            pdf.multi_cell(width - 6, 7, party, new_x=XPos.LEFT, new_y=YPos.NEXT)
        if name:
            pdf.set_x(left)
            pdf.cell(width - 6, 7, name, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_x(left)
        pdf.cell(width - 6, 9, "签字：＿＿＿＿＿＿＿＿", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_x(left)
        pdf.cell(width - 6, 9, "日期：　　　　年　　月　　日", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_xy(pdf.l_margin, top + height)

"""Reading an uploaded file before anything parses it: the one place every upload's bytes pass.

An upload is the body of the request (``POST /imports`` is the only endpoint that takes a file).
What is checked, in this order, each a problem answer before anything is stored:

* **Size** (413 ``payload-too-large``): ``FPW_IMPORT_MAX_BYTES`` (64 MiB), enforced by
  app/middleware.py while the body arrives, declared (``Content-Length``) or streamed: reading
  stops at the limit, nothing beyond it is held in memory.
* **Archives and binary office files** (415 ``unsupported-file``): a ZIP (XLSX, ODS, DOCX — and a zip
  bomb), an OLE2 file (old XLS) or gzip is recognised by its first bytes and refused *unopened*: the
  API never unpacks an upload and never hands one to openpyxl, so no archive's uncompressed size
  or member count is ever spent. Save the sheet as CSV.
* **Text encoding** (422): UTF-8 (with or without the BOM Excel writes for "CSV UTF-8"), else
  GB18030, the superset of GBK that Excel on Chinese Windows writes for plain "CSV"; bytes that are
  neither are refused. NUL characters are refused.
* **Records** (422 / 413 ``too-many-rows``): the whole file is read once as records — a CSV field
  larger than the csv module's limit (128 KiB) or an unclosed quote running to the end is a 422 at
  upload, not a failed job later — and more than ``FPW_IMPORT_MAX_ROWS`` (100,000) data rows is
  413: split the file. The job then works through the rows a chunk at a time.

Cell values are text and nothing else: no formula is ever evaluated. A free-text value that starts
like a spreadsheet formula (``=``, ``+``, ``-``, ``@``) refuses its row with a per-row reason (see
``app/services/migrants/import_rows.py``); exports neutralise every cell anyway
(app/spreadsheet_cells.py).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from app.errors import AppError, PayloadTooLarge, Unprocessable

ENCODINGS = ("utf-8-sig", "gb18030")
# First bytes of files that are not text: ZIP (local header, empty archive, spanned), OLE2, gzip.
_BINARY_MAGIC = {
    b"PK\x03\x04": "a ZIP archive (XLSX, ODS …)",
    b"PK\x05\x06": "a ZIP archive (XLSX, ODS …)",
    b"PK\x07\x08": "a ZIP archive (XLSX, ODS …)",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an OLE2 file (XLS)",
    b"\x1f\x8b": "a gzip file",
}


class UnsupportedFile(AppError):
    status_code = 415
    code = "unsupported-file"
    title = "Unsupported file type"
    title_zh = "不支持的文件类型"


class TooManyRows(PayloadTooLarge):
    code = "too-many-rows"
    title = "Too many rows"
    title_zh = "行数过多"


@dataclass(frozen=True)
class TextUpload:
    text: str
    encoding: str  # the one it was read in: "utf-8-sig" or "gb18030"
    rows: int  # data rows (CSV records after the header; NDJSON non-blank lines)


def decode(body: bytes) -> tuple[str, str]:
    """The upload's text and the encoding it was read in; 415 for archives, 422 for non-text."""
    for magic, what in _BINARY_MAGIC.items():
        if body.startswith(magic):
            raise UnsupportedFile(
                f"The file is {what}; it is not opened. Save the sheet as CSV (UTF-8 or GBK) and upload that",
                zh=f"该文件不是文本（{what}），未打开。请在表格软件中另存为 CSV（UTF-8 或 GBK）后上传",
            )
    for encoding in ENCODINGS:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            raise Unprocessable("The file holds NUL characters", zh="文件中含有 NUL 字符")
        return text, encoding
    raise Unprocessable(
        "The file is not text in UTF-8 or GB18030/GBK",
        zh="文件不是 UTF-8 或 GB18030/GBK 编码的文本",
    )


def count_rows(text: str, *, csv_header: bool, max_rows: int) -> int:
    """Data rows in ``text`` (CSV with a header row, or NDJSON); 422 for a CSV that cannot be read as
    records, 413 past ``max_rows`` (counting stops there)."""
    rows = 0
    if csv_header:
        try:
            for record in csv.reader(io.StringIO(text)):
                if record:  # a blank line is no record (csv.DictReader skips it too)
                    rows += 1
                    if rows - 1 > max_rows:
                        break
        except csv.Error as exc:
            raise Unprocessable(
                f"The CSV cannot be read: {exc} (record {rows + 1})",
                zh=f"无法读取该 CSV：{exc}（第 {rows + 1} 条记录）",
            ) from exc
        rows = max(rows - 1, 0)
    else:
        for line in io.StringIO(text):
            if line.strip():
                rows += 1
                if rows > max_rows:
                    break
    if rows > max_rows:
        raise TooManyRows(
            f"The file holds more than {max_rows} rows (FPW_IMPORT_MAX_ROWS); split it into smaller files",
            zh=f"文件超过 {max_rows} 行（FPW_IMPORT_MAX_ROWS），请拆分为较小的文件",
            extra={"max_rows": max_rows},
        )
    return rows


def read_text_upload(body: bytes, *, csv_header: bool, max_rows: int) -> TextUpload:
    """Decode and count an uploaded text file (blocking: call it off the event loop)."""
    text, encoding = decode(body)
    return TextUpload(text, encoding, count_rows(text, csv_header=csv_header, max_rows=max_rows))

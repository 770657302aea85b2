"""Evidence files (佐证材料): the scans and signed documents spending entries and institutions attach.

The request body is the file itself; only PDF, JPEG and PNG are kept, recognised by their first
bytes (the Content-Type must agree), and stored as uploaded with their SHA-256. A file is seen by
the org that uploaded it and those above, and by whoever sees a record that attaches it (a
community sees the invoice of spending on its line, and the signed rules of the street above it).
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from app import audit
from app.authz import Principal
from app.errors import Unprocessable
from app.models.leadership.safeguards import EvidenceFile
from app.services.core.loading import one_or_404
from app.services.leadership.scope import file_scope
from app.uploads import UnsupportedFile

# Content-Type → the first bytes such a file starts with.
KINDS = {
    "application/pdf": b"%PDF-",
    "image/jpeg": b"\xff\xd8\xff",
    "image/png": b"\x89PNG\r\n\x1a\n",
}


def _kind(content_type: str, body: bytes) -> str:
    declared = content_type.split(";", 1)[0].strip().lower()
    if declared == "application/octet-stream":  # the type is the one the first bytes show
        found = next((kind for kind, magic in KINDS.items() if body.startswith(magic)), None)
        if found is None:  # a type the request may send, but content that is none of them: 422
            raise Unprocessable(
                "The file is not a PDF, JPEG or PNG: its first bytes are none of theirs",
                loc=["body"],
                zh="文件不是 PDF、JPEG 或 PNG：文件开头的字节与这三种格式都不符",
            )
        return found
    if declared not in KINDS:
        raise UnsupportedFile(
            "Evidence is a PDF, JPEG or PNG file (Content-Type application/pdf, image/jpeg or image/png, "
            "or application/octet-stream)",
            zh="佐证材料须为 PDF、JPEG 或 PNG 文件"
            "（Content-Type 为 application/pdf、image/jpeg、image/png 或 application/octet-stream）",
        )
    if not body.startswith(KINDS[declared]):
        raise Unprocessable(
            f"The file is not {declared}: its first bytes do not match",
            loc=["body"],
            zh=f"文件内容与声明的类型 {declared} 不符",
        )
    return declared


async def upload(
    session: AsyncSession, principal: Principal, *, body: bytes, content_type: str, filename: str
) -> EvidenceFile:
    if not body:
        raise Unprocessable("The request body is the file; it is empty", zh="请求体应为文件内容，当前为空")
    kind = _kind(content_type, body)
    stored = EvidenceFile(
        org_id=principal.org_id,
        filename=filename,
        content_type=kind,
        size_bytes=len(body),
        sha256=hashlib.sha256(body).hexdigest(),
        content=body,
        uploaded_by=principal.user_id,
    )
    session.add(stored)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="evidence_file.upload",
        object_type="evidence_file",
        object_id=stored.id,
        scope_path=principal.org_path,
        detail={"filename": filename, "content_type": kind, "size_bytes": len(body), "sha256": stored.sha256},
    )
    return stored


async def visible(session: AsyncSession, principal: Principal, file_id: int) -> EvidenceFile:
    return await one_or_404(
        session,
        select(EvidenceFile).where(EvidenceFile.id == file_id, file_scope(principal)),
        "Evidence file",
    )


async def content(session: AsyncSession, principal: Principal, file_id: int) -> EvidenceFile:
    """The file with its bytes, in the caller's scope (404 outside it)."""
    return await one_or_404(
        session,
        select(EvidenceFile)
        .options(undefer(EvidenceFile.content))
        .where(EvidenceFile.id == file_id, file_scope(principal)),
        "Evidence file",
    )


async def usable(session: AsyncSession, principal: Principal, file_id: int, loc: str) -> EvidenceFile:
    """A file the caller may attach: one it sees (a 422 naming the field otherwise)."""
    found = (
        await session.execute(select(EvidenceFile).where(EvidenceFile.id == file_id, file_scope(principal)))
    ).scalar_one_or_none()
    if found is None:
        raise Unprocessable(
            f"Evidence file {file_id} not found", loc=["body", loc], zh=f"未找到佐证材料（编号 {file_id}）"
        )
    return found

"""Bulk import (批量导入) of residents or migrants from a district system, as a job with progress.

``POST /imports`` stores the file as a queued job; the worker processes it in chunks of
``CHUNK`` rows: every row is checked (see ``import_rows``), then upserted by ID number — a row equal
to what is stored changes nothing, so the same file twice changes nothing the second time. Per-row
mode writes the good rows (committing chunk by chunk) and reports the bad ones; all-or-nothing mode
writes in one transaction and rolls it all back when any row is bad. ``rows_done`` of ``total_rows``
shows the progress while it runs; the report lists every bad row with its problems by field.
"""

from __future__ import annotations

import functools
import hashlib
import io
import itertools
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, cast

import anyio.to_thread
from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app import audit, uploads
from app.authz import Principal
from app.config import Settings
from app.db import utcnow
from app.errors import ImportInProgress, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident, ResidentStatus
from app.models.migrants.imports import ImportFormat, ImportJob, ImportKind, ImportMode, ImportStatus
from app.security import mask_id_number, mask_phone, pii_cipher
from app.services.migrants import import_rows
from app.services.migrants.import_migrants import migrant_chunk, seen_twice
from app.services.migrants.import_rows import FileError, ResidentRow

CHUNK = 2000
RESIDENTS = cast(Table, Resident.__table__)
Progress = Callable[[int, int], None]


async def create_job(
    session: AsyncSession,
    principal: Principal,
    *,
    kind: ImportKind,
    fmt: ImportFormat,
    mode: ImportMode,
    body: bytes,
    max_rows: int,
) -> ImportJob:
    """Queue a file for the worker (street and district roles). The file is read once here, off the
    event loop (app/uploads.py: encoding, archives, records, the row cap), so a file the job could
    not read is refused now, with nothing stored."""
    if principal.org_kind not in (OrgKind.street, OrgKind.district):
        raise Unprocessable("Imports are made by a street or the district")
    upload = await anyio.to_thread.run_sync(
        functools.partial(
            uploads.read_text_upload, body, csv_header=fmt is ImportFormat.csv, max_rows=max_rows
        )
    )
    content = upload.text
    if not content.strip():
        raise Unprocessable("The file is empty")
    _check_shape(content, kind, fmt)
    digest = hashlib.sha256(body).hexdigest()
    await _refuse_if_importing(session, principal.org_id, kind, digest)
    job = ImportJob(
        org_id=principal.org_id,
        created_by=principal.user_id,
        kind=kind,
        format=fmt,
        mode=mode,
        status=ImportStatus.queued,
        content=content,
        content_sha256=digest,
        errors=[],
    )
    try:
        async with session.begin_nested():
            session.add(job)
            await session.flush()
    except IntegrityError:
        # The same file was queued by a request running at the same time (uq_import_jobs_active_file).
        await _refuse_if_importing(session, principal.org_id, kind, digest)
        raise
    await audit.record(
        session,
        actor=principal,
        action="import.queued",
        object_type="import_job",
        object_id=job.id,
        scope_path=principal.org_path,
        detail={
            "kind": kind.value,
            "mode": mode.value,
            "bytes": len(body),
            "rows": upload.rows,
            "encoding": upload.encoding,
        },
    )
    return job


async def _refuse_if_importing(session: AsyncSession, org_id: int, kind: ImportKind, digest: str) -> None:
    """A file is imported by one job at a time: 409 naming the queued or running job of the same
    file (org and kind); once that job is done the file may be uploaded again."""
    running = await session.scalar(
        select(ImportJob.id).where(
            ImportJob.org_id == org_id,
            ImportJob.kind == kind,
            ImportJob.content_sha256 == digest,
            ImportJob.status.in_([ImportStatus.queued, ImportStatus.running]),
        )
    )
    if running is not None:
        raise ImportInProgress(
            f"The same file is already being imported (import {running}); "
            "follow that import instead of uploading the file again",
            zh=f"同一文件正在导入（导入任务 {running}），请查看该任务的进度，勿重复上传",
            extra={"import_id": running},
        )


def _check_shape(content: str, kind: ImportKind, fmt: ImportFormat) -> None:
    """Refuse at once (422) a file that is not of the declared format: a CSV whose header does not
    name the columns, or NDJSON whose first record is not a JSON object. Rows are checked by the job."""
    fields = import_rows.RESIDENT_FIELDS if kind is ImportKind.residents else import_rows.MIGRANT_FIELDS
    head = "".join(itertools.islice(io.StringIO(content), 2))
    try:
        first = next(import_rows.read_rows(head, fmt, fields), None)
    except import_rows.FileError as exc:
        raise Unprocessable(str(exc), loc=["body"]) from exc
    if isinstance(first, str) or (first is None and fmt is ImportFormat.ndjson):
        raise Unprocessable(f"The file is not {fmt.value}: {first or 'no record'}", loc=["body"])


async def claim_next(sessionmaker: async_sessionmaker[AsyncSession]) -> int | None:
    """Take the oldest queued job (SKIP LOCKED: one worker per job)."""
    async with sessionmaker() as session:
        job = (
            await session.execute(
                select(ImportJob)
                .where(ImportJob.status == ImportStatus.queued)
                .order_by(ImportJob.id)
                .limit(1)
                .with_for_update(skip_locked=True)
            )
        ).scalar_one_or_none()
        if job is None:
            return None
        job.status = ImportStatus.running
        await session.commit()
        return job.id


async def mark_failed(sessionmaker: async_sessionmaker[AsyncSession], job_id: int) -> None:
    """A job that broke off (a bug, the database gone) is rejected rather than left running."""
    async with sessionmaker() as session:
        job = await session.get(ImportJob, job_id)
        if job is not None:
            job.status, job.error, job.finished_at = (
                ImportStatus.rejected,
                "processing failed; upload again",
                utcnow(),
            )
            await session.commit()


async def run_job(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    job_id: int,
    today: date,
    on_progress: Progress | None = None,
) -> ImportJob:
    """Process a claimed job to the end; progress is committed after every chunk."""
    async with sessionmaker() as meta:
        job = await meta.get(ImportJob, job_id)
        assert job is not None
        org = await meta.get(Org, job.org_id)
        assert org is not None
        fields = (
            import_rows.RESIDENT_FIELDS if job.kind is ImportKind.residents else import_rows.MIGRANT_FIELDS
        )

        def rows() -> Iterator[dict[str, Any] | str]:
            # Read again for every pass, a chunk at a time: the rows are never all in memory at once.
            return import_rows.read_rows(job.content or "", job.format, fields)

        try:
            total = sum(1 for _ in rows())
        except (FileError, ValueError) as exc:
            job.status, job.error, job.content, job.finished_at = (
                ImportStatus.rejected,
                str(exc)[:500],
                None,
                utcnow(),
            )
            await meta.commit()
            return job
        job.total_rows = total
        await meta.commit()
        orgs = {
            code: (org_id, OrgKind(kind))
            for code, org_id, kind in (
                await meta.execute(select(Org.code, Org.id, Org.kind).where(Org.path.startswith(org.path)))
            ).all()
        }
        # All or nothing: a checking pass first (nothing written, progress shown), then one write pass
        # in one transaction only if every row is good. Per row: one pass, committed chunk by chunk.
        passes = [False, True] if job.mode is ImportMode.all_or_nothing else [True]
        async with sessionmaker() as data:
            for write in passes:
                counts = {"created": 0, "updated": 0, "unchanged": 0}
                errors = import_rows.RowErrors()
                seen: set[str] = set()
                reader, start = rows(), 0
                while chunk := list(itertools.islice(reader, CHUNK)):
                    if job.kind is ImportKind.residents:
                        await _resident_chunk(data, settings, orgs, chunk, start, seen, counts, errors, write)
                    else:
                        await migrant_chunk(
                            data, settings, org, chunk, start, seen, counts, errors, today, write
                        )
                    start += len(chunk)
                    if job.mode is ImportMode.per_row or not write:
                        await data.commit()
                        job.rows_done = start
                        job.failed = len(errors)
                        await meta.commit()
                        if on_progress:
                            on_progress(job.rows_done, job.total_rows)
                if errors and job.mode is ImportMode.all_or_nothing:
                    counts = dict.fromkeys(counts, 0)
                    break
            await data.commit()
        job.status = (
            ImportStatus.rejected if errors and job.mode is ImportMode.all_or_nothing else ImportStatus.done
        )
        job.created, job.updated, job.unchanged = counts["created"], counts["updated"], counts["unchanged"]
        job.failed = len(errors)
        job.errors = errors.kept
        job.content = None
        job.finished_at = utcnow()
        await audit.record(
            meta,
            actor=None,
            actor_username="system:import",
            action=f"import.{job.status.value}",
            object_type="import_job",
            object_id=job.id,
            scope_path=org.path,
            detail={**counts, "failed": job.failed, "total": job.total_rows},
        )
        await meta.commit()
        return job


async def _resident_chunk(
    session: AsyncSession,
    settings: Settings,
    orgs: dict[str, tuple[int, OrgKind]],
    chunk: list[dict[str, Any] | str],
    offset: int,
    seen: set[str],
    counts: dict[str, int],
    errors: import_rows.RowErrors,
    write: bool,
) -> None:
    cipher = pii_cipher(settings)
    good: list[tuple[int, ResidentRow, str]] = []
    for i, raw in enumerate(chunk, start=offset + 1):
        if isinstance(raw, str):
            errors.append({"row": i, "errors": [{"field": "", "msg": raw}]})
            continue
        row, problems = import_rows.check_resident(raw, orgs)
        if row is None:
            errors.append({"row": i, "errors": problems})
        elif seen_twice(row.id_number, seen):
            errors.append({"row": i, "errors": [{"field": "id_number", "msg": "appears twice in the file"}]})
        else:
            good.append((i, row, cipher.lookup_hash(row.id_number)))
    if not good:
        return
    existing = {
        r.id_number_hash: r
        for r in (
            await session.execute(
                select(
                    Resident.id,
                    Resident.id_number_hash,
                    Resident.name,
                    Resident.phone_enc,
                    Resident.household_division_code,
                    Resident.community_id,
                    Resident.employer_unit_id,
                    Resident.marital_status,
                    Resident.version,
                ).where(Resident.id_number_hash.in_([h for _, _, h in good]))
            )
        ).all()
    }
    now = utcnow()
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for i, row, id_hash in good:
        old = existing.get(id_hash)
        values = {
            "name": row.name,
            "household_division_code": row.household_division_code,
            "community_id": row.community_id,
            "employer_unit_id": row.employer_unit_id,
            "marital_status": row.marital_status,
        }
        if old is None:
            inserts.append(
                {
                    **values,
                    "id_number_enc": cipher.encrypt(row.id_number),
                    "id_number_hash": id_hash,
                    "id_number_masked": mask_id_number(row.id_number),
                    "phone_enc": cipher.encrypt(row.phone) if row.phone else None,
                    "phone_masked": mask_phone(row.phone) if row.phone else None,
                    "sex": row.sex,
                    "birth_date": row.birth_date,
                    "status": ResidentStatus.active,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            continue
        if old.community_id not in {o for o, _ in orgs.values()}:
            errors.append(
                {"row": i, "errors": [{"field": "id_number", "msg": "registered outside your area"}]}
            )
            continue
        old_phone = cipher.decrypt(old.phone_enc) if old.phone_enc else None
        if all(getattr(old, k) == v for k, v in values.items()) and old_phone == row.phone:
            counts["unchanged"] += 1
            continue
        updates.append(
            {
                **values,
                "b_id": old.id,
                "phone_enc": cipher.encrypt(row.phone) if row.phone else None,
                "phone_masked": mask_phone(row.phone) if row.phone else None,
                "version": old.version + 1,
                "updated_at": now,
            }
        )
    counts["created"] += len(inserts)
    counts["updated"] += len(updates)
    if not write:
        return
    if inserts:
        await session.execute(insert(RESIDENTS), inserts)
    if updates:
        table = RESIDENTS
        await session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values({k: bindparam(k) for k in updates[0] if k != "b_id"}),
            updates,
        )

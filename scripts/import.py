"""Bulk import from the command line, with a progress bar: the same job as POST /api/v1/imports.

    python -m scripts.import FILE --org 500103003000 [--kind residents|migrants]
                             [--mode per_row|all_or_nothing] [--format csv|ndjson]

FILE is a CSV with a header row or NDJSON (one object per line), UTF-8 or GB18030/GBK; --org is
the code of the importing street or district (the rows' communities and units must lie in its area). Uses
FPW_DATABASE_URL. Prints the per-row report of bad rows and exits 1 when any row was refused.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import sys
import time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app import uploads
from app.clock import local_today
from app.config import Settings, get_settings
from app.db import Database
from app.errors import AppError
from app.models.core.org import Org, OrgKind
from app.models.migrants.imports import ImportFormat, ImportJob, ImportKind, ImportMode, ImportStatus
from app.services.migrants.imports import run_job


def progress_bar(started: float):
    def show(done: int, total: int) -> None:
        width = 40
        filled = width * done // max(total, 1)
        rate = done / max(time.perf_counter() - started, 1e-6)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} rows  {rate:,.0f}/s")
        sys.stderr.flush()

    return show


async def import_file(
    settings: Settings, path: Path, *, org_code: str, kind: ImportKind, mode: ImportMode, fmt: ImportFormat
) -> ImportJob:
    try:
        raw = path.read_bytes()
        content, _ = uploads.decode(raw)  # UTF-8 or GB18030/GBK, never an archive
    except AppError as exc:
        raise SystemExit(f"{path}: {exc.detail}") from exc
    database = Database(settings)
    try:
        async with database.sessionmaker() as session:
            org = (await session.execute(select(Org).where(Org.code == org_code))).scalar_one_or_none()
            if org is None or org.kind not in (OrgKind.street, OrgKind.district):
                raise SystemExit(f"--org {org_code}: no street or district with this code")
            job = ImportJob(
                org_id=org.id,
                kind=kind,
                format=fmt,
                mode=mode,
                status=ImportStatus.running,
                content=content,
                content_sha256=hashlib.sha256(raw).hexdigest(),
                errors=[],
            )
            session.add(job)
            try:
                await session.commit()
            except IntegrityError:
                # uq_import_jobs_active_file: the same file is queued or running for this org and kind
                raise SystemExit(f"{path}: the same file is already being imported for {org_code}") from None
            job_id = job.id
        started = time.perf_counter()
        result = await run_job(
            database.sessionmaker, settings, job_id, local_today(), on_progress=progress_bar(started)
        )
        sys.stderr.write(f"\n{time.perf_counter() - started:.1f} s\n")
        return result
    finally:
        await database.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m scripts.import", description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--org", required=True, help="code of the importing street or district")
    parser.add_argument("--kind", choices=[k.value for k in ImportKind], default="residents")
    parser.add_argument("--mode", choices=[m.value for m in ImportMode], default="per_row")
    parser.add_argument("--format", choices=[f.value for f in ImportFormat])
    args = parser.parse_args(argv)
    fmt = (
        ImportFormat(args.format)
        if args.format
        else (ImportFormat.ndjson if args.file.suffix in (".ndjson", ".jsonl") else ImportFormat.csv)
    )
    job = asyncio.run(
        import_file(
            get_settings(),
            args.file,
            org_code=args.org,
            kind=ImportKind(args.kind),
            mode=ImportMode(args.mode),
            fmt=fmt,
        )
    )
    print(
        f"{job.status.value}: {job.total_rows} rows, {job.created} created, {job.updated} updated, "
        f"{job.unchanged} unchanged, {job.failed} refused"
    )
    if job.error:
        print(job.error)
    for problem in job.errors:
        details = "; ".join(f"{e['field']}: {e['msg']}" for e in problem["errors"])
        print(f"row {problem['row']}: {details}")
    sys.exit(1 if job.failed or job.status is ImportStatus.rejected else 0)


if __name__ == "__main__":
    main()

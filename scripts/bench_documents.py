"""How long a printed document takes to set: a public notice of N names (default 200), composed by
the same code the API uses (no database), rendered R times; prints the times and the size.

    .venv/bin/python -m scripts.bench_documents [--names 200] [--repeat 5] [--out notice.pdf]

The goal (issue 28): a notice of 200 names under 1 s. The first rendering in a process also reads
the font file's tables once from disk (the operating system caches the file), so it is reported
apart. Names are drawn from the demo's surname and given-name lists, masked as the notice masks
them, so the glyph count is what a real roster needs.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from datetime import UTC, date, datetime

from app.demo.people import FEMALE_GIVEN, MALE_GIVEN, SURNAMES
from app.documents.pdf import render
from app.security import mask_name
from app.services.benefits.notice_documents import NoticeFacts, compose_notice


def notice(names: int) -> NoticeFacts:
    chooser = random.Random(28)  # noqa: S311 - demo names, not secrets
    roster = []
    for n in range(names):
        given = chooser.choice(FEMALE_GIVEN if n % 2 else MALE_GIVEN)
        roster.append((1000 + n, mask_name(chooser.choice(SURNAMES) + given), n % 37 == 0))
    return NoticeFacts(
        notice_id=42,
        program_name="农村部分计划生育家庭奖励扶助",
        standard="每人按年 960.00 元",
        community_name="民生路社区",
        published_on=date(2026, 12, 1),
        window_ends_on=date(2026, 12, 7),
        entries=tuple(roster),
        objection_url="http://127.0.0.1:8000/api/v1/public-notices/42/objections",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", help="write the last PDF here")
    args = parser.parse_args()
    document = compose_notice(notice(args.names), at=datetime(2026, 12, 1, 1, 30, tzinfo=UTC))
    times, cpu = [], []
    content = b""
    for _ in range(args.repeat + 1):
        started, started_cpu = time.perf_counter(), time.process_time()
        content = render(document)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    print(f"notice of {args.names} names: {len(content):,} bytes")
    print(f"first in the process: {times[0] * 1000:.0f} ms (CPU {cpu[0] * 1000:.0f} ms)")
    # On a shared machine the wall time includes waiting for a core; the CPU time is the work.
    print(
        f"then {args.repeat} times: median {statistics.median(times[1:]) * 1000:.0f} ms, "
        f"max {max(times[1:]) * 1000:.0f} ms (CPU median {statistics.median(cpu[1:]) * 1000:.0f} ms)"
    )
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.out:
        with open(args.out, "wb") as out:
            out.write(content)


if __name__ == "__main__":
    main()

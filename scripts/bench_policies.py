"""Benchmark the public policy search at N published policies (default 10,000).

    FPW_DATABASE_URL=postgresql+asyncpg://... python -m scripts.bench_policies --policies 10000

The target database (``fpw_bench_policies``, next to FPW_DATABASE_URL's) is created empty, migrated
with Alembic, filled with N published policies
(Chinese bodies of about 300 characters; one in ten mentions 生育登记), and then
GET /api/v1/public/policies is timed over ASGI for a few queries. Prints p50/p95 in ms and the
query plan of the term look-up.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import random
import statistics
import time
from datetime import date

import asyncpg
import httpx
from sqlalchemy import insert, text
from sqlalchemy.engine import make_url

PHRASES = (
    "人口和计划工作 依法行政 政务公开 优质服务 流动人口 婚育证明 居住证 基本公共服务 "
    "健康教育 妇幼保健 免费避孕药具 孕前优生健康检查 生殖健康 独生子女父母 光荣证 奖励扶助 "
    "特别扶助 街道办事处 社区居委会 一次性告知 首问负责 限时办结 群众满意 诚信计生 "
    "村居民自治 宣传教育 利益导向 目标管理责任制 一票否决 考核评估 统计准确 信息化建设 "
    "综合治理 出生人口性别比 避孕节育 知情选择 服务网络 协会会员 关怀关爱 困难家庭 帮扶救助 "
    "实施细则 本办法 自发布之日起施行 各有关单位 认真贯彻执行 及时报告 区卫生健康委员会"
).split()


def _body(rng: random.Random, birth: bool) -> str:
    parts = [rng.choice(PHRASES) for _ in range(40)]
    if birth:
        parts.insert(rng.randrange(len(parts)), "生育登记")
    return "，".join(parts) + "。"


async def _fill(url: str, count: int) -> None:
    from app.config import get_settings
    from app.db import Database
    from app.models.core.org import Org, OrgKind
    from app.models.lawful_services.policy import Policy, PolicyCategory, PolicyStatus, PolicyTerm
    from app.services.lawful_services.policy_search import index_terms

    database = Database(get_settings().model_copy(update={"database_url": url}))
    rng = random.Random(2019)  # noqa: S311 - benchmark data
    async with database.sessionmaker() as session:
        org = Org(kind=OrgKind.district, name="渝中区", code="500103000000", path="/1/")
        session.add(org)
        await session.flush()
        batch = 500
        for start in range(0, count, batch):
            rows = []
            for i in range(start, min(start + batch, count)):
                rows.append(
                    Policy(
                        owner_org_id=org.id,
                        title=f"关于{rng.choice(PHRASES)}的通知（第{i}号）",
                        document_no=f"渝卫〔2019〕{i}号",
                        issuing_authority="重庆市卫生健康委员会",
                        category=rng.choice(list(PolicyCategory)),
                        body=_body(rng, i % 10 == 0),
                        effective_on=date(2010 + i % 10, 1 + i % 12, 1),
                        status=PolicyStatus.published,
                        revision=1,
                    )
                )
            session.add_all(rows)
            await session.flush()
            terms = [
                {"term": t, "policy_id": p.id}
                for p in rows
                for t in index_terms(p.title, p.document_no, p.issuing_authority, p.body)
            ]
            await session.execute(insert(PolicyTerm), terms)
        await session.commit()
        total = (await session.execute(text("SELECT count(*) FROM policy_terms"))).scalar_one()
        print(f"loaded {count} policies, {total} term rows")
    await database.dispose()


async def _explain(url: str) -> None:
    from app.config import get_settings
    from app.db import Database

    database = Database(get_settings().model_copy(update={"database_url": url}))
    sql = (
        "SELECT id FROM policies WHERE status IN ('published', 'repealed') "
        "AND EXISTS (SELECT 1 FROM policy_terms t WHERE t.term = '生育' AND t.policy_id = policies.id) "
        "AND EXISTS (SELECT 1 FROM policy_terms t WHERE t.term = '登记' AND t.policy_id = policies.id) "
        "ORDER BY id DESC LIMIT 21"
    )
    async with database.engine.connect() as conn:
        for row in (await conn.execute(text("EXPLAIN " + sql))).all():
            print("  plan:", " | ".join(str(c) for c in row))
    await database.dispose()


async def _time(url: str, rounds: int) -> None:
    from app.config import get_settings
    from app.db import Database, set_database
    from app.main import create_app

    settings = get_settings().model_copy(update={"database_url": url})
    database = Database(settings)
    set_database(database)
    app = create_app(settings)
    queries = [
        {"q": "生育"},
        {"q": "生育登记"},
        {"q": "政务公开"},
        {"q": "第1234号"},
        {"q": "量子纠缠"},
        {"q": "生育", "category": "birth"},
        {},
    ]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as client:
        for params in queries:
            timings = []
            for _ in range(rounds):
                started = time.perf_counter()
                response = await client.get("/api/v1/public/policies", params=params)
                timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, response.text
            timings.sort()
            p95 = timings[int(len(timings) * 0.95) - 1]
            print(
                f"  {str(params):36} items={len(response.json()['items']):3} "
                f"p50={statistics.median(timings):6.1f} ms  p95={p95:6.1f} ms"
            )
    await database.dispose()


async def _on_server(url: str, *statements: str) -> None:
    """Run ``statements`` in ``url``'s database (the server's ``postgres`` one when it does not exist)."""
    from app.database_url import asyncpg_dsn

    try:
        conn = await asyncpg.connect(asyncpg_dsn(url))
    except asyncpg.InvalidCatalogNameError:
        maintenance = make_url(url).set(database="postgres").render_as_string(hide_password=False)
        conn = await asyncpg.connect(asyncpg_dsn(maintenance))
    try:
        for statement in statements:
            await conn.execute(statement)
    finally:
        await conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--policies", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    os.environ.setdefault("FPW_LOG_LEVEL", "WARNING")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    from app.database_url import DatabaseNotConfigured, require_database_url

    try:
        base = require_database_url(os.environ.get("FPW_DATABASE_URL", ""))
    except (DatabaseNotConfigured, ValueError) as exc:
        parser.error(str(exc))
    name = "fpw_bench_policies"
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    drop = f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    asyncio.run(_on_server(base, drop, f'CREATE DATABASE "{name}"'))
    from tests.databases import run_alembic

    run_alembic(url, "upgrade", "head")
    started = time.perf_counter()
    asyncio.run(_fill(url, args.policies))
    print(f"fill took {time.perf_counter() - started:.1f} s")
    asyncio.run(_on_server(url, "ANALYZE"))
    asyncio.run(_explain(url))
    asyncio.run(_time(url, args.rounds))


if __name__ == "__main__":
    main()

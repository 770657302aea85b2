"""How well policy search serves Chinese queries: the app's bigram index against PostgreSQL-native ways.

    FPW_DATABASE_URL=postgresql+asyncpg://... python -m scripts.policy_search_quality

Needs a migrated database with the demo data (``./scripts/run.sh`` makes one; so does
``alembic upgrade head && python -m scripts.seed_demo``). Every demo policy's current text (title,
document number, issuing authority, body: what the index holds) is searched with the queries below,
each with the policies judged relevant by reading them, and each way's precision and recall over all
the answers are printed, with the queries it got wrong. The ways:

- ``bigrams``: the app's search (``policy_search.matching``: every query bigram in ``policy_terms``);
- ``ilike``: every space-separated query word as a substring (``ILIKE '%word%'``, which a pg_trgm GIN
  index serves for words of three or more characters);
- ``trgm word_similarity``: pg_trgm's ``<%`` (word similarity of each query word at least the
  threshold, 0.6 by default, also tried at 0.3);
- ``simple tsvector``: ``to_tsvector('simple', …) @@ plainto_tsquery('simple', q)``.

Everything runs in one transaction that is rolled back (``CREATE EXTENSION pg_trgm`` included).
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, and_, func, literal, select, text
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine

from app.database_url import require_database_url
from app.models.lawful_services.policy import Policy
from app.services.lawful_services import policy_search

# query → demo policy keys judged relevant (app/demo/services.py POLICIES)
QUERIES: dict[str, set[str]] = {
    "独生子女": {"special_support_2019", "old_award_rule"},
    "奖励扶助": {"old_award_rule", "special_support_2019"},  # no policy names it: the award, the support
    "流动人口": {"floating_regulation"},
    "生育登记": {"chongqing_regulation", "birth_registration_notice"},
    "计划生育特别扶助": {"special_support_2019"},
    "特别扶助": {"special_support_2019"},
    "扶助": {"special_support_2019"},
    "奖励": {"old_award_rule"},
    "登记": {"chongqing_regulation", "birth_registration_notice"},
    "两个子女": {"population_law", "chongqing_regulation"},
    "再生育": {"population_law"},
    "特殊家庭": {"care_draft", "special_support_2019"},
    "独生子女 奖励": {"old_award_rule"},
    "流动人口 婚育证明": {"floating_regulation"},
    "生育 登记": {"chongqing_regulation", "birth_registration_notice"},
    "555号": {"floating_regulation"},
    "生育登记、服务": {"chongqing_regulation", "birth_registration_notice"},  # pasted with a 顿号
    "独生子女\u3000奖励": {"old_award_rule"},  # the ideographic space a Chinese IME types
}
TITLES = {
    "population_law": "中华人民共和国人口与计划生育法",
    "chongqing_regulation": "重庆市人口与计划生育条例",
    "birth_registration_notice": "关于实行生育登记服务制度的通知",
    "floating_regulation": "流动人口计划生育工作条例",
    "special_support_2019": "关于调整计划生育家庭特别扶助金标准的通知",
    "old_award_rule": "独生子女父母奖励费发放暂行规定",
    "care_draft": "解放碑街道生育关怀行动实施方案",
}
DOCUMENT = func.concat_ws(" ", Policy.title, Policy.document_no, Policy.issuing_authority, Policy.body)
Way = Callable[[str], Any]


def _every_word(q: str, one: Callable[[str], Any]) -> Any:
    return and_(*[one(word) for word in q.split()])


WAYS: dict[str, Way] = {
    "bigrams (the app)": policy_search.matching,
    "ilike every word": lambda q: _every_word(q, lambda w: DOCUMENT.ilike(f"%{w}%")),
    "trgm word_similarity 0.6": lambda q: _every_word(q, lambda w: literal(w).op("<%")(DOCUMENT)),
    "trgm word_similarity 0.3": lambda q: _every_word(q, lambda w: func.word_similarity(w, DOCUMENT) >= 0.3),
    "simple tsvector": lambda q: func.to_tsvector("simple", DOCUMENT).op("@@")(
        func.plainto_tsquery("simple", q)
    ),
}


async def _found(conn: AsyncConnection, keys: dict[int, str], condition: Any) -> set[str]:
    stmt: Select[Any] = select(Policy.id).where(Policy.id.in_(keys), condition)
    return {keys[row] for row in (await conn.execute(stmt)).scalars()}


async def _score(conn: AsyncConnection, keys: dict[int, str], way: Way) -> tuple[str, list[str]]:
    """Precision and recall over all the queries' answers (micro averages), and the queries the way
    got wrong."""
    found_total = relevant_total = hits_total = empty = 0
    wrong = []
    for q, relevant in QUERIES.items():
        found = await _found(conn, keys, way(q))
        hits = len(found & relevant)
        found_total, relevant_total, hits_total = (
            found_total + len(found),
            relevant_total + len(relevant),
            hits_total + hits,
        )
        empty += not found
        if found != relevant:
            extra = f", {len(found - relevant)} not relevant" if found - relevant else ""
            wrong.append(f"{q}: {hits} of {len(relevant)} found{extra}")
    precision = hits_total / found_total if found_total else 0.0
    summary = (
        f"precision {precision:.2f} ({hits_total}/{found_total})  recall {hits_total / relevant_total:.2f} "
        f"({hits_total}/{relevant_total})  queries finding nothing: {empty}"
    )
    return summary, wrong


async def measure(url: str) -> None:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:
            await conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            ctype = await conn.scalar(
                text("SELECT datctype FROM pg_database WHERE datname = current_database()")
            )
            version = await conn.scalar(text("SHOW server_version"))
            titles = dict((await conn.execute(select(Policy.title, Policy.id))).all())
            keys = {titles[t]: key for t in titles for key, prefix in TITLES.items() if t.startswith(prefix)}
            if len(keys) != len(TITLES):
                sys.exit("the demo policies are not all there: seed the demo first")
            print(
                f"PostgreSQL {version}, LC_CTYPE {ctype}: {len(keys)} demo policies, {len(QUERIES)} queries"
            )
            for name, way in WAYS.items():
                summary, wrong = await _score(conn, keys, way)
                print(f"\n{name:26} {summary}")
                for line in wrong:
                    print(f"    {line}")
            await conn.rollback()
    finally:
        await engine.dispose()


def main() -> None:
    asyncio.run(measure(require_database_url(os.environ.get("FPW_DATABASE_URL", ""))))


if __name__ == "__main__":
    main()

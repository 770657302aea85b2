"""Full-text search over policies that works for Chinese, with nothing beyond core PostgreSQL.

Chinese has no spaces between words, so the text is cut into CJK unigrams and bigrams (生育政策
→ 生, 育, 政, 策, 生育, 育政, 政策) and other scripts into lower-cased words. The distinct terms of a
policy's current text are kept in ``policy_terms`` (primary key ``(term, policy_id)``), rewritten
on every write of the text. A query is cut the same way (bigrams only where it has two or more CJK
characters in a row), and a policy matches when it holds every query term: an index look-up per
term, never a ``LIKE '%q%'`` scan of the bodies.

Measured against PostgreSQL's own ways on the demo policies (``scripts/policy_search_quality.py``,
docs/architecture.md "Chinese policy search"): the same answers as substring matching of every query
word, which needs pg_trgm and scans every body for the many two-character Chinese words; pg_trgm's
similarity and the ``simple`` text search find far less (a run of Chinese characters is one "word"
to both).
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, and_, delete, exists, insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Unprocessable
from app.models.lawful_services.policy import Policy, PolicyTerm

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+", re.UNICODE)
_IS_CJK = re.compile(rf"[{_CJK}]")
MAX_TERM_LENGTH = 32
MAX_QUERY_TERMS = 16
# What a search text must hold, as the document says it (the 422s of ``matching``).
QUERY_RULE = (
    f"at least one letter, digit or Chinese character, and at most {MAX_QUERY_TERMS} search terms "
    "(words and 2-character runs); 422 otherwise"
)


def _cjk_terms(run: str, *, unigrams: bool) -> set[str]:
    terms = {run[i : i + 2] for i in range(len(run) - 1)}
    if unigrams or len(run) == 1:
        terms.update(run)
    return terms


def index_terms(*texts: str | None) -> set[str]:
    """Every term stored for a document: CJK unigrams and bigrams, lower-cased words."""
    terms: set[str] = set()
    for text in texts:
        for token in _TOKEN.findall(text or ""):
            if _IS_CJK.match(token):
                terms |= _cjk_terms(token, unigrams=True)
            else:
                terms.add(token.lower()[:MAX_TERM_LENGTH])
    return terms


def query_terms(q: str) -> set[str]:
    """The terms a query needs: bigrams for CJK runs (a single character stays a unigram)."""
    terms: set[str] = set()
    for token in _TOKEN.findall(q):
        if _IS_CJK.match(token):
            terms |= _cjk_terms(token, unigrams=False)
        else:
            terms.add(token.lower()[:MAX_TERM_LENGTH])
    return terms


async def reindex_policy(session: AsyncSession, policy: Policy) -> None:
    """Rewrite the policy's terms from its current title, document number, authority and body."""
    await session.execute(delete(PolicyTerm).where(PolicyTerm.policy_id == policy.id))
    terms = index_terms(policy.title, policy.document_no, policy.issuing_authority, policy.body)
    if terms:
        await session.execute(
            insert(PolicyTerm), [{"term": t, "policy_id": policy.id} for t in sorted(terms)]
        )


def matching(q: str) -> ColumnElement[bool]:
    """A filter on ``Policy.id``: the policy holds every term of ``q``.

    One correlated EXISTS per term, each a probe of the ``(term, policy_id)`` primary key: the
    newest policies are walked in id order and probed until a page is full, which is cheapest
    for common terms (measured in docs/services.md); the group-by alternative cost 3-10x more.
    """
    terms = query_terms(q)
    if not terms:
        raise Unprocessable(
            "q must contain at least one letter, digit or Chinese character", loc=["query", "q"]
        )
    if len(terms) > MAX_QUERY_TERMS:
        raise Unprocessable(f"q is too long (at most {MAX_QUERY_TERMS} search terms)", loc=["query", "q"])
    return and_(
        *(
            exists().where(PolicyTerm.term == term, PolicyTerm.policy_id == Policy.id)
            for term in sorted(terms)
        )
    )

"""A problem type's page: what a problem answer's ``type`` URI resolves to."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.problem_types import ProblemType


class ProblemTypeRead(BaseModel):
    """One problem type, in zh-CN and English: its status, title, meaning and what to do."""

    type: str = Field(
        description="The URI reference problems of this type carry in `type`",
        examples=["/problems/not-found"],
    )
    code: str = Field(examples=["not-found"])
    status: int = Field(ge=400, le=599)
    title: dict[str, str] = Field(description="zh-CN and en titles")
    meaning: dict[str, str] = Field(description="zh-CN and en: when the API answers this")
    action: dict[str, str] = Field(description="zh-CN and en: what the caller should do")

    @classmethod
    def of(cls, problem: ProblemType) -> ProblemTypeRead:
        return cls(
            type=problem.uri,
            code=problem.code,
            status=problem.status,
            title={"zh-CN": problem.title_zh, "en": problem.title},
            meaning={"zh-CN": problem.meaning_zh, "en": problem.meaning},
            action={"zh-CN": problem.action_zh, "en": problem.action},
        )

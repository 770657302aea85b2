"""The yardstick: a bare FastAPI route doing ``SELECT 1`` through an asyncpg pool.

BENCH_PG_DSN=postgresql://postgres@127.0.0.1:5432/test uvicorn scripts.bench_bare_app:app
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from fastapi import FastAPI

_pool: asyncpg.Pool | None = None


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    global _pool
    _pool = await asyncpg.create_pool(os.environ["BENCH_PG_DSN"], min_size=5, max_size=20)
    yield
    await _pool.close()


app = FastAPI(lifespan=lifespan)


@app.get("/select1")
async def select1() -> dict[str, int]:
    assert _pool is not None
    async with _pool.acquire() as conn:
        return {"value": await conn.fetchval("SELECT 1")}

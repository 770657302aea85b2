"""/metrics behind FPW_METRICS_TOKEN: without the token, or with another, a 401 problem (in Chinese
when asked) and no figure; with it, the scrape. Unset, /metrics stays open (the other metrics tests)."""

from __future__ import annotations

import httpx
import pytest
from pydantic import SecretStr, ValidationError

from app.config import Settings
from tests.apps import app_for

pytestmark = pytest.mark.asyncio
TOKEN = "m3tr1cs-t0ken-for-the-tests-Zq8vN2xR5wK7pL4sJ9"


async def _client(api) -> httpx.AsyncClient:
    app = app_for(api.settings.model_copy(update={"metrics_token": SecretStr(TOKEN)}))
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer wrong-token", f"Basic {TOKEN}", f"Bearer {TOKEN}x", "Bearer "],
)
async def test_without_the_token_the_metrics_are_refused(api, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    async with await _client(api) as client:
        answer = await client.get("/metrics", headers=headers)
    assert answer.status_code == 401
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert answer.headers["www-authenticate"].startswith("Bearer")
    body = answer.json()
    assert body["type"].endswith("/not-authenticated") and body["status"] == 401
    assert "FPW_METRICS_TOKEN" in body["detail"]
    assert "fpwork_http_requests_total" not in answer.text


async def test_the_refusal_is_in_chinese_when_asked(api):
    async with await _client(api) as client:
        answer = await client.get("/metrics", headers={"Accept-Language": "zh-CN"})
    assert answer.status_code == 401
    assert answer.json()["title"] == "未认证"
    assert answer.json()["detail"].startswith("读取监控指标需以监控令牌")


async def test_with_the_token_the_scrape_answers(api):
    async with await _client(api) as client:
        answer = await client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/plain; version=0.0.4")
    assert "fpwork_outbox_events_pending" in answer.text


async def test_healthz_and_readyz_need_no_token(api):
    async with await _client(api) as client:
        assert (await client.get("/healthz")).status_code == 200
        assert (await client.get("/readyz")).status_code == 200


@pytest.mark.parametrize("token", ["short", "a" * 40])
async def test_a_guessable_metrics_token_is_refused_at_start(token):
    with pytest.raises(ValidationError) as refused:
        Settings(metrics_token=SecretStr(token))
    message = str(refused.value)
    assert "FPW_METRICS_TOKEN must be at least 32 characters" in message
    assert token not in message  # the refused value is never echoed

"""Problems in the caller's language (Accept-Language, default a setting), and labels for every code."""

from __future__ import annotations

import re
from pathlib import Path

from app.config import get_settings
from app.errors import negotiate_language
from app.main import create_app

ZH = {"Accept-Language": "zh-CN,zh;q=0.9"}


async def _get(api, user: str, path: str, headers: dict[str, str] | None = None):
    return await api.client.get(path, headers={**await api.headers(user), **(headers or {})})


async def test_problems_answer_in_chinese_when_asked(api):
    missing = await _get(api, "community-a", "/api/v1/service-requests/999999", ZH)
    assert missing.status_code == 404 and missing.json()["title"] == "未找到"
    assert missing.json()["detail"].startswith("未找到")
    invalid = await api.post("community-a", "/api/v1/service-requests", {"service_type": 5}, headers=ZH)
    assert invalid.status_code == 422
    assert invalid.json()["title"] == "校验错误" and invalid.json()["detail"] == "请求中有无效或缺失的字段"
    unknown = await api.post(
        "community-a", "/api/v1/service-requests", {"service_type": "no_such", "family_id": 1}, headers=ZH
    )
    assert unknown.json()["detail"] == "未知的服务事项“no_such”"
    anonymous = await api.client.get("/api/v1/service-requests", headers=ZH)
    assert anonymous.status_code == 401 and anonymous.json()["title"] == "未认证"
    assert anonymous.json()["detail"] == "需要持有访问令牌（Bearer）"
    forbidden = await api.client.put(
        "/api/v1/working-calendar/2040", json={"holidays": []}, headers={**await api.headers("street"), **ZH}
    )
    assert forbidden.status_code == 403 and forbidden.json()["detail"] == "此操作需要“calendar:write”权限"
    # English stays English, and the code (type) never changes
    english = await _get(
        api, "community-a", "/api/v1/service-requests/999999", headers={"Accept-Language": "en"}
    )
    assert english.json()["title"] == "Not found"
    assert english.json()["type"] == missing.json()["type"]


async def test_the_default_language_is_a_setting(api):
    assert api.app.state.default_language == "en"
    app = create_app(get_settings().model_copy(update={"default_language": "zh-CN"}))
    assert app.state.default_language == "zh-CN"
    api.app.state.default_language = "zh-CN"
    try:
        plain = await api.get("community-a", "/api/v1/service-requests/999999")
        asked = await _get(
            api, "community-a", "/api/v1/service-requests/999999", headers={"Accept-Language": "en-US"}
        )
    finally:
        api.app.state.default_language = "en"
    assert plain.json()["title"] == "未找到" and asked.json()["title"] == "Not found"


def test_language_negotiation():
    assert negotiate_language("zh-CN,zh;q=0.9,en;q=0.8", "en") == "zh-CN"
    assert negotiate_language("en-US,en;q=0.9,zh;q=0.8", "zh-CN") == "en"
    assert negotiate_language("fr-FR, zh-Hans;q=0.5", "en") == "zh-CN"
    assert negotiate_language("en;q=0.2, zh;q=0.7", "en") == "zh-CN"
    assert negotiate_language("fr", "zh-CN") == "zh-CN"
    assert negotiate_language(None, "en") == "en"
    assert negotiate_language("zh;q=0", "en") == "en"


async def test_every_code_has_labels(api):
    enums = (await api.get("community-a", "/api/v1/meta/enums")).json()
    materials = enums["service_material"]
    assert materials["marriage_certificate"] == {"zh-CN": "结婚证", "en": "Marriage certificate"}
    # every criterion code the eligibility checks can answer is labelled
    source = "".join(
        p.read_text(encoding="utf-8") for p in Path("app/services/benefits").glob("eligibility*.py")
    )
    emitted = set(re.findall(r'Criterion\(\s*"([a-z_0-9]+)"', source))
    assert emitted and emitted <= set(enums["eligibility_criterion"])
    for name in ("dispense_refusal", "precondition_rule", "population_rule", "service_request_state"):
        assert all(set(v) == {"zh-CN", "en"} for v in enums[name].values()), name
    # every state of every workflow is a labelled code
    workflows = (await api.get("community-a", "/api/v1/meta/workflows")).json()
    labelled_states = {code for values in enums.values() for code in values}
    for name, table in workflows.items():
        assert set(table["states"]) <= labelled_states, name

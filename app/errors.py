"""Errors as types, rendered as RFC 9457 problem+json (by the handlers in app/error_handlers.py), in
zh-CN or English.

Language: a request's ``Accept-Language`` picks zh-CN (``zh``, ``zh-CN``, ``zh-Hans`` …) or English
(``en`` …); without a usable header the setting ``FPW_DEFAULT_LANGUAGE`` decides (``en`` unless set).
Both ``title`` and ``detail`` are translated; ``type`` (the code) and every other member stay as they are.

Adding an error message (the whole mechanism):

* A new error class states ``code``, ``title`` and ``title_zh``.
* Raise with both texts: ``raise Conflict("The family already holds one", zh="该家庭已持有光荣证")``.
  ``zh=`` is keyword-only on every ``AppError``; pass it wherever you write a detail.
* A fixed English detail used in many places may instead be added once to ``MESSAGES_ZH``
  (English text → Chinese text), or, with a variable part, to ``PATTERNS_ZH``.
* The details the services and schemas write are in app/messages_zh.py (whole texts, record names)
  and app/message_templates_zh.py (texts with a variable part); tests/api/contract/test_zh_sweep.py
  finds every raise in app/ and fails on one a zh-CN caller would read in English.
* Without any, a zh-CN caller gets the Chinese title with the English detail in brackets (the sweep
  test does not let that ship).
* ``errors[].msg`` of a validation problem is translated too: pydantic's own messages by their
  error type (app/validation_zh.py), ours like a detail.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

from app.labels import ENUMS
from app.message_templates_zh import TEMPLATES
from app.messages_zh import ACTIONS, FIXED, NAMES
from app.problem_types import TYPE_PATH, code_for_status

PROBLEM_JSON = "application/problem+json"
LANGUAGES = ("zh-CN", "en")

# Fixed English details (and titles) said in more than one place → their zh-CN text.
MESSAGES_ZH: dict[str, str] = {
    "Missing, invalid or expired credentials": "缺少凭证，或凭证无效、已过期",
    "The request body is not valid JSON": "请求体不是有效的 JSON",
    "The request has invalid or missing fields": "请求中有无效或缺失的字段",
    "A value in the request is out of range": "请求中的数值超出范围",
    "The request conflicts with the stored data": "请求与已存数据冲突",
    "An unexpected error occurred; it has been logged.": "发生意外错误，已记录",
    "Not Found": "未找到",
    "Method Not Allowed": "不支持该请求方法",
    "A bearer access token is required": "需要持有访问令牌（Bearer）",
    "The access token is invalid or expired": "访问令牌无效或已过期",
    "The access token has been revoked": "访问令牌已被撤销",
}
# Fixed message shapes with a variable part: (pattern, zh template using the groups).
PATTERNS_ZH: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^This action needs the '(.+)' permission$"), "此操作需要“{0}”权限"),
]
_NOT_FOUND = re.compile(r"^(.+) not found$")
_FIELD = re.compile(r"\{([a-z_]+)\}")


def _compile(template: str) -> re.Pattern[str]:
    parts = _FIELD.split(template)  # text, name, text, name, …, text
    return re.compile(
        "^"
        + "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
        + "$",
        re.DOTALL,
    )


_TEMPLATES = [(_compile(en), zh) for en, zh in TEMPLATES]
_TITLES_ZH = {
    "Bad request": "请求错误",
    "Not authenticated": "未认证",
    "Forbidden": "无权限",
    "Not found": "未找到",
    "Method not allowed": "不支持该请求方法",
    "Not acceptable": "无法提供所请求的格式",
    "Payload too large": "请求体过大",
    "Unsupported media type": "不支持的媒体类型",
    "Validation error": "校验错误",
    "Conflict": "冲突",
    "Internal server error": "服务器内部错误",
    "Error": "错误",
}


def negotiate_language(accept_language: str | None, default: str) -> str:
    """zh-CN or en from an Accept-Language header (quality values honoured), else ``default``."""
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in ("zh", "en") and quality > 0:
            choices.append((-quality, position, "zh-CN" if primary == "zh" else "en"))
    return min(choices)[2] if choices else (default if default in LANGUAGES else "en")


def _fill(template: str, values: dict[str, str]) -> str:
    return _FIELD.sub(lambda m: values[m.group(1)], template)


def known_zh(text: str) -> str | None:
    """The zh-CN text of an English message the catalogues know, else None."""
    if text in MESSAGES_ZH:
        return MESSAGES_ZH[text]
    if text in FIXED:
        return FIXED[text]
    if text in _TITLES_ZH:
        return _TITLES_ZH[text]
    for pattern, template in PATTERNS_ZH:
        if found := pattern.match(text):
            return template.format(*found.groups())
    for compiled, zh in _TEMPLATES:
        if found := compiled.match(text):
            return _fill(zh, found.groupdict())
    if (found := _NOT_FOUND.match(text)) and found.group(1) in NAMES:
        return f"未找到该{NAMES[found.group(1)]}，或不在您的管辖范围内"
    return None


def translate(text: str, title_zh: str | None = None) -> str:
    """The zh-CN text of an English message (``title_zh（text）`` when none is known)."""
    known = known_zh(text)
    if known is not None:
        return known
    return f"{title_zh}（{text}）" if title_zh else text


def state_label_zh(code: str) -> str:
    """The zh-CN label of a workflow state's code (/meta/enums), else the code."""
    for values in ENUMS.values():
        if code in values:
            return values[code]["zh-CN"]
    return code


class AppError(Exception):
    """Base of every error the API answers on purpose."""

    status_code = 400
    code = "bad-request"
    title = "Bad request"
    title_zh = "请求错误"
    keep_changes = False  # True: commit the request's work even though it answers an error

    def __init__(
        self,
        detail: str | None = None,
        *,
        zh: str | None = None,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.detail_zh = zh or (self.title_zh if detail is None else translate(self.detail, self.title_zh))
        self.extra = extra or {}
        self.extra_zh: dict[str, Any] | None = None  # ``extra`` for a zh-CN caller, when it differs
        self.headers = headers or {}

    def text(self, language: str) -> tuple[str, str]:
        """(title, detail) in ``language``."""
        if language == "zh-CN":
            return self.title_zh, self.detail_zh
        return self.title, self.detail


class NotAuthenticated(AppError):
    status_code = 401
    code = "not-authenticated"
    title = "Not authenticated"
    title_zh = "未认证"

    def __init__(self, detail: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": 'Bearer error="invalid_token"'})
        super().__init__(detail or "Missing, invalid or expired credentials", **kwargs)


class Forbidden(AppError):
    status_code = 403
    code = "forbidden"
    title = "Forbidden"
    title_zh = "无权限"


class NotFound(AppError):
    status_code = 404
    code = "not-found"
    title = "Not found"
    title_zh = "未找到"


class Conflict(AppError):
    status_code = 409
    code = "conflict"
    title = "Conflict"
    title_zh = "冲突"


class InvalidTransition(Conflict):
    """A workflow step not allowed from the current state; the body carries that state."""

    code = "invalid-transition"
    title = "Illegal state transition"
    title_zh = "不允许的状态转换"

    def __init__(self, current_state: str, action: str) -> None:
        super().__init__(
            f"Cannot {action} from state '{current_state}'",
            zh=f"当前状态（{state_label_zh(current_state)}）下不能执行“{ACTIONS.get(action, action)}”",
            extra={"current_state": current_state, "action": action},
        )


class ImportInProgress(Conflict):
    """The same file is being imported by a queued or running job (named in ``import_id``)."""

    code = "import-in-progress"
    title = "Import in progress"
    title_zh = "导入进行中"


class PreconditionFailed(AppError):
    status_code = 412
    code = "precondition-failed"
    title = "Precondition failed"
    title_zh = "前提条件不成立"


class PreconditionRequired(AppError):
    status_code = 428
    code = "precondition-required"
    title = "Precondition required"
    title_zh = "需要前提条件"


class PayloadTooLarge(AppError):
    status_code = 413
    code = "payload-too-large"
    title = "Payload too large"
    title_zh = "请求体过大"


class Unprocessable(AppError):
    status_code = 422
    code = "validation-error"
    title = "Validation error"
    title_zh = "校验错误"

    def __init__(self, detail: str, *, loc: list[str | int] | None = None, **kwargs: Any) -> None:
        errors = [{"loc": loc or ["body"], "msg": detail, "type": "value_error"}]
        extra = {"errors": errors, **kwargs.pop("extra", {})}
        super().__init__(detail, extra=extra, **kwargs)
        # The same error in zh-CN: its msg is the detail's Chinese text.
        self.extra_zh = {**extra, "errors": [{**errors[0], "msg": self.detail_zh}]}


class TooManyRequests(AppError):
    status_code = 429
    code = "too-many-requests"
    title = "Too many requests"
    title_zh = "请求过于频繁"

    def __init__(self, detail: str, retry_after_seconds: int, *, zh: str | None = None) -> None:
        super().__init__(detail, zh=zh, headers={"Retry-After": str(max(1, retry_after_seconds))})


class ServiceOverloaded(AppError):
    """No database connection came free within the admission budget: try again shortly."""

    status_code = 503
    code = "overloaded"
    title = "Service overloaded"
    title_zh = "服务繁忙"

    def __init__(self, retry_after_seconds: int) -> None:
        super().__init__(
            "Every database connection is busy; try again shortly",
            zh="数据库连接均忙，请稍后重试",
            headers={"Retry-After": str(max(1, retry_after_seconds))},
        )


class DatabaseUnavailable(ServiceOverloaded):
    """The database refused or dropped the connection (too many clients, starting up, unreachable)."""

    code = "database-unavailable"
    title = "Database unavailable"
    title_zh = "数据库暂不可用"

    def __init__(self, retry_after_seconds: int) -> None:
        AppError.__init__(
            self,
            "The database is not taking connections right now; try again shortly",
            zh="数据库暂时无法连接，请稍后重试",
            headers={"Retry-After": str(max(1, retry_after_seconds))},
        )


def problem_response(
    status: int,
    title: str,
    detail: str,
    *,
    code: str | None = None,
    extra: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
    request: Request | None = None,
    title_zh: str | None = None,
    detail_zh: str | None = None,
    extra_zh: dict[str, Any] | None = None,
) -> JSONResponse:
    """A problem+json answer; with ``request``, in the caller's language (see the module docstring),
    which ``Content-Language`` names (``Vary: Accept-Language`` tells caches it was chosen)."""
    headers = dict(headers or {})
    if request is not None:
        language = request_language(request)
        headers["Content-Language"] = language
        headers["Vary"] = ", ".join(v for v in (headers.get("Vary"), "Accept-Language") if v)
        if language == "zh-CN":
            zh_title = title_zh or translate(title)
            title, detail = zh_title, detail_zh or translate(detail, zh_title)
            extra = extra_zh if extra_zh is not None else extra
    body: dict[str, Any] = {
        "type": TYPE_PATH + (code or code_for_status(status)),
        "title": title,
        "status": status,
        "detail": detail,
    }
    if request is not None:
        body["instance"] = request.url.path
        request_id = getattr(request.state, "request_id", None)
        if request_id:
            body["request_id"] = request_id
    if extra:
        body.update(extra)
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_JSON)


def request_language(request: Request) -> str:
    default = getattr(request.app.state, "default_language", None) or "en"
    return negotiate_language(request.headers.get("accept-language"), default)

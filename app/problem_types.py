"""The problem types: every ``type`` a problem answer carries, with what it means and what to do.

A problem's ``type`` is the URI reference ``/problems/<code>`` (RFC 9457 §3.1.1; relative, so it
resolves against whichever host served the answer, behind any proxy). ``GET /problems/<code>``
answers this catalogue's entry, in zh-CN and English; ``GET /problems`` lists them all. Every
``AppError`` subclass's ``code`` and every code the handlers use must be here
(tests/api/contract/test_problem_types.py checks both), so a new error cannot ship without its page.
"""

from __future__ import annotations

from dataclasses import dataclass

TYPE_PATH = "/problems/"


@dataclass(frozen=True)
class ProblemType:
    code: str
    status: int
    title: str
    title_zh: str
    meaning: str
    meaning_zh: str
    action: str
    action_zh: str

    @property
    def uri(self) -> str:
        return TYPE_PATH + self.code


def _t(code: str, status: int, title: str, title_zh: str, *texts: str) -> ProblemType:
    """An entry: code, status, titles, then meaning, meaning_zh, action, action_zh."""
    return ProblemType(code, status, title, title_zh, *texts)


_RETRY_LATER = (
    "Wait the seconds the Retry-After header gives, then send the "
    "same request again (with the same Idempotency-Key for a POST).",
    "按 Retry-After 响应头给出的秒数等待后重发同一请求（POST 请使用同一个 Idempotency-Key）。",
)
_READ_AGAIN = (
    "Read the record again (GET), check what changed, and retry with its current ETag in If-Match.",
    "重新读取该记录（GET），核对变化后，以其当前 ETag 作为 If-Match 重试。",
)

CATALOGUE: dict[str, ProblemType] = {
    p.code: p
    for p in (
        _t(
            "bad-request",
            400,
            "Bad request",
            "请求错误",
            "The request is malformed (a repeated or unknown parameter, a bad header).",
            "请求格式有误（参数重复或未知、请求头无效等）。",
            "Correct the request as `detail` says; sending it again unchanged gives the same answer.",
            "按 detail 所述改正请求；原样重发仍会得到同样的结果。",
        ),
        _t(
            "not-authenticated",
            401,
            "Not authenticated",
            "未认证",
            "No valid access token: missing, expired, revoked (signed "
            "out, the account deactivated), or wrong credentials.",
            "没有有效的访问令牌：缺失、过期、已撤销（已退出、账号停用），或凭证错误。",
            "Refresh the token (POST /api/v1/auth/token, grant_type=refresh_token) or sign in again.",
            "刷新令牌（POST /api/v1/auth/token，grant_type=refresh_token）或重新登录。",
        ),
        _t(
            "forbidden",
            403,
            "Forbidden",
            "无权限",
            "The caller's role lacks the permission this action needs (`detail` names it).",
            "调用者的角色没有此操作所需的权限（detail 中写明）。",
            "Ask an administrator of your organisation for a role that holds it; do not retry.",
            "请本单位管理员授予具备该权限的角色；不要重试。",
        ),
        _t(
            "not-found",
            404,
            "Not found",
            "未找到",
            "No such record, or it lies outside the caller's area (the two are not told apart).",
            "没有该记录，或该记录不在调用者的管辖范围内（两者不作区分）。",
            "Check the id and the area you work in; lists show what you may see.",
            "核对编号及您的管辖范围；列表中列出的即为您可查看的记录。",
        ),
        _t(
            "method-not-allowed",
            405,
            "Method not allowed",
            "不支持该请求方法",
            "The path exists but not with this method; the Allow header lists the methods it takes.",
            "该路径存在，但不支持此请求方法；Allow 响应头列出可用的方法。",
            "Use one of the methods in Allow.",
            "改用 Allow 中列出的方法。",
        ),
        _t(
            "not-acceptable",
            406,
            "Not acceptable",
            "无法提供所请求的格式",
            "The Accept header asks for a format this endpoint does not produce.",
            "Accept 请求头要求的格式本接口不提供。",
            "Accept application/json (or the file type the endpoint documents).",
            "改为接受 application/json（或该接口说明的文件类型）。",
        ),
        _t(
            "conflict",
            409,
            "Conflict",
            "冲突",
            "The request conflicts with the stored data (a duplicate, a record in use, a limit reached).",
            "请求与已存数据冲突（重复、记录正在使用、已达上限等）。",
            "Read `detail`; change the request or the data it conflicts with.",
            "阅读 detail，修改请求或与之冲突的数据。",
        ),
        _t(
            "device-wipe",
            401,
            "Device revoked: wipe it",
            "设备已停用：请清除数据",
            "The device was revoked (lost, stolen, handed back) by its user or the street; its "
            "tokens no longer work.",
            "该设备已被用户本人或街道停用（遗失、被盗、交回），其令牌已失效。",
            "Delete every record the app keeps on the device, then sign in again and register it.",
            "清除应用在设备上保存的全部数据，然后重新登录并登记设备。",
        ),
        _t(
            "device-sign-in-required",
            401,
            "Sign in again on this device",
            "请在此设备上重新登录",
            "The device has not synced for longer than the office allows (14 days by default).",
            "该设备未同步的时间超过规定（默认14天）。",
            "Sign in with the password (a new session), register the device again, then download.",
            "用密码重新登录（新会话），重新登记设备后再下载。",
        ),
        _t(
            "device-not-registered",
            401,
            "Device not registered",
            "设备未登记",
            "A sync call came without the Fpw-Device secret of a device registered to the caller.",
            "同步请求未携带登记在调用者名下设备的 Fpw-Device 密钥。",
            "Register the device (POST /api/v1/sync/devices) and send its secret in Fpw-Device.",
            "登记设备（POST /api/v1/sync/devices），并在 Fpw-Device 请求头中发送其密钥。",
        ),
        _t(
            "sync-token-expired",
            410,
            "Sync token expired: download everything again",
            "同步令牌已过期：请重新完整下载",
            "The download token's window starts before the oldest change the server keeps "
            "(FPW_SYNC_CHANGES_KEEP_DAYS, 30 days by default), so changes since it may be missing.",
            "下载令牌的起点早于服务器保留的最早变更记录（FPW_SYNC_CHANGES_KEEP_DAYS，默认30天），"
            "其后的部分变更可能已无法提供。",
            "Delete the records kept on the device (upload pending operations first), forget the "
            "token, and download again without a token: a full working set.",
            "先上传尚未发送的操作，再删除设备上保存的记录、丢弃该令牌，然后不带令牌重新下载完整的工作数据。",
        ),
        _t(
            "sync-operation-reused",
            422,
            "Operation id reused",
            "操作编号重复使用",
            "An uploaded operation's op_id was already received with another operation.",
            "上传操作的 op_id 已用于另一项操作。",
            "Give every operation an id of its own (a UUID made on the device).",
            "为每项操作生成独立编号（设备上生成的 UUID）。",
        ),
        _t(
            "concurrent-update",
            409,
            "Conflict",
            "冲突",
            "Someone else changed the record at the same moment; nothing of this request was saved.",
            "他人同时修改了该记录；本次请求未保存任何内容。",
            *_READ_AGAIN,
        ),
        _t(
            "import-in-progress",
            409,
            "Import in progress",
            "导入进行中",
            "The same file (same org and kind) is being imported by a queued or running job (`import_id`).",
            "同一文件（同一单位、同一类型）正由排队或运行中的导入任务处理（import_id）。",
            "Follow that job at GET /api/v1/imports/{import_id}.",
            "在 GET /api/v1/imports/{import_id} 查看该任务进度。",
        ),
        _t(
            "invalid-transition",
            409,
            "Illegal state transition",
            "不允许的状态转换",
            "The workflow step cannot be taken from the record's current state (`current_state`).",
            "记录当前状态（current_state）下不能执行该流程步骤。",
            "See GET /api/v1/meta/workflows for the steps each state allows.",
            "各状态可执行的步骤见 GET /api/v1/meta/workflows。",
        ),
        _t(
            "insufficient-stock",
            409,
            "Insufficient stock",
            "库存不足",
            "Not enough usable (unexpired) stock at the point; `available` gives what there is.",
            "该发放点可用（未过期）库存不足；available 给出现有数量。",
            "Hand out at most `available`, or receive stock first.",
            "发放数量不超过 available，或先入库。",
        ),
        _t(
            "dispense-refused",
            409,
            "Dispense refused",
            "不予发放",
            "The resident may not receive this item now (a limit per period, an eligibility rule).",
            "该居民目前不能领取此物品（周期限量、资格规则等）。",
            "Read `detail` for the rule and when it allows the next handout.",
            "阅读 detail 了解所依据的规则及下次可领取的时间。",
        ),
        _t(
            "precondition-not-met",
            409,
            "The family record does not meet the service's conditions",
            "家庭档案不符合该事项的办理条件",
            "The family record fails a condition of the service type (child "
            "order under the birth policy in force, marriage, residence).",
            "家庭档案不符合该服务事项的条件（按当时生育政策的孩次、婚姻、户籍等）。",
            "Correct the record if it is wrong, or tell the applicant why the service cannot be given.",
            "如档案有误请更正；否则向申请人说明不能办理的原因。",
        ),
        _t(
            "precondition-failed",
            412,
            "Precondition failed",
            "前提条件不成立",
            "If-Match does not match the record's current version: it changed since you read it.",
            "If-Match 与记录当前版本不符：读取之后记录已被修改。",
            *_READ_AGAIN,
        ),
        _t(
            "payload-too-large",
            413,
            "Payload too large",
            "请求体过大",
            "The body or uploaded file is over the endpoint's limit (`detail` gives it).",
            "请求体或上传文件超过该接口的上限（detail 中写明）。",
            "Send less: split the file or the batch.",
            "减少内容：拆分文件或批次后再发送。",
        ),
        _t(
            "too-many-rows",
            413,
            "Too many rows",
            "行数过多",
            "The uploaded file holds more rows than one import takes (`max_rows`, FPW_IMPORT_MAX_ROWS).",
            "上传的文件行数超过单次导入的上限（max_rows，FPW_IMPORT_MAX_ROWS）。",
            "Split the file and import the parts one after another.",
            "将文件拆分后分批导入。",
        ),
        _t(
            "unsupported-file",
            415,
            "Unsupported file type",
            "不支持的文件类型",
            "The upload is a spreadsheet or an archive (XLSX, XLS, ZIP, gzip); imports "
            "take CSV (UTF-8 or GB18030/GBK) or NDJSON, and such files are not opened.",
            "上传的是电子表格或压缩文件（XLSX、XLS、ZIP、gzip）；"
            "导入只接受 CSV（UTF-8 或 GB18030/GBK）或 NDJSON，此类文件不会被打开。",
            "Save the sheet as CSV (in Excel: Save As, CSV) and upload that.",
            "将表格另存为 CSV（Excel：另存为 CSV）后上传。",
        ),
        _t(
            "unsupported-media-type",
            415,
            "Unsupported media type",
            "不支持的媒体类型",
            "The Content-Type is not one this endpoint takes.",
            "Content-Type 不是本接口接受的类型。",
            "Send application/json (or the form or file type the endpoint documents).",
            "改为发送 application/json（或该接口说明的表单、文件类型）。",
        ),
        _t(
            "validation-error",
            422,
            "Validation error",
            "校验错误",
            "A field is missing, malformed or out of its documented "
            "range; `errors` lists each with its location (`loc`).",
            "字段缺失、格式错误或超出文档规定的范围；errors 逐项列出并给出位置（loc）。",
            "Correct each field in `errors`; nothing of the request was saved.",
            "逐项改正 errors 中的字段；本次请求未保存任何内容。",
        ),
        _t(
            "calendar-year-unknown",
            422,
            "Working-day calendar unknown for that year",
            "该年度工作日历未知",
            "The official holiday arrangement of that year is not known yet; "
            "deadlines counted into it are provisional (`due_provisional`).",
            "该年度的法定节假日安排尚未公布；计入该年度的期限为暂定（due_provisional）。",
            "A district administrator enters the year (PUT "
            "/api/v1/working-calendar/{year}) once the State Council publishes it.",
            "国务院公布后，由区级管理员录入该年度日历（PUT /api/v1/working-calendar/{year}）。",
        ),
        _t(
            "outside-target-population",
            422,
            "Outside the program's target population",
            "不属于该项目的服务对象",
            "The resident is not in the screening program's target population (age, sex, marriage).",
            "该居民不属于该筛查项目的服务对象（年龄、性别、婚姻状况等）。",
            "Choose a program whose population includes the resident.",
            "选择服务对象包含该居民的项目。",
        ),
        _t(
            "retroactive-decrease",
            422,
            "A standard cannot be lowered for months already paid",
            "不能追溯降低已发放月份的标准",
            "A lower standard may only take effect from a month not yet paid.",
            "降低的标准只能从尚未发放的月份起生效。",
            "Set the effective month to the first month not yet paid.",
            "将生效月份设为第一个尚未发放的月份。",
        ),
        _t(
            "precondition-required",
            428,
            "Precondition required",
            "需要前提条件",
            "A change to this record needs If-Match with the ETag you read.",
            "修改该记录需要携带 If-Match，其值为读取时得到的 ETag。",
            "Read the record, then send its ETag in If-Match.",
            "先读取记录，再以其 ETag 作为 If-Match 发送。",
        ),
        _t(
            "too-many-requests",
            429,
            "Too many requests",
            "请求过于频繁",
            "Too many attempts from this address or for this account in a short time.",
            "短时间内来自该地址或针对该账号的尝试过多。",
            *_RETRY_LATER,
        ),
        _t(
            "internal-error",
            500,
            "Internal server error",
            "服务器内部错误",
            "An unexpected fault; it is logged under the answer's `request_id`.",
            "发生意外故障；已按应答中的 request_id 记录日志。",
            "Report the request_id to the maintainers; the request may be retried.",
            "请将 request_id 告知维护人员；可以重试该请求。",
        ),
        _t(
            "overloaded",
            503,
            "Service overloaded",
            "服务繁忙",
            "Every database connection is busy; nothing of the request was done.",
            "数据库连接均忙；本次请求未执行。",
            *_RETRY_LATER,
        ),
        _t(
            "database-unavailable",
            503,
            "Database unavailable",
            "数据库暂不可用",
            "The database is not taking connections (restarting, full, unreachable); nothing was done.",
            "数据库暂时不接受连接（重启中、连接已满、无法访问）；本次请求未执行。",
            *_RETRY_LATER,
        ),
    )
}

# The code of a plain HTTP error (a framework's 404 for an unknown path, say), by status.
CODE_BY_STATUS = {
    400: "bad-request",
    401: "not-authenticated",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    406: "not-acceptable",
    413: "payload-too-large",
    415: "unsupported-media-type",
    422: "validation-error",
    429: "too-many-requests",
    500: "internal-error",
    503: "overloaded",
}


def code_for_status(status: int) -> str:
    return CODE_BY_STATUS.get(status, "internal-error" if status >= 500 else "bad-request")

"""The zh-CN text of the problem details with a variable part (app/messages_zh.py explains the table).

Each entry is (English template, zh-CN template); ``{name}`` matches any text in the English and is
carried over into the Chinese. A value that is itself English (a list of codes, a reason) stays as
the code it is. More specific templates come first: the first that matches wins.
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str]] = [
    # core
    ("This action needs the '{p}' permission", "此操作需要“{p}”权限"),
    (
        "You cannot grant the role {role}: only roles below your own",
        "不能授予角色 {role}：只能授予低于您的角色",
    ),
    ("The role {role} does not belong in a {kind}", "角色 {role} 不适用于 {kind} 类单位"),
    ("The username {name} is taken", "用户名 {name} 已被使用"),
    ("A {parent} cannot hold a {child}", "{parent} 类单位下不能设立 {child} 类单位"),
    ("Another organisation already has code {code}", "已有其他单位使用代码 {code}"),
    ("{field} must be the id of a {kind}", "{field} 须为 {kind} 类单位的编号"),
    ("{field} must be an org of kind {kinds}", "{field} 须为以下类型的单位：{kinds}"),
    (
        "An employer updates only employment and contact details, not {fields}",
        "用人单位只能修改就业和联系信息，不能修改：{fields}",
    ),
    ("The family already has a child with birth order {n}", "该家庭已有孩次为 {n} 的子女"),
    (
        "The resource has changed (version {v}, you sent {sent}); read it again and retry",
        "该记录已被修改（当前版本 {v}，您提交的是 {sent}），请重新读取后重试",
    ),
    ("{name} cannot be null", "{name} 不能为空"),
    (
        "{name} holds text that cannot be stored (NUL or invalid Unicode)",
        "{name} 含有无法保存的字符（NUL 或无效 Unicode）",
    ),
    ("Idempotency-Key must be 1-{n} characters", "Idempotency-Key 须为1至{n}个字符"),
    ("A report covers at most {n} days", "报表最多覆盖 {n} 天"),
    ("{field} must be YYYY-MM", "{field} 应写作 YYYY-MM"),
    # benefits
    ("The street already has a re-verification round for {year}", "本街道已有 {year} 年度的资格复核"),
    (
        "The round's deadline is {deadline}; it can be closed after that",
        "本轮复核截止日期为 {deadline}，截止后方可关闭",
    ),
    ("This check cannot be confirmed: {reasons}", "该复核不能确认：{reasons}"),
    (
        "Objections were accepted from {first} to {last}",
        "异议受理期为 {first} 至 {last}，现已截止",
    ),
    ("The program '{code}' is closed to new applications", "项目“{code}”已停止受理新申请"),
    (
        "The family already has an open application ({id}) for this program",
        "该家庭已有本项目的在办申请（编号 {id}）",
    ),
    (
        "The family is not eligible ({criteria}); it cannot be {step}",
        "该家庭不符合条件（{criteria}），不能执行此操作（{step}）",
    ),
    ("Still missing: {items}", "仍缺材料：{items}"),
    ("The {level} review needs the '{p}' permission", "{level} 级审核需要“{p}”权限"),
    (
        "The {level} review already returned this case once with every missing item; approve or reject it now",
        "{level} 级审核已一次性退回过所缺材料，现在只能批准或不予批准",
    ),
    (
        "The public notice window runs until {day} (inclusive); the street review can pass the case only "
        "after it ends",
        "公示期至 {day}（含当日）结束，公示期满后街道审核方可通过",
    ),
    ("{n} objection(s) to this case are open; resolve them first", "该案件尚有 {n} 件异议未处理，请先处理"),
    (
        "Materials missing ({items}): return the application for correction",
        "缺少材料（{items}）：请退回补正",
    ),
    (
        "{program} is a national program: {amount} fen is below the national floor of {floor} fen per "
        "{period} period",
        "{program} 是国家项目：{amount} 分低于国家标准下限（每{period}期 {floor} 分）",
    ),
    ("{program} already has a standard from {month}", "{program} 已有自 {month} 起的标准"),
    ("Nothing is due for {period}: no enrolment is payable for it", "{period} 期没有应发对象"),
    (
        "Everyone due for {period} is already in a batch; nothing more to pay",
        "{period} 期的应发对象均已列入批次，无需再发",
    ),
    (
        "Another generation for {period} included these beneficiaries first; nothing to pay",
        "{period} 期的另一次生成已先纳入这些对象，无需再发",
    ),
    ("The period of a {kind} program is written {expected}", "{kind} 项目的期间应写作 {expected}"),
    (
        "{period} has not come yet (today is {today}): a batch is only for a due period",
        "{period} 期尚未到来（今天是 {today}）：批次只能为已到期的期间生成",
    ),
    (
        "The beneficiary is {state}: a stop for a death or move-out cannot be resumed",
        "受益人状态为 {state}：因死亡或迁出而停发的不能恢复",
    ),
    ("line {id} is not a paid line of this batch", "明细 {id} 不是本批次已发放的明细"),
    ("line {id} was already returned", "明细 {id} 已被退回"),
    # lawful services
    (
        "{code} is filed for a {subject}: {field} is required",
        "{code} 以 {subject} 为对象办理：须填写 {field}",
    ),
    ("not materials of {code}: {items}", "不是 {code} 的材料：{items}"),
    ("'{item}' is not a material of {code}", "“{item}”不是 {code} 的材料"),
    ("'{item}' is listed twice", "“{item}”重复列出"),
    ("'{item}' is not an accepted alternative to {material}", "“{item}”不是“{material}”可接受的替代材料"),
    ("a signed commitment cannot stand in for {material}", "“{material}”不能以签署承诺代替"),
    ("q is too long (at most {n} search terms)", "q 过长（最多 {n} 个检索词）"),
    ("A service type with code '{code}' already exists", "代码为“{code}”的服务事项已存在"),
    # leadership
    ("A score cannot exceed the indicator's weight ({w})", "得分不能超过该指标的权重（{w}）"),
    ("as_of is before the book's year {year}", "as_of 早于责任书年度 {year}"),
    ("Indicator {code} exists", "指标 {code} 已存在"),
    ("Unknown or inactive indicators: {ids}", "未知或已停用的指标：{ids}"),
    ("The org already has a book for {year} (id {id})", "该单位 {year} 年度已有责任书（编号 {id}）"),
    ("The form has no figure '{code}'", "该报表表式中没有指标“{code}”"),
    ("'{code}' is corrected twice", "指标“{code}”被重复更正"),
    ("'{code}' is a rate: give its denominator too", "指标“{code}”为比率，须同时填写分母"),
    ("'{code}' is a rate: give its numerator and denominator", "指标“{code}”为比率，须填写分子和分母"),
    ("The form applies from {on}", "该报表表式自 {on} 起施行"),
    (
        "The period ends on {on}: it is prepared once it has ended",
        "该报告期于 {on} 结束，须在报告期结束后填报",
    ),
    (
        "The street's report for this period exists (id {id}): revise it",
        "本街道该报告期的报表已存在（编号 {id}），请在原报表上修改",
    ),
    ("The district already has a form '{code}' (id {id})", "本区已有代码为“{code}”的报表表式（编号 {id}）"),
    ("Unknown or inactive indicator '{code}'", "未知或已停用的指标“{code}”"),
    # migrants
    ("Unknown columns: {cols}", "未知的列：{cols}"),
    ("The CSV cannot be read: {error}", "无法读取该 CSV 文件"),
    ("This resident is already registered as a migrant (id {id})", "该居民已登记为流动人口（编号 {id}）"),
    ("A hand-over of this migrant is already pending (id {id})", "该流动人口已有待处理的移交（编号 {id}）"),
    (
        "Only the {who} community (or its street) may {action} this hand-over",
        "只有{who}社区（或其街道）可以对该移交执行此操作（{action}）",
    ),
    ("Unknown event types: {types}", "未知的事件类型：{types}"),
    ("The file is not {fmt}: {first}", "该文件不是 {fmt} 格式"),
    # grassroots
    ("Already a member ({id})", "已是会员（编号 {id}）"),
    ("The agreement was already reviewed for {year}", "该协议 {year} 年度已考评"),
    ("The family already has an agreement in force then ({id})", "该家庭在此期间已有有效协议（编号 {id}）"),
    (
        "This community is already a candidate for this theme and year ({id})",
        "该社区已是本年度此主题的创建对象（编号 {id}）",
    ),
    (
        "This family, person or worker already has an open care case ({id})",
        "该家庭、人员或工作人员已有在办的帮扶（编号 {id}）",
    ),
    ("The case already belongs to care project {id}", "该帮扶对象已纳入生育关怀项目（编号 {id}）"),
    ("The street already has an activity kind {code}", "本街道已有代码为 {code} 的作风建设活动类型"),
    (
        "the template names variables its purpose does not give: {unknown} (it gives {given})",
        "模板中含有该用途不提供的变量：{unknown}（该用途提供：{given}）",
    ),
    ("The distribution point is already recorded as facility {id}", "该药具发放点已登记为设施（编号 {id}）"),
    ("{field} lies between the facility's opening and today", "{field} 须在设施启用之日至今天之间"),
    ("{field} is in the future", "{field} 在未来"),
    ("a {kind} case is for {subject}", "{kind} 类帮扶的对象须为 {subject}"),
    ("subject={subject} needs {field}", "问责对象类型为 {subject} 时须填写 {field}"),
    ("This org already has a branch ({id})", "该单位已有分会（编号 {id}）"),
    ("The street total {total} is below the pass score {pass}", "街道评分合计 {total} 低于合格分 {pass}"),
    ("Criterion {id} scores at most {w}", "评分项 {id} 最高 {w} 分"),
    ("Unknown workers: {ids}", "未知的工作人员：{ids}"),
    # quality
    (
        "Batch {no} expires on {day}, more than {n} days away; use an adjustment for other losses",
        "批次 {no} 的有效期至 {day}，距今超过 {n} 天；其他损耗请用调整处理",
    ),
    ("Batch {no} has expired; write it off instead of moving it", "批次 {no} 已过期，请报损而不是调拨"),
    (
        "Batch {no} holds {available}, fewer than {quantity}; stock cannot go below zero",
        "批次 {no} 仅有 {available}，少于 {quantity}，库存不能为负",
    ),
    (
        "Batch {no} expires on {day}; a batch has one expiry date",
        "批次 {no} 的有效期为 {day}，一个批次只有一个有效期",
    ),
    ("Batch {no} is not stocked at this point", "本发放点没有批次 {no} 的库存"),
    ("screened_on must fall in {year} and not in the future", "screened_on 须在 {year} 年内且不在未来"),
    # validation of dates and text (app/schemas/common.py)
    ("Date must lie between {first} and {last}", "日期须在 {first} 至 {last} 之间"),
    (
        "Instant must lie from {first} up to (not including) {end}, in UTC",
        "时间须在 {first} 至 {end}（不含）之间（UTC）",
    ),
    ("String should have at most {n} characters", "最多 {n} 个字符"),
    ("{field} cannot be cleared", "{field} 不能清空"),
]

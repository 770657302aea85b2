"""``errors[].msg`` of a validation problem in zh-CN: pydantic's messages by their error ``type``,
with the error's context values (``ctx``) put in; a validator's own message (``value_error``)
through the problem details' catalogue (app/messages_zh.py).

pydantic-core lists its error types with their English templates (``list_all_errors``);
tests/api/contract/test_zh_sweep.py renders every one of them here and finds no English sentence.
Values from the request (``{error}`` of a parser, a pattern) are left out where they are English.
"""

from __future__ import annotations

import re
from typing import Any

from app.errors import known_zh

# pydantic-core error type → zh-CN template ({name}: a ctx value).
TYPES_ZH: dict[str, str] = {
    "no_such_attribute": "对象没有属性“{attribute}”",
    "json_invalid": "不是有效的 JSON",
    "json_type": "JSON 输入应为字符串或字节",
    "needs_python_object": "从 JSON 校验时无法检查“{method_name}”",
    "recursion_loop": "检测到循环引用",
    "recursion_depth_exceeded": "超过最大校验深度",
    "missing": "缺少必填字段",
    "frozen_field": "该字段不可修改",
    "frozen_instance": "该对象不可修改",
    "extra_forbidden": "不允许的字段",
    "invalid_key": "键应为字符串",
    "get_attribute_error": "读取属性出错",
    "model_type": "应为对象（JSON object）",
    "model_attributes_type": "应为对象（JSON object）",
    "dataclass_type": "应为对象（JSON object）",
    "dataclass_exact_type": "应为 {class_name} 的实例",
    "named_tuple_type": "应为元组、列表或对象",
    "default_factory_not_called": "已有校验错误，未计算默认值",
    "none_required": "应为空值（null）",
    "greater_than": "应大于 {gt}",
    "greater_than_equal": "应大于或等于 {ge}",
    "less_than": "应小于 {lt}",
    "less_than_equal": "应小于或等于 {le}",
    "multiple_of": "应为 {multiple_of} 的倍数",
    "finite_number": "应为有限数值",
    "too_short": "至少应有 {min_length} 项，实际为 {actual_length} 项",
    "too_long": "最多 {max_length} 项，实际为 {actual_length} 项",
    "iterable_type": "应为可迭代的值（数组）",
    "iteration_error": "遍历时出错",
    "string_type": "应为字符串",
    "string_unicode": "应为有效的 Unicode 字符串",
    "string_too_short": "至少应有 {min_length} 个字符",
    "string_too_long": "最多 {max_length} 个字符",
    "string_pattern_mismatch": "格式不符，应匹配 {pattern}",
    "string_not_ascii": "只能包含 ASCII 字符",
    "enum": "应为以下值之一：{expected}",
    "dict_type": "应为对象（JSON object）",
    "frozen_dict_type": "应为对象（JSON object）",
    "ordered_dict_type": "应为对象（JSON object）",
    "counter_type": "应为计数对象",
    "mapping_type": "应为对象（JSON object）",
    "list_type": "应为数组",
    "deque_type": "应为数组",
    "tuple_type": "应为数组",
    "set_type": "应为不重复的数组",
    "set_item_not_hashable": "集合中的元素应可哈希",
    "bool_type": "应为布尔值",
    "bool_parsing": "应为布尔值（true 或 false）",
    "int_type": "应为整数",
    "int_parsing": "应为整数，无法将该字符串解析为整数",
    "int_parsing_size": "整数超出可解析的长度",
    "int_from_float": "应为整数，不能有小数部分",
    "float_type": "应为数值",
    "float_parsing": "应为数值，无法将该字符串解析为数值",
    "bytes_type": "应为字节串",
    "bytes_too_short": "至少应有 {min_length} 个字节",
    "bytes_too_long": "最多 {max_length} 个字节",
    "bytes_invalid_encoding": "应为有效的 {encoding} 编码数据",
    "value_error": "取值无效",
    "assertion_error": "断言不成立",
    "literal_error": "应为以下值之一：{expected}",
    "missing_sentinel_error": "应为 MISSING 标记",
    "ellipsis_error": "应为省略号（Ellipsis）",
    "date_type": "应为有效日期",
    "date_parsing": "应为 YYYY-MM-DD 格式的有效日期",
    "date_from_datetime_parsing": "应为有效的日期或时间",
    "date_from_datetime_inexact": "给日期字段的时间须为零点（即整日）",
    "date_past": "日期应在过去",
    "date_future": "日期应在未来",
    "time_type": "应为有效时刻",
    "time_parsing": "应为有效的时刻格式",
    "datetime_type": "应为有效的日期时间",
    "datetime_parsing": "应为有效的日期时间",
    "datetime_object_invalid": "日期时间对象无效",
    "datetime_from_date_parsing": "应为有效的日期时间或日期",
    "datetime_past": "应为过去的时间",
    "datetime_future": "应为未来的时间",
    "timezone_naive": "不应带时区信息",
    "timezone_aware": "应带时区信息",
    "timezone_offset": "时区偏移应为 {tz_expected}，实际为 {tz_actual}",
    "time_delta_type": "应为有效的时长",
    "time_delta_parsing": "应为有效的时长",
    "frozen_set_type": "应为不重复的数组",
    "is_instance_of": "应为 {class} 的实例",
    "is_subclass_of": "应为 {class} 的子类",
    "callable_type": "应为可调用对象",
    "union_tag_invalid": "标记“{tag}”（由 {discriminator} 取得）不是可接受的值：{expected_tags}",
    "union_tag_not_found": "无法按 {discriminator} 取得标记",
    "arguments_type": "参数应为元组、列表或对象",
    "missing_argument": "缺少必需的参数",
    "unexpected_keyword_argument": "多余的关键字参数",
    "missing_keyword_only_argument": "缺少必需的关键字参数",
    "unexpected_positional_argument": "多余的位置参数",
    "missing_positional_only_argument": "缺少必需的位置参数",
    "multiple_argument_values": "参数被重复赋值",
    "url_type": "网址应为字符串",
    "url_parsing": "应为有效的网址",
    "url_syntax_violation": "网址不符合严格语法",
    "url_too_long": "网址最多 {max_length} 个字符",
    "url_scheme": "网址协议应为 {expected_schemes}",
    "uuid_type": "UUID 应为字符串",
    "uuid_parsing": "应为有效的 UUID",
    "uuid_version": "应为第 {expected_version} 版 UUID",
    "decimal_type": "小数应为整数、浮点数或字符串",
    "decimal_parsing": "应为有效的小数",
    "decimal_max_digits": "总位数不能超过 {max_digits} 位",
    "decimal_max_places": "小数位不能超过 {decimal_places} 位",
    "decimal_whole_digits": "整数部分不能超过 {whole_digits} 位",
    "fraction_type": "分数应为整数、浮点数或字符串",
    "fraction_parsing": "不是有效的分数",
    "complex_type": "应为有效的复数",
    "complex_str_parsing": "应为有效的复数字符串",
    # our own types (PydanticCustomError in app/schemas/)
    "date_out_of_range": "日期须在 {first} 至 {last} 之间",
    "instant_out_of_range": "时间须在 {first} 至 {end}（不含）之间（UTC）",
    "not_clearable": "{field} 不能清空",
}

_FIELD = re.compile(r"\{([a-z_]+)\}")
_VALUE_ERROR = re.compile(r"^(?:Value error|Assertion failed), ", re.DOTALL)


def _value(value: Any) -> str:
    # enum / literal_error: "'a', 'b' or 'c'"
    return str(value).replace(" or ", " 或 ")


def message_zh(error: dict[str, Any]) -> str:
    """The zh-CN ``msg`` of one pydantic error (its ``type``, ``msg`` and ``ctx``)."""
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if kind in ("value_error", "assertion_error"):
        inner = ctx.get("error")
        text = str(inner) if inner is not None else _VALUE_ERROR.sub("", str(error.get("msg", "")))
        return known_zh(text) or TYPES_ZH[kind]
    template = TYPES_ZH.get(kind)
    if template is None:
        return known_zh(str(error.get("msg", ""))) or "取值无效"
    return _FIELD.sub(lambda m: _value(ctx.get(m.group(1), "")), template)

"""The providers' adapters send the exact requests their official SDKs build and sign.

Each SDK is pointed at a loopback server (tests/api/core/sms_provider_server.py); the test checks
the action, the parameters and the signature, recomputed here from the providers' published
algorithms (Aliyun ACS3-HMAC-SHA256, Tencent Cloud TC3-HMAC-SHA256) with the test's key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, urlsplit

import pytest

from app.services.core.sms_providers import AliyunProvider, Outgoing, Pending, TencentProvider
from tests.api.core.sms_provider_server import Seen, provider_server

pytestmark = pytest.mark.asyncio
KEY_ID, KEY_SECRET = "LTAI-test-key-id", "test-secret-not-real-0123456789"
MESSAGE = Outgoing(
    message_id=41,
    phone="13800138000",
    body="张三您好，您享受的奖励扶助年审将于2019年3月31日截止。",
    template_code="SMS_123456",
    parameters=[("name", "张三"), ("program", "奖励扶助"), ("deadline", "2019年3月31日")],
)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def aliyun_signature(seen: Seen, secret: str) -> str:
    """ACS3-HMAC-SHA256, as Aliyun documents it (签名机制 V3)."""
    authorization = seen.headers["authorization"]
    signed = re.search(r"SignedHeaders=([^,]+)", authorization).group(1).split(";")
    query = parse_qsl(urlsplit(seen.path).query, keep_blank_values=True)
    canonical_query = "&".join(f"{quote(k, safe='-_.~')}={quote(v, safe='-_.~')}" for k, v in sorted(query))
    canonical_headers = "".join(f"{name}:{seen.headers[name].strip()}\n" for name in signed)
    canonical = "\n".join(
        [
            seen.method,
            "/",
            canonical_query,
            canonical_headers,
            ";".join(signed),
            seen.headers["x-acs-content-sha256"],
        ]
    )
    to_sign = "ACS3-HMAC-SHA256\n" + _sha256(canonical.encode())
    return hmac.new(secret.encode(), to_sign.encode(), hashlib.sha256).hexdigest()


def tencent_signature(seen: Seen, secret_key: str) -> str:
    """TC3-HMAC-SHA256, as Tencent Cloud documents it (签名方法 v3)."""
    authorization = seen.headers["authorization"]
    signed = re.search(r"SignedHeaders=([^,]+)", authorization).group(1).split(";")
    scope = re.search(r"Credential=[^/]+/([^,]+)", authorization).group(1)
    day, service, _ = scope.split("/")
    canonical_headers = "".join(f"{name}:{seen.headers[name].strip().lower()}\n" for name in signed)
    url = urlsplit(seen.path)
    canonical = "\n".join(
        [seen.method, url.path, url.query, canonical_headers, ";".join(signed), _sha256(seen.body)]
    )
    to_sign = "\n".join(
        ["TC3-HMAC-SHA256", seen.headers["x-tc-timestamp"], scope, _sha256(canonical.encode())]
    )

    def mac(key: bytes, text: str) -> bytes:
        return hmac.new(key, text.encode(), hashlib.sha256).digest()

    signing = mac(mac(mac(("TC3" + secret_key).encode(), day), service), "tc3_request")
    return hmac.new(signing, to_sign.encode(), hashlib.sha256).hexdigest()


async def test_aliyun_sends_sendsms_signed_and_polls_the_receipt():
    answers = (
        {"RequestId": "req-1", "Code": "OK", "Message": "OK", "BizId": "900619746936498440^0"},
        {
            "RequestId": "req-2",
            "Code": "OK",
            "TotalCount": 1,
            "SmsSendDetailDTOs": {
                "SmsSendDetailDTO": [
                    {
                        "SendStatus": 3,
                        "ErrCode": "DELIVERED",
                        "ReceiveDate": "2019-03-05 08:00:07",
                        "OutId": "41",
                    }
                ]
            },
        },
    )
    with provider_server(*answers) as server:
        provider = AliyunProvider(KEY_ID, KEY_SECRET, "某街道计生办", server.endpoint, protocol="http")
        result = await provider.send(MESSAGE)
        sent_at = datetime(2019, 3, 5, 0, 0, 5, tzinfo=UTC)
        receipts = await provider.receipts([Pending(41, result.provider_message_id, MESSAGE.phone, sent_at)])
    assert result.accepted and result.provider_message_id == "900619746936498440^0"
    send, query = server.seen
    assert send.method == "POST" and send.headers["x-acs-action"] == "SendSms"
    assert send.headers["x-acs-version"] == "2017-05-25" and send.headers["host"] == server.endpoint
    assert dict(parse_qsl(urlsplit(send.path).query)) == {
        "PhoneNumbers": "13800138000",
        "SignName": "某街道计生办",
        "TemplateCode": "SMS_123456",
        "TemplateParam": '{"name":"张三","program":"奖励扶助","deadline":"2019年3月31日"}',
        "OutId": "41",
    }
    assert send.headers["authorization"].startswith(f"ACS3-HMAC-SHA256 Credential={KEY_ID},SignedHeaders=")
    signature = send.headers["authorization"].rsplit("Signature=", 1)[1]
    assert signature == aliyun_signature(send, KEY_SECRET)
    assert signature != aliyun_signature(send, KEY_SECRET + "x")  # the check depends on the key
    assert query.headers["x-acs-action"] == "QuerySendDetails"
    assert dict(parse_qsl(urlsplit(query.path).query)) == {
        "PhoneNumber": "13800138000",
        "BizId": "900619746936498440^0",
        "SendDate": "20190305",  # the Beijing date of the sending
        "PageSize": "10",
        "CurrentPage": "1",
    }
    assert query.headers["authorization"].rsplit("Signature=", 1)[1] == aliyun_signature(query, KEY_SECRET)
    (receipt,) = receipts
    assert receipt.delivered and receipt.code == "DELIVERED"
    assert receipt.received_at == datetime(2019, 3, 5, 0, 0, 7, tzinfo=UTC)


async def test_aliyun_refusals_are_final_unless_throttled():
    with provider_server(
        {"RequestId": "r", "Code": "isv.MOBILE_NUMBER_ILLEGAL", "Message": "非法手机号"},
        {"RequestId": "r", "Code": "isv.BUSINESS_LIMIT_CONTROL", "Message": "触发分钟级流控"},
    ) as server:
        provider = AliyunProvider(KEY_ID, KEY_SECRET, "某街道计生办", server.endpoint, protocol="http")
        illegal = await provider.send(MESSAGE)
        throttled = await provider.send(MESSAGE)
    assert (
        not illegal.accepted and not illegal.retry and illegal.error.startswith("isv.MOBILE_NUMBER_ILLEGAL")
    )
    assert not throttled.accepted and throttled.retry


async def test_tencent_sends_sendsms_signed_and_pulls_the_receipts():
    answers = (
        {
            "Response": {
                "SendStatusSet": [
                    {
                        "SerialNo": "5000:1045710669157053657849499619",
                        "PhoneNumber": "+8613800138000",
                        "Fee": 1,
                        "SessionContext": "41",
                        "Code": "Ok",
                        "Message": "send success",
                        "IsoCode": "CN",
                    }
                ],
                "RequestId": "a0aabda6-cf91-4f3e-a81f-9198114a2279",
            }
        },
        {
            "Response": {
                "PullSmsSendStatusSet": [
                    {
                        "UserReceiveTime": 1551744007,
                        "CountryCode": "86",
                        "SubscriberNumber": "13800138000",
                        "PhoneNumber": "+8613800138000",
                        "SerialNo": "5000:1045710669157053657849499619",
                        "ReportStatus": "SUCCESS",
                        "Description": "DELIVRD",
                        "SessionContext": "41",
                    }
                ],
                "RequestId": "b0aabda6-cf91-4f3e-a81f-9198114a2279",
            }
        },
    )
    with provider_server(*answers) as server:
        provider = TencentProvider(
            "AKIDtest",
            "tencent-secret-not-real",
            "1400006666",
            "某街道计生办",
            "ap-guangzhou",
            server.endpoint,
            "http",
        )
        result = await provider.send(MESSAGE)
        receipts = await provider.receipts([])
    assert result.accepted and result.provider_message_id == "5000:1045710669157053657849499619"
    send, pull = server.seen
    assert send.method == "POST" and send.headers["x-tc-action"] == "SendSms"
    assert send.headers["x-tc-version"] == "2021-01-11" and send.headers["x-tc-region"] == "ap-guangzhou"
    assert json.loads(send.body) == {
        "PhoneNumberSet": ["+8613800138000"],
        "SmsSdkAppId": "1400006666",
        "SignName": "某街道计生办",
        "TemplateId": "SMS_123456",
        "TemplateParamSet": ["张三", "奖励扶助", "2019年3月31日"],
        "SessionContext": "41",
    }
    assert send.headers["authorization"].startswith("TC3-HMAC-SHA256 Credential=AKIDtest/")
    assert "/sms/tc3_request" in send.headers["authorization"]
    signature = send.headers["authorization"].rsplit("Signature=", 1)[1]
    assert signature == tencent_signature(send, "tencent-secret-not-real")
    assert signature != tencent_signature(send, "another-secret")
    assert pull.headers["x-tc-action"] == "PullSmsSendStatus"
    assert json.loads(pull.body) == {"Limit": 100, "SmsSdkAppId": "1400006666"}
    assert pull.headers["authorization"].rsplit("Signature=", 1)[1] == tencent_signature(
        pull, "tencent-secret-not-real"
    )
    (receipt,) = receipts
    assert receipt.provider_message_id == "5000:1045710669157053657849499619"
    assert receipt.delivered and receipt.code == "DELIVRD"
    assert receipt.received_at == datetime(2019, 3, 5, 0, 0, 7, tzinfo=UTC)

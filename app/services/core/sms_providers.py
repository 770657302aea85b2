"""Text message providers: adapters over the providers' official SDKs, and the development log.

Each adapter turns one message into the provider's own request, built and signed by its SDK:

- Aliyun SMS (阿里云短信服务): ``alibabacloud_dysmsapi20170525`` (``SendSms``; receipts polled by
  ``QuerySendDetails``), signed ACS3-HMAC-SHA256 by ``alibabacloud_tea_openapi``;
- Tencent Cloud SMS (腾讯云短信): ``tencentcloud-sdk-python-sms`` (``SendSms``; receipts pulled by
  ``PullSmsSendStatus``), signed TC3-HMAC-SHA256 by ``tencentcloud-sdk-python-common``;
- ``log``: writes the message to the log and reports it delivered on the next receipt poll.

Receipts are polled, not pushed: neither provider signs its receipt push (Aliyun's HTTP batch push
and Tencent's status callback carry no signature or token), so an endpoint taking them would take
anyone's word, while a poll is a request we sign ourselves. ``FPW_SMS_PROVIDER`` picks the adapter.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from app.clock import CHINA
from app.config import Settings

log = logging.getLogger("fpwork.sms")


@dataclass(frozen=True)
class Outgoing:
    message_id: int
    phone: str  # 11 digits, mainland China
    body: str  # the rendered text (what the log provider writes)
    template_code: str | None  # the provider's approved template id
    parameters: list[tuple[str, str]]  # the template's variables, in the template's order


@dataclass(frozen=True)
class SendResult:
    accepted: bool
    provider_message_id: str | None = None
    error: str | None = None
    retry: bool = True  # a refusal worth trying again (throttled, the network); False: final


@dataclass(frozen=True)
class Pending:
    """A sent message waiting for its receipt."""

    message_id: int
    provider_message_id: str
    phone: str
    sent_at: datetime


@dataclass(frozen=True)
class Receipt:
    provider_message_id: str
    delivered: bool
    code: str
    received_at: datetime | None


class SmsProvider(Protocol):
    name: str

    async def send(self, message: Outgoing) -> SendResult: ...

    async def receipts(self, pending: list[Pending]) -> list[Receipt]: ...


class LogProvider:
    """Development: the message goes to the log (masked phone), and counts as delivered."""

    name = "log"

    async def send(self, message: Outgoing) -> SendResult:
        log.info(
            "sms %s to %s****%s: %s", message.message_id, message.phone[:3], message.phone[-4:], message.body
        )
        return SendResult(accepted=True, provider_message_id=f"log-{message.message_id}")

    async def receipts(self, pending: list[Pending]) -> list[Receipt]:
        return [Receipt(p.provider_message_id, True, "DELIVRD", None) for p in pending]


class AliyunProvider:
    name = "aliyun"

    def __init__(
        self,
        access_key_id: str,
        access_key_secret: str,
        sign_name: str,
        endpoint: str,
        protocol: str = "https",
    ) -> None:
        from alibabacloud_dysmsapi20170525.client import Client
        from alibabacloud_tea_openapi import models as open_api_models

        config = open_api_models.Config(
            access_key_id=access_key_id,
            access_key_secret=access_key_secret,
            endpoint=endpoint,
            protocol=protocol,
        )
        self.client = Client(config)
        self.sign_name = sign_name

    @staticmethod
    def _runtime() -> object:
        from darabonba.runtime import RuntimeOptions

        # No retries inside the SDK: the worker retries with its own backoff and records each attempt.
        return RuntimeOptions(autoretry=False, connect_timeout=5000, read_timeout=10000)

    async def send(self, message: Outgoing) -> SendResult:
        from alibabacloud_dysmsapi20170525 import models

        request = models.SendSmsRequest(
            phone_numbers=message.phone,
            sign_name=self.sign_name,
            template_code=message.template_code,
            template_param=json.dumps(dict(message.parameters), ensure_ascii=False, separators=(",", ":")),
            out_id=str(message.message_id),
        )
        try:
            response = await self.client.send_sms_with_options_async(request, self._runtime())
        except Exception as exc:  # the SDK raises its own and the transport's errors
            return SendResult(accepted=False, error=f"{type(exc).__name__}: {exc}"[:500])
        body = response.body
        if body.code == "OK":
            return SendResult(accepted=True, provider_message_id=body.biz_id)
        # Throttling (isv.BUSINESS_LIMIT_CONTROL) and busy answers are retried; the rest is final.
        retry = body.code in {"isv.BUSINESS_LIMIT_CONTROL", "isp.SYSTEM_ERROR", "SignatureNonceUsed"}
        return SendResult(accepted=False, error=f"{body.code}: {body.message}"[:500], retry=retry)

    async def receipts(self, pending: list[Pending]) -> list[Receipt]:
        from alibabacloud_dysmsapi20170525 import models

        found: list[Receipt] = []
        for item in pending:
            request = models.QuerySendDetailsRequest(
                phone_number=item.phone,
                biz_id=item.provider_message_id,
                send_date=item.sent_at.astimezone(CHINA).strftime("%Y%m%d"),
                page_size=10,
                current_page=1,
            )
            try:
                response = await self.client.query_send_details_with_options_async(request, self._runtime())
            except Exception:
                log.warning("aliyun receipt query failed for message %s", item.message_id, exc_info=True)
                continue
            details = response.body.sms_send_detail_dtos
            for detail in (details.sms_send_detail_dto or []) if details else []:
                if detail.send_status == 1:  # waiting for the operator's report
                    continue
                delivered = detail.send_status == 3
                found.append(
                    Receipt(
                        item.provider_message_id,
                        delivered,
                        detail.err_code or "",
                        _beijing(detail.receive_date),
                    )
                )
                break
        return found


class TencentProvider:
    name = "tencent"

    def __init__(
        self,
        secret_id: str,
        secret_key: str,
        sdk_app_id: str,
        sign_name: str,
        region: str,
        endpoint: str,
        protocol: str = "https",
    ) -> None:
        from tencentcloud.common import credential
        from tencentcloud.common.profile.client_profile import ClientProfile
        from tencentcloud.common.profile.http_profile import HttpProfile
        from tencentcloud.sms.v20210111.sms_client_async import SmsClient

        profile = ClientProfile(httpProfile=HttpProfile(protocol=protocol, endpoint=endpoint, reqTimeout=10))
        self.client = SmsClient(credential.Credential(secret_id, secret_key), region, profile)
        self.sdk_app_id = sdk_app_id
        self.sign_name = sign_name

    async def send(self, message: Outgoing) -> SendResult:
        from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
        from tencentcloud.sms.v20210111 import models

        request = models.SendSmsRequest()
        request.PhoneNumberSet = [f"+86{message.phone}"]
        request.SmsSdkAppId = self.sdk_app_id
        request.SignName = self.sign_name
        request.TemplateId = message.template_code
        request.TemplateParamSet = [value for _, value in message.parameters]
        request.SessionContext = str(message.message_id)
        try:
            response = await self.client.SendSms(request)
        except TencentCloudSDKException as exc:
            retry = (
                exc.code in {"RequestLimitExceeded", "InternalError", "ClientNetworkError"} or not exc.code
            )
            return SendResult(accepted=False, error=f"{exc.code}: {exc.message}"[:500], retry=retry)
        except Exception as exc:
            return SendResult(accepted=False, error=f"{type(exc).__name__}: {exc}"[:500])
        status = response.SendStatusSet[0]
        if status.Code == "Ok":
            return SendResult(accepted=True, provider_message_id=status.SerialNo)
        retry = status.Code.startswith("LimitExceeded") or status.Code.startswith("InternalError")
        return SendResult(accepted=False, error=f"{status.Code}: {status.Message}"[:500], retry=retry)

    async def receipts(self, pending: list[Pending]) -> list[Receipt]:
        """Pull the status reports not pulled before (all of the app's, at most 100 a call)."""
        from tencentcloud.sms.v20210111 import models

        request = models.PullSmsSendStatusRequest()
        request.Limit = 100
        request.SmsSdkAppId = self.sdk_app_id
        try:
            response = await self.client.PullSmsSendStatus(request)
        except Exception:
            log.warning("tencent receipt pull failed", exc_info=True)
            return []
        return [
            Receipt(
                item.SerialNo,
                item.ReportStatus == "SUCCESS",
                item.Description or item.ReportStatus or "",
                datetime.fromtimestamp(item.UserReceiveTime, UTC) if item.UserReceiveTime else None,
            )
            for item in response.PullSmsSendStatusSet or []
        ]


def _beijing(text: str | None) -> datetime | None:
    """Aliyun's ``2026-12-08 08:00:05`` (Beijing time) as an instant."""
    if not text:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CHINA).astimezone(UTC)
    except ValueError:
        return None


RECEIPT_WINDOW = timedelta(days=3)  # Aliyun keeps send details for 30 days, Tencent reports for 72 hours


def provider_for(settings: Settings) -> SmsProvider:
    """The adapter ``FPW_SMS_PROVIDER`` names, with its keys from the environment."""
    if settings.sms_provider == "aliyun":
        return AliyunProvider(
            settings.sms_aliyun_access_key_id.get_secret_value(),
            settings.sms_aliyun_access_key_secret.get_secret_value(),
            settings.sms_sign_name,
            settings.sms_aliyun_endpoint,
        )
    if settings.sms_provider == "tencent":
        return TencentProvider(
            settings.sms_tencent_secret_id.get_secret_value(),
            settings.sms_tencent_secret_key.get_secret_value(),
            settings.sms_tencent_sdk_app_id,
            settings.sms_sign_name,
            settings.sms_tencent_region,
            settings.sms_tencent_endpoint,
        )
    return LogProvider()

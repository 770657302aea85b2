"""Settings from the environment (prefix ``FPW_``), validated once and cached."""

from __future__ import annotations

import hashlib
import json
import math
import os
import secrets
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from app.database_url import DATABASE_URL_EXAMPLE, postgresql_url

MIN_SECRET_LENGTH = 32
MIN_SECRET_BITS = 128
SECRET_ADVICE = 'make one with: python -c "import secrets; print(secrets.token_urlsafe(48))"'
# SHA-256 of secrets that were ever published (earlier development defaults): refused everywhere,
# so a token signed with one of them is never accepted.
PUBLISHED_SECRET_DIGESTS = frozenset(
    {
        "27005874e1b1cdc46e5d8fea0b428f5d68dd051b19129731f64759d386aee12c",
        "9add3b7b44f7111f446754f27cc94676c24eaa514e33ef15451064e8b3d4f5cc",
    }
)
SECRETS_FILE = "secrets.json"
_SECRET_NAMES = ("jwt_secret", "pii_key")


def secret_digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def estimated_secret_bits(value: str) -> float:
    """A cautious estimate of how many random bits ``value`` holds, to catch values nobody generated.

    Whitespace counts for nothing; a value that is one part repeated counts as that part once; what
    is left counts its length times the Shannon entropy of its characters' frequencies. So 40 spaces
    and 36 × "a" hold 0 bits, ``"0123456789abcdef" * 2`` holds 64, and
    ``secrets.token_urlsafe(48)`` (64 characters) about 340; hex needs 48+ digits to reach 128.
    """
    text = "".join(value.split())
    if not text:
        return 0.0
    period = (text + text).find(text, 1)
    part = text[:period]
    counts = Counter(part).values()
    return -sum(n * math.log2(n / len(part)) for n in counts)


def development_secrets(directory: Path) -> dict[str, str]:
    """Random secrets made on first start and kept in ``directory/secrets.json`` (mode 0600).

    Written to a private temporary file and linked into place, so that of several processes
    starting at once exactly one set wins and every process reads that one.
    """
    target = directory / SECRETS_FILE
    if not target.exists():
        directory.mkdir(parents=True, exist_ok=True)
        fresh = {name: secrets.token_urlsafe(48) for name in _SECRET_NAMES}
        temporary = directory / f".{SECRETS_FILE}.{os.getpid()}.{secrets.token_hex(4)}"
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            json.dump(fresh, handle)
        try:
            os.link(temporary, target)
        except FileExistsError:
            pass
        finally:
            temporary.unlink()
    stored = json.loads(target.read_text())
    return {name: str(stored[name]) for name in _SECRET_NAMES}


class Settings(BaseSettings):
    # hide_input_in_errors: a refused setting's error never echoes the values (the secrets among them).
    model_config = SettingsConfigDict(
        env_prefix="FPW_", env_file=None, extra="ignore", hide_input_in_errors=True
    )

    environment: Literal["development", "production"] = "development"
    # PostgreSQL only (postgresql_url). No default server: empty until set, and then the API, the
    # worker and Alembic refuse to start (require_database_url); scripts/run.sh and test.sh set it
    # from the embedded server. Tools that never connect (the OpenAPI export) run without it.
    database_url: str = ""
    db_pool_size: int = 20
    db_max_overflow: int = 20
    db_pool_timeout: float = 10.0
    # Overload fails fast: a request that cannot get a database connection within this budget is
    # answered 503 with Retry-After instead of queueing for seconds.
    db_admission_timeout_seconds: float = Field(default=1.0, gt=0, le=60)
    # At most this many API requests in progress per worker; the rest wait (FIFO) up to the same
    # budget, then 503 (app/admission.py): a loaded worker serves some requests fast rather than
    # every request slowly.
    max_requests_in_flight: int = Field(default=32, ge=1, le=10_000)
    # The hot GET routes skip FastAPI's per-request routing and dependency solving (app/read_lane.py);
    # false sends them through FastAPI like every other route (same answers, slower).
    read_lane: bool = True
    # Move what start-up allocated (modules, models, schemas, compiled statements) out of the
    # garbage collector's reach (gc.freeze) so that its full collections stop pausing requests;
    # unset: on in production. Tests leave it off (each app they build would stay frozen).
    gc_freeze: bool | None = None
    db_ping_after_idle_seconds: float = 10.0
    # Plain asyncpg connections for the fast read path (app/read_path.py), besides the ORM pool
    # above; the admission budget applies to both.
    db_read_pool_size: int = Field(default=10, ge=1, le=1000)
    # The per-process principal cache (app/principal_cache.py): entries are served at most this
    # long (a back stop; invalidation is by LISTEN/NOTIFY); 0 turns the cache off.
    principal_cache_seconds: float = Field(default=300.0, ge=0, le=3600)
    principal_cache_entries: int = Field(default=10_000, ge=1, le=1_000_000)

    # Empty means "not provided": production refuses to start, development makes random ones.
    jwt_secret: SecretStr = SecretStr("")
    # Key rotation (docs/operations.md): further secrets tokens are accepted with (the next one, before
    # it signs; the previous one, until its tokens expire). New tokens are signed with jwt_secret only.
    jwt_accepted_secrets: list[SecretStr] = []
    jwt_issuer: str = "fpwork"
    jwt_audience: str = "fpwork-api"
    access_token_minutes: int = Field(default=15, ge=1, le=24 * 60)
    refresh_token_days: int = Field(default=14, ge=1, le=90)

    pii_key: SecretStr = SecretStr("")
    # Key rotation: further PII keys that only decrypt (the next one, before it encrypts; the previous
    # one, until the worker has re-encrypted its values under pii_key). The lookup hashes' key stays
    # put through rotations: pii_lookup_key (empty: pii_key, allowed only while there is one PII key).
    pii_decrypt_keys: list[SecretStr] = []
    pii_lookup_key: SecretStr = SecretStr("")
    secrets_dir: Path = Path("./var")
    # GET /metrics answers only `Authorization: Bearer <metrics_token>` when set (compose.yaml sets
    # it; Prometheus sends it with `authorization: {credentials_file: …}`); empty: /metrics is open,
    # for a monitoring network that the public cannot reach (docs/operations.md, "Metrics").
    metrics_token: SecretStr = SecretStr("")

    cors_origins: list[str] = []
    # Where the public reaches this API, for links printed on paper (the QR code on a public
    # notice leads to its objection endpoint): scheme and host, no trailing slash.
    public_base_url: str = Field(
        default="http://127.0.0.1:8000", pattern=r"^https?://[^/\s]+(/[^\s]*[^/\s])?$"
    )
    max_body_bytes: int = 1024 * 1024
    # Sign-in throttling (app/services/core/signin_guard.py): failed sign-ins slow down, never lock.
    # A name from one address (or one known device) gets login_max_failures attempts, one address
    # (any names) login_address_max_failures, one name from unknown addresses
    # login_account_max_failures; then each admitted attempt makes the next wait
    # login_delay_seconds, doubling, up to login_lock_minutes (the account-wide wait: up to
    # login_account_delay_cap_seconds). Counts are forgotten login_failure_memory_hours after the
    # first. An address or device the user signed in from within login_known_days passes the
    # account-wide and address-wide waits.
    login_max_failures: int = Field(default=5, ge=1)
    login_lock_minutes: int = Field(default=15, ge=1, le=24 * 60)
    login_address_max_failures: int = Field(default=100, ge=1)
    login_account_max_failures: int = Field(default=50, ge=1)
    login_delay_seconds: int = Field(default=30, ge=1, le=3600)
    login_account_delay_cap_seconds: int = Field(default=120, ge=1, le=3600)
    login_failure_memory_hours: int = Field(default=24, ge=1, le=24 * 30)
    login_known_days: int = Field(default=90, ge=1, le=3650)
    # argon2 runs in this many worker threads, off the event loop.
    password_hash_workers: int = Field(default=2, ge=1, le=64)
    # argon2id's cost for new hashes (a stored hash keeps the cost it was made with). The defaults are
    # RFC 9106's low-memory choice; production refuses less than OWASP's minimum (19 MiB, 2 passes).
    # The test suite lowers them (tests/conftest.py): it signs in hundreds of times, and what it
    # tests is who may sign in, not how slowly.
    password_hash_memory_kib: int = Field(default=65536, ge=8, le=4 * 1024 * 1024)
    password_hash_time_cost: int = Field(default=3, ge=1, le=20)
    password_hash_parallelism: int = Field(default=4, ge=1, le=16)
    # Proxies (IPs or CIDRs) whose X-Forwarded-For is believed; otherwise the socket's peer is the client.
    trusted_proxies: list[str] = []
    log_level: str = "INFO"
    # The language of problem answers when a request sends no usable Accept-Language (zh-CN or en).
    default_language: Literal["zh-CN", "en"] = "en"
    # Contraceptive lots expiring within this many days are not handed out (kept for return).
    dispense_min_shelf_days: int = Field(default=30, ge=0, le=365)

    # Traces: the OTLP/HTTP collector's base URL (…/v1/traces is appended), e.g. http://127.0.0.1:4318.
    # Empty: OpenTelemetry's own OTEL_EXPORTER_OTLP_ENDPOINT decides; neither set: tracing is off
    # (app/tracing.py, docs/operations.md "Traces").
    otlp_endpoint: str = ""
    # The background worker (python -m app.worker), a process of its own next to the API.
    worker_poll_seconds: float = Field(default=1.0, gt=0, le=60)
    # Webhooks: hosts or networks (CIDR) a subscription may point at although they are loopback or
    # private (e.g. "127.0.0.1" for a receiver on this machine); everything else must be public.
    webhook_allowed_hosts: list[str] = []
    webhook_timeout_seconds: float = Field(default=5.0, gt=0, le=60)
    webhook_max_attempts: int = Field(default=8, ge=1, le=30)
    webhook_backoff_base_seconds: float = Field(default=5.0, ge=0, le=3600)
    # Text messages (docs/messages.md): "log" writes each message to the log (development); "aliyun"
    # and "tencent" send through the providers' official SDKs with the keys below (environment only).
    sms_provider: Literal["log", "aliyun", "tencent"] = "log"
    sms_sign_name: str = ""  # 短信签名, as approved by the provider
    sms_aliyun_access_key_id: SecretStr = SecretStr("")
    sms_aliyun_access_key_secret: SecretStr = SecretStr("")
    sms_aliyun_endpoint: str = "dysmsapi.aliyuncs.com"
    sms_tencent_secret_id: SecretStr = SecretStr("")
    sms_tencent_secret_key: SecretStr = SecretStr("")
    sms_tencent_sdk_app_id: str = ""
    sms_tencent_region: str = "ap-guangzhou"
    sms_tencent_endpoint: str = "sms.tencentcloudapi.com"
    sms_max_attempts: int = Field(default=5, ge=1, le=30)
    sms_backoff_base_seconds: float = Field(default=30.0, ge=0, le=3600)
    # The change feed hands out rows older than the oldest running transaction less this margin.
    feed_settle_seconds: float = Field(default=2.0, ge=0, le=600)
    # A mobile device that has not synced for this many days must sign in again before it downloads
    # (docs/mobile-sync.md: the office's rule for lost or idle devices, issue 27).
    sync_device_stale_days: int = Field(default=14, ge=1, le=365)
    # The sync change log keeps this many days of rows (the worker deletes older ones); a download
    # token older than that is answered 410 sync-token-expired. Longer than the stale limit above,
    # so a device that syncs within the office's rule never meets it (docs/mobile-sync.md).
    sync_changes_keep_days: int = Field(default=30, ge=1, le=3650)
    # At most this many operations in one upload batch (413 beyond: send the rest in another batch).
    sync_max_operations: int = Field(default=500, ge=1, le=10_000)
    # Bulk import (POST /imports) takes files up to this size.
    import_max_bytes: int = Field(default=64 * 1024 * 1024, ge=1024)
    # ... and at most this many data rows (413 beyond: split the file); see app/uploads.py.
    import_max_rows: int = Field(default=100_000, ge=1, le=10_000_000)
    # An evidence file (POST /evidence-files: a scanned invoice, a signed document) up to this size.
    evidence_max_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    # After SIGTERM, /readyz is 503 and the process keeps serving this long before uvicorn's own
    # graceful shutdown (--timeout-graceful-shutdown) finishes in-flight requests and exits.
    shutdown_drain_seconds: float = Field(default=5.0, ge=0, le=120)

    @model_validator(mode="after")
    def provide_secrets(self) -> Settings:
        """Production takes secrets from the environment only; development makes its own once.

        Refused everywhere: secrets that were ever published, shorter than 32 characters, holding
        fewer than 128 bits by ``estimated_secret_bits``, and the same value for both keys.
        """
        stored: dict[str, str] | None = None
        for name in _SECRET_NAMES:
            secret = getattr(self, name).get_secret_value()
            env_name = f"FPW_{name.upper()}"
            if not secret:
                if self.environment == "production":
                    raise ValueError(f"{env_name} must be set in production")
                stored = stored or development_secrets(self.secrets_dir)
                secret = stored[name]
                setattr(self, name, SecretStr(secret))
            if len(secret) < MIN_SECRET_LENGTH:
                raise ValueError(
                    f"{env_name} must be a random value of at least {MIN_SECRET_LENGTH} characters; "
                    + SECRET_ADVICE
                )
            if secret_digest(secret) in PUBLISHED_SECRET_DIGESTS:
                raise ValueError(f"{env_name} is a published value; set a random one: {SECRET_ADVICE}")
            bits = estimated_secret_bits(secret)
            if bits < MIN_SECRET_BITS:
                raise ValueError(
                    f"{env_name} is too predictable (about {bits:.0f} random bits, at least "
                    f"{MIN_SECRET_BITS} needed: spaces, repeated characters or a repeated pattern); "
                    + SECRET_ADVICE
                )
        if self.jwt_secret.get_secret_value() == self.pii_key.get_secret_value():
            raise ValueError(
                "FPW_JWT_SECRET and FPW_PII_KEY must be different random values (one signs tokens, "
                f"the other encrypts personal data); {SECRET_ADVICE}, once for each"
            )
        self._check_rotation_keys()
        return self

    @field_validator("metrics_token")
    @classmethod
    def refuse_a_guessable_metrics_token(cls, value: SecretStr) -> SecretStr:
        token = value.get_secret_value()
        if token and (len(token) < MIN_SECRET_LENGTH or estimated_secret_bits(token) < MIN_SECRET_BITS):
            raise ValueError(
                f"FPW_METRICS_TOKEN must be at least {MIN_SECRET_LENGTH} characters and "
                f"{MIN_SECRET_BITS} bits; {SECRET_ADVICE}"
            )
        return value

    @field_validator("database_url")
    @classmethod
    def accept_postgresql_only(cls, value: str) -> str:
        return postgresql_url(value) if value else value

    def _check_rotation_keys(self) -> None:
        """The further keys pass the same checks; token keys and PII keys never overlap; once a PII
        rotation begins, the lookup key must be named (the hashes were made with the first key)."""
        extra = {
            "FPW_JWT_ACCEPTED_SECRETS": self.jwt_accepted_secrets,
            "FPW_PII_DECRYPT_KEYS": self.pii_decrypt_keys,
            "FPW_PII_LOOKUP_KEY": [self.pii_lookup_key] if self.pii_lookup_key.get_secret_value() else [],
        }
        for env_name, values in extra.items():
            for value in values:
                secret = value.get_secret_value()
                weak = len(secret) < MIN_SECRET_LENGTH or estimated_secret_bits(secret) < MIN_SECRET_BITS
                if weak or secret_digest(secret) in PUBLISHED_SECRET_DIGESTS:
                    raise ValueError(
                        f"{env_name} holds a short, predictable or published value; {SECRET_ADVICE}"
                    )
        token_keys = {s.get_secret_value() for s in self.jwt_verification_secrets}
        pii_keys = {
            s.get_secret_value() for s in (*self.pii_keys, self.pii_lookup_key) if s.get_secret_value()
        }
        if token_keys & pii_keys:
            raise ValueError(
                "a value appears among both the JWT secrets and the PII keys; use different ones"
            )
        if self.pii_decrypt_keys and not self.pii_lookup_key.get_secret_value():
            raise ValueError(
                "FPW_PII_DECRYPT_KEYS is set but FPW_PII_LOOKUP_KEY is not: set it to the PII key the "
                "lookup hashes were made with (the first FPW_PII_KEY); see docs/operations.md"
            )

    @property
    def jwt_verification_secrets(self) -> tuple[SecretStr, ...]:
        """The current signing secret first, then the further accepted ones."""
        return (self.jwt_secret, *self.jwt_accepted_secrets)

    @property
    def pii_keys(self) -> tuple[SecretStr, ...]:
        """The current PII key first (it encrypts), then the decrypt-only ones."""
        return (self.pii_key, *self.pii_decrypt_keys)

    @model_validator(mode="after")
    def require_sms_keys(self) -> Settings:
        """A real provider needs its keys and signature; the settings error names what is missing."""
        needed = {
            "aliyun": ("sms_aliyun_access_key_id", "sms_aliyun_access_key_secret", "sms_sign_name"),
            "tencent": (
                "sms_tencent_secret_id",
                "sms_tencent_secret_key",
                "sms_tencent_sdk_app_id",
                "sms_sign_name",
            ),
        }.get(self.sms_provider, ())
        missing = []
        for name in needed:
            value = getattr(self, name)
            if not (value.get_secret_value() if isinstance(value, SecretStr) else value):
                missing.append(f"FPW_{name.upper()}")
        if missing:
            raise ValueError(f"FPW_SMS_PROVIDER={self.sms_provider} needs {', '.join(missing)}")
        return self

    @model_validator(mode="after")
    def require_strong_password_hashing_in_production(self) -> Settings:
        if self.environment == "production" and (
            self.password_hash_memory_kib < 19456 or self.password_hash_time_cost < 2
        ):
            raise ValueError(
                "FPW_PASSWORD_HASH_MEMORY_KIB must be at least 19456 and "
                "FPW_PASSWORD_HASH_TIME_COST at least 2 in production"
            )
        return self

    @model_validator(mode="after")
    def require_database_in_production(self) -> Settings:
        """Production names its database: nothing starts an embedded server there."""
        if self.environment == "production" and not self.database_url:
            raise ValueError(f"FPW_DATABASE_URL must be set in production, e.g. {DATABASE_URL_EXAMPLE}")
        return self

    @property
    def freezes_startup_heap(self) -> bool:
        return self.gc_freeze if self.gc_freeze is not None else self.environment == "production"


@lru_cache
def get_settings() -> Settings:
    return Settings()

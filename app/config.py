"""Settings from the environment (prefix ``FPW_``), validated once and cached."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_JWT_SECRET = "dev-only-jwt-secret-change-me-in-production-0000"
DEV_PII_KEY = "dev-only-pii-key-change-me-in-production-00000000"
MIN_SECRET_LENGTH = 32


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FPW_", env_file=None, extra="ignore")

    environment: Literal["development", "production"] = "development"
    database_url: str = "sqlite+aiosqlite:///./var/fpwork.db"
    db_pool_size: int = 20
    db_max_overflow: int = 20
    db_pool_timeout: float = 10.0
    db_ping_after_idle_seconds: float = 10.0

    jwt_secret: SecretStr = SecretStr(DEV_JWT_SECRET)
    jwt_issuer: str = "fpwork"
    jwt_audience: str = "fpwork-api"
    access_token_minutes: int = Field(default=15, ge=1, le=24 * 60)
    refresh_token_days: int = Field(default=14, ge=1, le=90)

    pii_key: SecretStr = SecretStr(DEV_PII_KEY)

    cors_origins: list[str] = []
    max_body_bytes: int = 1024 * 1024
    login_max_failures: int = 5
    login_lock_minutes: int = 15
    log_level: str = "INFO"
    # The language of problem answers when a request sends no usable Accept-Language (zh-CN or en).
    default_language: Literal["zh-CN", "en"] = "en"
    # Contraceptive lots expiring within this many days are not handed out (kept for return).
    dispense_min_shelf_days: int = Field(default=30, ge=0, le=365)

    # The background worker (python -m app.worker). On SQLite run.sh starts it inside the API process.
    worker_in_process: bool = False
    worker_poll_seconds: float = Field(default=1.0, gt=0, le=60)
    # Webhooks: hosts or networks (CIDR) a subscription may point at although they are loopback or
    # private (e.g. "127.0.0.1" for a receiver on this machine); everything else must be public.
    webhook_allowed_hosts: list[str] = []
    webhook_timeout_seconds: float = Field(default=5.0, gt=0, le=60)
    webhook_max_attempts: int = Field(default=8, ge=1, le=30)
    webhook_backoff_base_seconds: float = Field(default=5.0, ge=0, le=3600)
    # The change feed hands out rows older than the oldest running transaction less this margin.
    feed_settle_seconds: float = Field(default=2.0, ge=0, le=600)
    # Bulk import (POST /imports) takes files up to this size.
    import_max_bytes: int = Field(default=64 * 1024 * 1024, ge=1024)

    @model_validator(mode="after")
    def refuse_weak_secrets_in_production(self) -> Settings:
        """Production must not run with the published development secrets or short ones."""
        if self.environment == "production":
            for name, value, default in (
                ("FPW_JWT_SECRET", self.jwt_secret, DEV_JWT_SECRET),
                ("FPW_PII_KEY", self.pii_key, DEV_PII_KEY),
            ):
                secret = value.get_secret_value()
                if secret == default or len(secret) < MIN_SECRET_LENGTH:
                    raise ValueError(
                        f"{name} must be set to a random value of at least "
                        f"{MIN_SECRET_LENGTH} characters in production"
                    )
        return self

    @model_validator(mode="after")
    def refuse_sqlite_in_production(self) -> Settings:
        """The embedded SQLite file is for development and demos: production runs on PostgreSQL
        (several replicas, backups, the advisory lock that serialises migrations)."""
        if self.environment == "production" and not self.database_url.startswith("postgresql"):
            raise ValueError(
                "FPW_DATABASE_URL must name a PostgreSQL database in production "
                "(postgresql+asyncpg://user:password@host:5432/name); SQLite is for development only"
            )
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    return Settings()

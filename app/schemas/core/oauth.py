"""The token endpoint's own error body (RFC 6749 §5.2), the one answer that is not problem+json."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

OAuthErrorCode = Literal[
    "invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type"
]


class OAuthError(BaseModel):
    error: OAuthErrorCode = Field(description="RFC 6749 §5.2 error code")
    error_description: str = Field(description="What went wrong, for the developer")


class TokenResponse(BaseModel):
    """RFC 6749 §5.1; client credentials get no refresh token (§4.4.3)."""

    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires")
    refresh_token: str | None = Field(
        default=None, description="Only for the password and refresh_token grants"
    )

"""The README's walk-through, with the generated Python client (clients/python).

Run against a server with the demo data (scripts/run.sh):

    PYTHONPATH=clients/python python clients/python/examples/walkthrough.py http://127.0.0.1:8000

Each step checks what it got and the script exits non-zero on the first surprise; the tests run it
against a live server.
"""

from __future__ import annotations

import sys

from fpwork_client import AuthenticatedClient, Client
from fpwork_client.api.core_records_residents_and_families import get_resident, list_residents, update_resident
from fpwork_client.api.platform_sign_in import get_me, issue_token, refresh_token
from fpwork_client.api.public_no_sign_in import list_public_policies
from fpwork_client.models import (
    BodyIssueToken,
    PagePolicySummary,
    PageResidentRead,
    RefreshRequest,
    ResidentRead,
    ResidentUpdate,
    TokenResponse,
)
from fpwork_client.types import Unset

DEMO_PASSWORD = "demo-pass-2019"
DEMO_CLIENT_SECRET = "demo-secret-2019"


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise SystemExit(f"walk-through failed: {what}")
    print(f"ok  {what}")


def main(base_url: str) -> None:
    anonymous = Client(base_url=base_url, raise_on_unexpected_status=True)

    # sign in (OAuth2 password grant)
    signed_in = issue_token.sync(
        client=anonymous,
        body=BodyIssueToken(grant_type="password", username="community-a", password=DEMO_PASSWORD),
    )
    expect(isinstance(signed_in, TokenResponse), "community-a signs in with the password grant")
    assert isinstance(signed_in, TokenResponse)
    api = AuthenticatedClient(base_url=base_url, token=signed_in.access_token, raise_on_unexpected_status=True)
    me = get_me.sync(client=api)
    expect(getattr(me, "username", None) == "community-a", "the token says who is signed in")

    # community A's residents, 20 a page; ID numbers and phones are masked
    first = list_residents.sync(client=api, limit=20)
    expect(isinstance(first, PageResidentRead) and len(first.items) == 20, "a first page of 20 residents")
    assert isinstance(first, PageResidentRead)
    expect(all("*" in r.id_number for r in first.items), "ID numbers are masked in lists")
    # the next page: pass next_cursor back
    cursor = first.next_cursor
    expect(isinstance(cursor, str) and bool(cursor), "the page says where the next one starts")
    assert isinstance(cursor, str)
    second = list_residents.sync(client=api, limit=20, cursor=cursor)
    assert isinstance(second, PageResidentRead)
    expect(
        not {r.id for r in first.items} & {r.id for r in second.items}, "the second page continues the first"
    )

    # one resident, in full (needs pii:read; audited)
    resident_id = first.items[0].id
    revealed = get_resident.sync_detailed(resident_id, client=api, reveal=True)
    expect(revealed.status_code == 200, "one resident read in full")
    resident = revealed.parsed
    assert isinstance(resident, ResidentRead)
    expect("*" not in resident.id_number, "the ID number is revealed to a pii:read holder")

    # a correction, guarded by the ETag you read
    etag = revealed.headers["etag"]
    corrected = update_resident.sync_detailed(
        resident_id, client=api, body=ResidentUpdate(phone="13900001111"), if_match=etag
    )
    expect(corrected.status_code == 200, "the correction with the current ETag is accepted")
    stale = update_resident.sync_detailed(
        resident_id, client=api, body=ResidentUpdate(phone="13900002222"), if_match=etag
    )
    expect(stale.status_code == 412, "the same ETag again is stale: 412")

    # new tokens before the access token expires; the old refresh token is spent
    assert isinstance(signed_in.refresh_token, str)
    renewed = refresh_token.sync(client=anonymous, body=RefreshRequest(refresh_token=signed_in.refresh_token))
    expect(
        isinstance(renewed, TokenResponse) and renewed.access_token != signed_in.access_token,
        "the refresh token gives a new pair",
    )

    # the public policy search needs no token
    policies = list_public_policies.sync(client=anonymous, q="生育")
    expect(isinstance(policies, PagePolicySummary), "the public policy search answers without a token")

    # systems sign in with client credentials, and get no refresh token
    system = issue_token.sync(
        client=anonymous,
        body=BodyIssueToken(
            grant_type="client_credentials", client_id="integration", client_secret=DEMO_CLIENT_SECRET
        ),
    )
    expect(
        isinstance(system, TokenResponse) and isinstance(system.refresh_token, Unset),
        "the integration system signs in with client credentials (no refresh token)",
    )
    print("walk-through complete")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")

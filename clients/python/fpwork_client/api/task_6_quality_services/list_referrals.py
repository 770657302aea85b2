from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_referral_read import PageReferralRead
from ...models.problem import Problem
from ...models.referral_priority import ReferralPriority
from ...models.referral_status import ReferralStatus
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: None | ReferralStatus | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    partner_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    screening_id: int | None | Unset = UNSET,
    priority: None | ReferralPriority | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ReferralStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

    json_partner_id: int | None | Unset
    if isinstance(partner_id, Unset):
        json_partner_id = UNSET
    else:
        json_partner_id = partner_id
    params["partner_id"] = json_partner_id

    json_resident_id: int | None | Unset
    if isinstance(resident_id, Unset):
        json_resident_id = UNSET
    else:
        json_resident_id = resident_id
    params["resident_id"] = json_resident_id

    json_screening_id: int | None | Unset
    if isinstance(screening_id, Unset):
        json_screening_id = UNSET
    else:
        json_screening_id = screening_id
    params["screening_id"] = json_screening_id

    json_priority: None | str | Unset
    if isinstance(priority, Unset):
        json_priority = UNSET
    elif isinstance(priority, ReferralPriority):
        json_priority = priority.value
    else:
        json_priority = priority
    params["priority"] = json_priority

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/referrals",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageReferralRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageReferralRead.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageReferralRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | ReferralStatus | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    partner_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    screening_id: int | None | Unset = UNSET,
    priority: None | ReferralPriority | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageReferralRead | Problem]:
    """ Referrals in the caller's area; overdue=true for late ones

     Referrals in the caller's area; overdue=true for late ones.

    **Who may call it:** holders of `referrals:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        status (None | ReferralStatus | Unset):
        overdue (bool | None | Unset): Open referrals past their follow-up date
        partner_id (int | None | Unset):
        resident_id (int | None | Unset):
        screening_id (int | None | Unset):
        priority (None | ReferralPriority | Unset):
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageReferralRead | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
overdue=overdue,
partner_id=partner_id,
resident_id=resident_id,
screening_id=screening_id,
priority=priority,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    status: None | ReferralStatus | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    partner_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    screening_id: int | None | Unset = UNSET,
    priority: None | ReferralPriority | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageReferralRead | Problem | None:
    """ Referrals in the caller's area; overdue=true for late ones

     Referrals in the caller's area; overdue=true for late ones.

    **Who may call it:** holders of `referrals:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        status (None | ReferralStatus | Unset):
        overdue (bool | None | Unset): Open referrals past their follow-up date
        partner_id (int | None | Unset):
        resident_id (int | None | Unset):
        screening_id (int | None | Unset):
        priority (None | ReferralPriority | Unset):
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageReferralRead | Problem
     """


    return sync_detailed(
        client=client,
status=status,
overdue=overdue,
partner_id=partner_id,
resident_id=resident_id,
screening_id=screening_id,
priority=priority,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | ReferralStatus | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    partner_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    screening_id: int | None | Unset = UNSET,
    priority: None | ReferralPriority | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageReferralRead | Problem]:
    """ Referrals in the caller's area; overdue=true for late ones

     Referrals in the caller's area; overdue=true for late ones.

    **Who may call it:** holders of `referrals:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        status (None | ReferralStatus | Unset):
        overdue (bool | None | Unset): Open referrals past their follow-up date
        partner_id (int | None | Unset):
        resident_id (int | None | Unset):
        screening_id (int | None | Unset):
        priority (None | ReferralPriority | Unset):
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageReferralRead | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
overdue=overdue,
partner_id=partner_id,
resident_id=resident_id,
screening_id=screening_id,
priority=priority,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    status: None | ReferralStatus | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    partner_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    screening_id: int | None | Unset = UNSET,
    priority: None | ReferralPriority | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageReferralRead | Problem | None:
    """ Referrals in the caller's area; overdue=true for late ones

     Referrals in the caller's area; overdue=true for late ones.

    **Who may call it:** holders of `referrals:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        status (None | ReferralStatus | Unset):
        overdue (bool | None | Unset): Open referrals past their follow-up date
        partner_id (int | None | Unset):
        resident_id (int | None | Unset):
        screening_id (int | None | Unset):
        priority (None | ReferralPriority | Unset):
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageReferralRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
status=status,
overdue=overdue,
partner_id=partner_id,
resident_id=resident_id,
screening_id=screening_id,
priority=priority,
limit=limit,
cursor=cursor,

    )).parsed

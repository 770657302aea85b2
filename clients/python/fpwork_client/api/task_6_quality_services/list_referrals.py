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
    status: ReferralStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    partner_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    screening_id: int | Unset = UNSET,
    priority: ReferralPriority | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["overdue"] = overdue

    params["partner_id"] = partner_id

    params["resident_id"] = resident_id

    params["screening_id"] = screening_id

    json_priority: str | Unset = UNSET
    if not isinstance(priority, Unset):
        json_priority = priority.value

    params["priority"] = json_priority

    params["limit"] = limit

    params["cursor"] = cursor


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
    status: ReferralStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    partner_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    screening_id: int | Unset = UNSET,
    priority: ReferralPriority | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageReferralRead | Problem]:
    """ Referrals in the caller's area; overdue=true for late ones

     Referrals in the caller's area; overdue=true for late ones.

    **Who may call it:** holders of `referrals:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        status (ReferralStatus | Unset):
        overdue (bool | Unset): Open referrals past their follow-up date
        partner_id (int | Unset):
        resident_id (int | Unset):
        screening_id (int | Unset):
        priority (ReferralPriority | Unset): FHIR request priority codes.
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (str | Unset): Opaque: the `next_cursor` of the previous page of this list, left
            out for the first page. A cursor continues the listing that issued it: one from a change
            feed (`updated_since`) continues only a change feed, one from a plain page only plain
            pages. Any other value, even one that looks like a cursor, is 422 `The cursor is not
            valid`.

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
    status: ReferralStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    partner_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    screening_id: int | Unset = UNSET,
    priority: ReferralPriority | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageReferralRead | Problem | None:
    """ Referrals in the caller's area; overdue=true for late ones

     Referrals in the caller's area; overdue=true for late ones.

    **Who may call it:** holders of `referrals:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        status (ReferralStatus | Unset):
        overdue (bool | Unset): Open referrals past their follow-up date
        partner_id (int | Unset):
        resident_id (int | Unset):
        screening_id (int | Unset):
        priority (ReferralPriority | Unset): FHIR request priority codes.
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (str | Unset): Opaque: the `next_cursor` of the previous page of this list, left
            out for the first page. A cursor continues the listing that issued it: one from a change
            feed (`updated_since`) continues only a change feed, one from a plain page only plain
            pages. Any other value, even one that looks like a cursor, is 422 `The cursor is not
            valid`.

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
    status: ReferralStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    partner_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    screening_id: int | Unset = UNSET,
    priority: ReferralPriority | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageReferralRead | Problem]:
    """ Referrals in the caller's area; overdue=true for late ones

     Referrals in the caller's area; overdue=true for late ones.

    **Who may call it:** holders of `referrals:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        status (ReferralStatus | Unset):
        overdue (bool | Unset): Open referrals past their follow-up date
        partner_id (int | Unset):
        resident_id (int | Unset):
        screening_id (int | Unset):
        priority (ReferralPriority | Unset): FHIR request priority codes.
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (str | Unset): Opaque: the `next_cursor` of the previous page of this list, left
            out for the first page. A cursor continues the listing that issued it: one from a change
            feed (`updated_since`) continues only a change feed, one from a plain page only plain
            pages. Any other value, even one that looks like a cursor, is 422 `The cursor is not
            valid`.

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
    status: ReferralStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    partner_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    screening_id: int | Unset = UNSET,
    priority: ReferralPriority | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageReferralRead | Problem | None:
    """ Referrals in the caller's area; overdue=true for late ones

     Referrals in the caller's area; overdue=true for late ones.

    **Who may call it:** holders of `referrals:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        status (ReferralStatus | Unset):
        overdue (bool | Unset): Open referrals past their follow-up date
        partner_id (int | Unset):
        resident_id (int | Unset):
        screening_id (int | Unset):
        priority (ReferralPriority | Unset): FHIR request priority codes.
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (str | Unset): Opaque: the `next_cursor` of the previous page of this list, left
            out for the first page. A cursor continues the listing that issued it: one from a change
            feed (`updated_since`) continues only a change feed, one from a plain page only plain
            pages. Any other value, even one that looks like a cursor, is 422 `The cursor is not
            valid`.

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

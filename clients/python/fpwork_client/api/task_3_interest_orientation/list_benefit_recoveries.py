from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_recovery_read import PageRecoveryRead
from ...models.problem import Problem
from ...models.recovery_status import RecoveryStatus
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    status: RecoveryStatus | Unset = UNSET,
    program_id: int | Unset = UNSET,
    community_id: int | Unset = UNSET,
    enrolment_id: int | Unset = UNSET,
    beneficiary_id: int | Unset = UNSET,
    found_from: datetime.date | Unset = UNSET,
    found_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["program_id"] = program_id

    params["community_id"] = community_id

    params["enrolment_id"] = enrolment_id

    params["beneficiary_id"] = beneficiary_id

    json_found_from: str | Unset = UNSET
    if not isinstance(found_from, Unset):
        json_found_from = found_from.isoformat()
    params["found_from"] = json_found_from

    json_found_to: str | Unset = UNSET
    if not isinstance(found_to, Unset):
        json_found_to = found_to.isoformat()
    params["found_to"] = json_found_to

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/benefit-recoveries",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageRecoveryRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageRecoveryRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageRecoveryRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: RecoveryStatus | Unset = UNSET,
    program_id: int | Unset = UNSET,
    community_id: int | Unset = UNSET,
    enrolment_id: int | Unset = UNSET,
    beneficiary_id: int | Unset = UNSET,
    found_from: datetime.date | Unset = UNSET,
    found_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageRecoveryRead | Problem]:
    """ Overpayments to recover (追回) in the caller's area: months paid after a life event

     Overpayments to recover (追回) in the caller's area: months paid after a life event.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (RecoveryStatus | Unset):
        program_id (int | Unset):
        community_id (int | Unset):
        enrolment_id (int | Unset):
        beneficiary_id (int | Unset):
        found_from (datetime.date | Unset): Found on or after this day
        found_to (datetime.date | Unset): Found on or before this day
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
        Response[PageRecoveryRead | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
program_id=program_id,
community_id=community_id,
enrolment_id=enrolment_id,
beneficiary_id=beneficiary_id,
found_from=found_from,
found_to=found_to,
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
    status: RecoveryStatus | Unset = UNSET,
    program_id: int | Unset = UNSET,
    community_id: int | Unset = UNSET,
    enrolment_id: int | Unset = UNSET,
    beneficiary_id: int | Unset = UNSET,
    found_from: datetime.date | Unset = UNSET,
    found_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageRecoveryRead | Problem | None:
    """ Overpayments to recover (追回) in the caller's area: months paid after a life event

     Overpayments to recover (追回) in the caller's area: months paid after a life event.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (RecoveryStatus | Unset):
        program_id (int | Unset):
        community_id (int | Unset):
        enrolment_id (int | Unset):
        beneficiary_id (int | Unset):
        found_from (datetime.date | Unset): Found on or after this day
        found_to (datetime.date | Unset): Found on or before this day
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
        PageRecoveryRead | Problem
     """


    return sync_detailed(
        client=client,
status=status,
program_id=program_id,
community_id=community_id,
enrolment_id=enrolment_id,
beneficiary_id=beneficiary_id,
found_from=found_from,
found_to=found_to,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: RecoveryStatus | Unset = UNSET,
    program_id: int | Unset = UNSET,
    community_id: int | Unset = UNSET,
    enrolment_id: int | Unset = UNSET,
    beneficiary_id: int | Unset = UNSET,
    found_from: datetime.date | Unset = UNSET,
    found_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageRecoveryRead | Problem]:
    """ Overpayments to recover (追回) in the caller's area: months paid after a life event

     Overpayments to recover (追回) in the caller's area: months paid after a life event.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (RecoveryStatus | Unset):
        program_id (int | Unset):
        community_id (int | Unset):
        enrolment_id (int | Unset):
        beneficiary_id (int | Unset):
        found_from (datetime.date | Unset): Found on or after this day
        found_to (datetime.date | Unset): Found on or before this day
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
        Response[PageRecoveryRead | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
program_id=program_id,
community_id=community_id,
enrolment_id=enrolment_id,
beneficiary_id=beneficiary_id,
found_from=found_from,
found_to=found_to,
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
    status: RecoveryStatus | Unset = UNSET,
    program_id: int | Unset = UNSET,
    community_id: int | Unset = UNSET,
    enrolment_id: int | Unset = UNSET,
    beneficiary_id: int | Unset = UNSET,
    found_from: datetime.date | Unset = UNSET,
    found_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageRecoveryRead | Problem | None:
    """ Overpayments to recover (追回) in the caller's area: months paid after a life event

     Overpayments to recover (追回) in the caller's area: months paid after a life event.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (RecoveryStatus | Unset):
        program_id (int | Unset):
        community_id (int | Unset):
        enrolment_id (int | Unset):
        beneficiary_id (int | Unset):
        found_from (datetime.date | Unset): Found on or after this day
        found_to (datetime.date | Unset): Found on or before this day
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
        PageRecoveryRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
status=status,
program_id=program_id,
community_id=community_id,
enrolment_id=enrolment_id,
beneficiary_id=beneficiary_id,
found_from=found_from,
found_to=found_to,
limit=limit,
cursor=cursor,

    )).parsed

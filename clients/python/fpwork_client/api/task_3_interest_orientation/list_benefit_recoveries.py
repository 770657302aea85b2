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
    status: None | RecoveryStatus | Unset = UNSET,
    program_id: int | None | Unset = UNSET,
    community_id: int | None | Unset = UNSET,
    enrolment_id: int | None | Unset = UNSET,
    beneficiary_id: int | None | Unset = UNSET,
    found_from: datetime.date | None | Unset = UNSET,
    found_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, RecoveryStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_program_id: int | None | Unset
    if isinstance(program_id, Unset):
        json_program_id = UNSET
    else:
        json_program_id = program_id
    params["program_id"] = json_program_id

    json_community_id: int | None | Unset
    if isinstance(community_id, Unset):
        json_community_id = UNSET
    else:
        json_community_id = community_id
    params["community_id"] = json_community_id

    json_enrolment_id: int | None | Unset
    if isinstance(enrolment_id, Unset):
        json_enrolment_id = UNSET
    else:
        json_enrolment_id = enrolment_id
    params["enrolment_id"] = json_enrolment_id

    json_beneficiary_id: int | None | Unset
    if isinstance(beneficiary_id, Unset):
        json_beneficiary_id = UNSET
    else:
        json_beneficiary_id = beneficiary_id
    params["beneficiary_id"] = json_beneficiary_id

    json_found_from: None | str | Unset
    if isinstance(found_from, Unset):
        json_found_from = UNSET
    elif isinstance(found_from, datetime.date):
        json_found_from = found_from.isoformat()
    else:
        json_found_from = found_from
    params["found_from"] = json_found_from

    json_found_to: None | str | Unset
    if isinstance(found_to, Unset):
        json_found_to = UNSET
    elif isinstance(found_to, datetime.date):
        json_found_to = found_to.isoformat()
    else:
        json_found_to = found_to
    params["found_to"] = json_found_to

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
    status: None | RecoveryStatus | Unset = UNSET,
    program_id: int | None | Unset = UNSET,
    community_id: int | None | Unset = UNSET,
    enrolment_id: int | None | Unset = UNSET,
    beneficiary_id: int | None | Unset = UNSET,
    found_from: datetime.date | None | Unset = UNSET,
    found_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageRecoveryRead | Problem]:
    """ Overpayments to recover (追回) in the caller's area: months paid after a life event

     Overpayments to recover (追回) in the caller's area: months paid after a life event.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (None | RecoveryStatus | Unset):
        program_id (int | None | Unset):
        community_id (int | None | Unset):
        enrolment_id (int | None | Unset):
        beneficiary_id (int | None | Unset):
        found_from (datetime.date | None | Unset): Found on or after this day
        found_to (datetime.date | None | Unset): Found on or before this day
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

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
    status: None | RecoveryStatus | Unset = UNSET,
    program_id: int | None | Unset = UNSET,
    community_id: int | None | Unset = UNSET,
    enrolment_id: int | None | Unset = UNSET,
    beneficiary_id: int | None | Unset = UNSET,
    found_from: datetime.date | None | Unset = UNSET,
    found_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageRecoveryRead | Problem | None:
    """ Overpayments to recover (追回) in the caller's area: months paid after a life event

     Overpayments to recover (追回) in the caller's area: months paid after a life event.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (None | RecoveryStatus | Unset):
        program_id (int | None | Unset):
        community_id (int | None | Unset):
        enrolment_id (int | None | Unset):
        beneficiary_id (int | None | Unset):
        found_from (datetime.date | None | Unset): Found on or after this day
        found_to (datetime.date | None | Unset): Found on or before this day
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

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
    status: None | RecoveryStatus | Unset = UNSET,
    program_id: int | None | Unset = UNSET,
    community_id: int | None | Unset = UNSET,
    enrolment_id: int | None | Unset = UNSET,
    beneficiary_id: int | None | Unset = UNSET,
    found_from: datetime.date | None | Unset = UNSET,
    found_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageRecoveryRead | Problem]:
    """ Overpayments to recover (追回) in the caller's area: months paid after a life event

     Overpayments to recover (追回) in the caller's area: months paid after a life event.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (None | RecoveryStatus | Unset):
        program_id (int | None | Unset):
        community_id (int | None | Unset):
        enrolment_id (int | None | Unset):
        beneficiary_id (int | None | Unset):
        found_from (datetime.date | None | Unset): Found on or after this day
        found_to (datetime.date | None | Unset): Found on or before this day
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

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
    status: None | RecoveryStatus | Unset = UNSET,
    program_id: int | None | Unset = UNSET,
    community_id: int | None | Unset = UNSET,
    enrolment_id: int | None | Unset = UNSET,
    beneficiary_id: int | None | Unset = UNSET,
    found_from: datetime.date | None | Unset = UNSET,
    found_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageRecoveryRead | Problem | None:
    """ Overpayments to recover (追回) in the caller's area: months paid after a life event

     Overpayments to recover (追回) in the caller's area: months paid after a life event.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (None | RecoveryStatus | Unset):
        program_id (int | None | Unset):
        community_id (int | None | Unset):
        enrolment_id (int | None | Unset):
        beneficiary_id (int | None | Unset):
        found_from (datetime.date | None | Unset): Found on or after this day
        found_to (datetime.date | None | Unset): Found on or before this day
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

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

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.application_status import ApplicationStatus
from ...models.page_application_read import PageApplicationRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    status: ApplicationStatus | Unset = UNSET,
    program_id: int | Unset = UNSET,
    community_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,
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

    params["family_id"] = family_id

    json_submitted_from: str | Unset = UNSET
    if not isinstance(submitted_from, Unset):
        json_submitted_from = submitted_from.isoformat()
    params["submitted_from"] = json_submitted_from

    json_submitted_to: str | Unset = UNSET
    if not isinstance(submitted_to, Unset):
        json_submitted_to = submitted_to.isoformat()
    params["submitted_to"] = json_submitted_to

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/benefit-applications",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageApplicationRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageApplicationRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageApplicationRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ApplicationStatus | Unset = UNSET,
    program_id: int | Unset = UNSET,
    community_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageApplicationRead | Problem]:
    """ Applications in the caller's area, newest first

     Applications in the caller's area, newest first.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (ApplicationStatus | Unset):
        program_id (int | Unset):
        community_id (int | Unset):
        family_id (int | Unset):
        submitted_from (datetime.date | Unset): Submitted on or after (Beijing date)
        submitted_to (datetime.date | Unset): Submitted on or before
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
        Response[PageApplicationRead | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
program_id=program_id,
community_id=community_id,
family_id=family_id,
submitted_from=submitted_from,
submitted_to=submitted_to,
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
    status: ApplicationStatus | Unset = UNSET,
    program_id: int | Unset = UNSET,
    community_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageApplicationRead | Problem | None:
    """ Applications in the caller's area, newest first

     Applications in the caller's area, newest first.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (ApplicationStatus | Unset):
        program_id (int | Unset):
        community_id (int | Unset):
        family_id (int | Unset):
        submitted_from (datetime.date | Unset): Submitted on or after (Beijing date)
        submitted_to (datetime.date | Unset): Submitted on or before
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
        PageApplicationRead | Problem
     """


    return sync_detailed(
        client=client,
status=status,
program_id=program_id,
community_id=community_id,
family_id=family_id,
submitted_from=submitted_from,
submitted_to=submitted_to,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ApplicationStatus | Unset = UNSET,
    program_id: int | Unset = UNSET,
    community_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageApplicationRead | Problem]:
    """ Applications in the caller's area, newest first

     Applications in the caller's area, newest first.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (ApplicationStatus | Unset):
        program_id (int | Unset):
        community_id (int | Unset):
        family_id (int | Unset):
        submitted_from (datetime.date | Unset): Submitted on or after (Beijing date)
        submitted_to (datetime.date | Unset): Submitted on or before
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
        Response[PageApplicationRead | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
program_id=program_id,
community_id=community_id,
family_id=family_id,
submitted_from=submitted_from,
submitted_to=submitted_to,
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
    status: ApplicationStatus | Unset = UNSET,
    program_id: int | Unset = UNSET,
    community_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageApplicationRead | Problem | None:
    """ Applications in the caller's area, newest first

     Applications in the caller's area, newest first.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (ApplicationStatus | Unset):
        program_id (int | Unset):
        community_id (int | Unset):
        family_id (int | Unset):
        submitted_from (datetime.date | Unset): Submitted on or after (Beijing date)
        submitted_to (datetime.date | Unset): Submitted on or before
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
        PageApplicationRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
status=status,
program_id=program_id,
community_id=community_id,
family_id=family_id,
submitted_from=submitted_from,
submitted_to=submitted_to,
limit=limit,
cursor=cursor,

    )).parsed

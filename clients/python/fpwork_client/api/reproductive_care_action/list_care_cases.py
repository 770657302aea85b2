from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.care_kind import CareKind
from ...models.care_status import CareStatus
from ...models.page_care_case_read import PageCareCaseRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: CareStatus | None | Unset = UNSET,
    kind: CareKind | None | Unset = UNSET,
    worker_id: int | None | Unset = UNSET,
    unvisited_this_quarter: bool | None | Unset = UNSET,
    visit_overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, CareStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, CareKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_worker_id: int | None | Unset
    if isinstance(worker_id, Unset):
        json_worker_id = UNSET
    else:
        json_worker_id = worker_id
    params["worker_id"] = json_worker_id

    json_unvisited_this_quarter: bool | None | Unset
    if isinstance(unvisited_this_quarter, Unset):
        json_unvisited_this_quarter = UNSET
    else:
        json_unvisited_this_quarter = unvisited_this_quarter
    params["unvisited_this_quarter"] = json_unvisited_this_quarter

    json_visit_overdue: bool | None | Unset
    if isinstance(visit_overdue, Unset):
        json_visit_overdue = UNSET
    else:
        json_visit_overdue = visit_overdue
    params["visit_overdue"] = json_visit_overdue

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
        "url": "/api/v1/care-cases",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageCareCaseRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageCareCaseRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageCareCaseRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: CareStatus | None | Unset = UNSET,
    kind: CareKind | None | Unset = UNSET,
    worker_id: int | None | Unset = UNSET,
    unvisited_this_quarter: bool | None | Unset = UNSET,
    visit_overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageCareCaseRead | Problem]:
    """ Care cases of the area; unvisited_this_quarter=true for families not visited this quarter

     Care cases of the area; unvisited_this_quarter=true for families not visited this quarter.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (CareStatus | None | Unset):
        kind (CareKind | None | Unset):
        worker_id (int | None | Unset):
        unvisited_this_quarter (bool | None | Unset):
        visit_overdue (bool | None | Unset): Paired cases whose next scheduled visit is past
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCareCaseRead | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
kind=kind,
worker_id=worker_id,
unvisited_this_quarter=unvisited_this_quarter,
visit_overdue=visit_overdue,
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
    status: CareStatus | None | Unset = UNSET,
    kind: CareKind | None | Unset = UNSET,
    worker_id: int | None | Unset = UNSET,
    unvisited_this_quarter: bool | None | Unset = UNSET,
    visit_overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageCareCaseRead | Problem | None:
    """ Care cases of the area; unvisited_this_quarter=true for families not visited this quarter

     Care cases of the area; unvisited_this_quarter=true for families not visited this quarter.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (CareStatus | None | Unset):
        kind (CareKind | None | Unset):
        worker_id (int | None | Unset):
        unvisited_this_quarter (bool | None | Unset):
        visit_overdue (bool | None | Unset): Paired cases whose next scheduled visit is past
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCareCaseRead | Problem
     """


    return sync_detailed(
        client=client,
status=status,
kind=kind,
worker_id=worker_id,
unvisited_this_quarter=unvisited_this_quarter,
visit_overdue=visit_overdue,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: CareStatus | None | Unset = UNSET,
    kind: CareKind | None | Unset = UNSET,
    worker_id: int | None | Unset = UNSET,
    unvisited_this_quarter: bool | None | Unset = UNSET,
    visit_overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageCareCaseRead | Problem]:
    """ Care cases of the area; unvisited_this_quarter=true for families not visited this quarter

     Care cases of the area; unvisited_this_quarter=true for families not visited this quarter.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (CareStatus | None | Unset):
        kind (CareKind | None | Unset):
        worker_id (int | None | Unset):
        unvisited_this_quarter (bool | None | Unset):
        visit_overdue (bool | None | Unset): Paired cases whose next scheduled visit is past
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCareCaseRead | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
kind=kind,
worker_id=worker_id,
unvisited_this_quarter=unvisited_this_quarter,
visit_overdue=visit_overdue,
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
    status: CareStatus | None | Unset = UNSET,
    kind: CareKind | None | Unset = UNSET,
    worker_id: int | None | Unset = UNSET,
    unvisited_this_quarter: bool | None | Unset = UNSET,
    visit_overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageCareCaseRead | Problem | None:
    """ Care cases of the area; unvisited_this_quarter=true for families not visited this quarter

     Care cases of the area; unvisited_this_quarter=true for families not visited this quarter.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (CareStatus | None | Unset):
        kind (CareKind | None | Unset):
        worker_id (int | None | Unset):
        unvisited_this_quarter (bool | None | Unset):
        visit_overdue (bool | None | Unset): Paired cases whose next scheduled visit is past
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCareCaseRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
status=status,
kind=kind,
worker_id=worker_id,
unvisited_this_quarter=unvisited_this_quarter,
visit_overdue=visit_overdue,
limit=limit,
cursor=cursor,

    )).parsed

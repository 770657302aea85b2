from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_service_request_read import PageServiceRequestRead
from ...models.problem import Problem
from ...models.service_request_state import ServiceRequestState
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    state: None | ServiceRequestState | Unset = UNSET,
    service_type: None | str | Unset = UNSET,
    org_id: int | None | Unset = UNSET,
    family_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    submitted_from: datetime.date | None | Unset = UNSET,
    submitted_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, ServiceRequestState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_service_type: None | str | Unset
    if isinstance(service_type, Unset):
        json_service_type = UNSET
    else:
        json_service_type = service_type
    params["service_type"] = json_service_type

    json_org_id: int | None | Unset
    if isinstance(org_id, Unset):
        json_org_id = UNSET
    else:
        json_org_id = org_id
    params["org_id"] = json_org_id

    json_family_id: int | None | Unset
    if isinstance(family_id, Unset):
        json_family_id = UNSET
    else:
        json_family_id = family_id
    params["family_id"] = json_family_id

    json_resident_id: int | None | Unset
    if isinstance(resident_id, Unset):
        json_resident_id = UNSET
    else:
        json_resident_id = resident_id
    params["resident_id"] = json_resident_id

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

    json_updated_since: None | str | Unset
    if isinstance(updated_since, Unset):
        json_updated_since = UNSET
    elif isinstance(updated_since, datetime.datetime):
        json_updated_since = updated_since.isoformat()
    else:
        json_updated_since = updated_since
    params["updated_since"] = json_updated_since

    json_submitted_from: None | str | Unset
    if isinstance(submitted_from, Unset):
        json_submitted_from = UNSET
    elif isinstance(submitted_from, datetime.date):
        json_submitted_from = submitted_from.isoformat()
    else:
        json_submitted_from = submitted_from
    params["submitted_from"] = json_submitted_from

    json_submitted_to: None | str | Unset
    if isinstance(submitted_to, Unset):
        json_submitted_to = UNSET
    elif isinstance(submitted_to, datetime.date):
        json_submitted_to = submitted_to.isoformat()
    else:
        json_submitted_to = submitted_to
    params["submitted_to"] = json_submitted_to

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
        "url": "/api/v1/service-requests",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageServiceRequestRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageServiceRequestRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageServiceRequestRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    state: None | ServiceRequestState | Unset = UNSET,
    service_type: None | str | Unset = UNSET,
    org_id: int | None | Unset = UNSET,
    family_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    submitted_from: datetime.date | None | Unset = UNSET,
    submitted_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageServiceRequestRead | Problem]:
    """ List service requests in the caller's area

     List service requests in the caller's area.

    **Who may call it:** holders of `services:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        state (None | ServiceRequestState | Unset):
        service_type (None | str | Unset):
        org_id (int | None | Unset): The community (or street) it belongs to
        family_id (int | None | Unset):
        resident_id (int | None | Unset):
        overdue (bool | None | Unset): Open (submitted/accepted) and past the due date
        updated_since (datetime.datetime | None | Unset): Change feed: rows updated at or after
            this instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        submitted_from (datetime.date | None | Unset): Filed on or after (Beijing date)
        submitted_to (datetime.date | None | Unset): Filed on or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageServiceRequestRead | Problem]
     """


    kwargs = _get_kwargs(
        state=state,
service_type=service_type,
org_id=org_id,
family_id=family_id,
resident_id=resident_id,
overdue=overdue,
updated_since=updated_since,
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
    state: None | ServiceRequestState | Unset = UNSET,
    service_type: None | str | Unset = UNSET,
    org_id: int | None | Unset = UNSET,
    family_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    submitted_from: datetime.date | None | Unset = UNSET,
    submitted_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageServiceRequestRead | Problem | None:
    """ List service requests in the caller's area

     List service requests in the caller's area.

    **Who may call it:** holders of `services:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        state (None | ServiceRequestState | Unset):
        service_type (None | str | Unset):
        org_id (int | None | Unset): The community (or street) it belongs to
        family_id (int | None | Unset):
        resident_id (int | None | Unset):
        overdue (bool | None | Unset): Open (submitted/accepted) and past the due date
        updated_since (datetime.datetime | None | Unset): Change feed: rows updated at or after
            this instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        submitted_from (datetime.date | None | Unset): Filed on or after (Beijing date)
        submitted_to (datetime.date | None | Unset): Filed on or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageServiceRequestRead | Problem
     """


    return sync_detailed(
        client=client,
state=state,
service_type=service_type,
org_id=org_id,
family_id=family_id,
resident_id=resident_id,
overdue=overdue,
updated_since=updated_since,
submitted_from=submitted_from,
submitted_to=submitted_to,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    state: None | ServiceRequestState | Unset = UNSET,
    service_type: None | str | Unset = UNSET,
    org_id: int | None | Unset = UNSET,
    family_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    submitted_from: datetime.date | None | Unset = UNSET,
    submitted_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageServiceRequestRead | Problem]:
    """ List service requests in the caller's area

     List service requests in the caller's area.

    **Who may call it:** holders of `services:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        state (None | ServiceRequestState | Unset):
        service_type (None | str | Unset):
        org_id (int | None | Unset): The community (or street) it belongs to
        family_id (int | None | Unset):
        resident_id (int | None | Unset):
        overdue (bool | None | Unset): Open (submitted/accepted) and past the due date
        updated_since (datetime.datetime | None | Unset): Change feed: rows updated at or after
            this instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        submitted_from (datetime.date | None | Unset): Filed on or after (Beijing date)
        submitted_to (datetime.date | None | Unset): Filed on or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageServiceRequestRead | Problem]
     """


    kwargs = _get_kwargs(
        state=state,
service_type=service_type,
org_id=org_id,
family_id=family_id,
resident_id=resident_id,
overdue=overdue,
updated_since=updated_since,
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
    state: None | ServiceRequestState | Unset = UNSET,
    service_type: None | str | Unset = UNSET,
    org_id: int | None | Unset = UNSET,
    family_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    submitted_from: datetime.date | None | Unset = UNSET,
    submitted_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageServiceRequestRead | Problem | None:
    """ List service requests in the caller's area

     List service requests in the caller's area.

    **Who may call it:** holders of `services:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        state (None | ServiceRequestState | Unset):
        service_type (None | str | Unset):
        org_id (int | None | Unset): The community (or street) it belongs to
        family_id (int | None | Unset):
        resident_id (int | None | Unset):
        overdue (bool | None | Unset): Open (submitted/accepted) and past the due date
        updated_since (datetime.datetime | None | Unset): Change feed: rows updated at or after
            this instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        submitted_from (datetime.date | None | Unset): Filed on or after (Beijing date)
        submitted_to (datetime.date | None | Unset): Filed on or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageServiceRequestRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
state=state,
service_type=service_type,
org_id=org_id,
family_id=family_id,
resident_id=resident_id,
overdue=overdue,
updated_since=updated_since,
submitted_from=submitted_from,
submitted_to=submitted_to,
limit=limit,
cursor=cursor,

    )).parsed

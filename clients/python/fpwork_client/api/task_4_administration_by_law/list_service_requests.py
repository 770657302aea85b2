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
    state: ServiceRequestState | Unset = UNSET,
    service_type: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    params["service_type"] = service_type

    params["org_id"] = org_id

    params["family_id"] = family_id

    params["resident_id"] = resident_id

    params["overdue"] = overdue

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since

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
    state: ServiceRequestState | Unset = UNSET,
    service_type: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageServiceRequestRead | Problem]:
    """ List service requests in the caller's area

     List service requests in the caller's area.

    **Who may call it:** holders of `services:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        state (ServiceRequestState | Unset):
        service_type (str | Unset):
        org_id (int | Unset): The community (or street) it belongs to
        family_id (int | Unset):
        resident_id (int | Unset):
        overdue (bool | Unset): Open (submitted/accepted) and past the due date
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        submitted_from (datetime.date | Unset): Filed on or after (Beijing date)
        submitted_to (datetime.date | Unset): Filed on or before
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
    state: ServiceRequestState | Unset = UNSET,
    service_type: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageServiceRequestRead | Problem | None:
    """ List service requests in the caller's area

     List service requests in the caller's area.

    **Who may call it:** holders of `services:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        state (ServiceRequestState | Unset):
        service_type (str | Unset):
        org_id (int | Unset): The community (or street) it belongs to
        family_id (int | Unset):
        resident_id (int | Unset):
        overdue (bool | Unset): Open (submitted/accepted) and past the due date
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        submitted_from (datetime.date | Unset): Filed on or after (Beijing date)
        submitted_to (datetime.date | Unset): Filed on or before
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
    state: ServiceRequestState | Unset = UNSET,
    service_type: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageServiceRequestRead | Problem]:
    """ List service requests in the caller's area

     List service requests in the caller's area.

    **Who may call it:** holders of `services:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        state (ServiceRequestState | Unset):
        service_type (str | Unset):
        org_id (int | Unset): The community (or street) it belongs to
        family_id (int | Unset):
        resident_id (int | Unset):
        overdue (bool | Unset): Open (submitted/accepted) and past the due date
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        submitted_from (datetime.date | Unset): Filed on or after (Beijing date)
        submitted_to (datetime.date | Unset): Filed on or before
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
    state: ServiceRequestState | Unset = UNSET,
    service_type: str | Unset = UNSET,
    org_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageServiceRequestRead | Problem | None:
    """ List service requests in the caller's area

     List service requests in the caller's area.

    **Who may call it:** holders of `services:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        state (ServiceRequestState | Unset):
        service_type (str | Unset):
        org_id (int | Unset): The community (or street) it belongs to
        family_id (int | Unset):
        resident_id (int | Unset):
        overdue (bool | Unset): Open (submitted/accepted) and past the due date
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        submitted_from (datetime.date | Unset): Filed on or after (Beijing date)
        submitted_to (datetime.date | Unset): Filed on or before
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

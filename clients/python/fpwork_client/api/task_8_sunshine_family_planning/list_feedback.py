from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.feedback_category import FeedbackCategory
from ...models.feedback_status import FeedbackStatus
from ...models.page_feedback_read import PageFeedbackRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: FeedbackStatus | None | Unset = UNSET,
    category: FeedbackCategory | None | Unset = UNSET,
    org_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    escalated: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, FeedbackStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    elif isinstance(category, FeedbackCategory):
        json_category = category.value
    else:
        json_category = category
    params["category"] = json_category

    json_org_id: int | None | Unset
    if isinstance(org_id, Unset):
        json_org_id = UNSET
    else:
        json_org_id = org_id
    params["org_id"] = json_org_id

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

    json_escalated: bool | None | Unset
    if isinstance(escalated, Unset):
        json_escalated = UNSET
    else:
        json_escalated = escalated
    params["escalated"] = json_escalated

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
        "url": "/api/v1/feedback",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageFeedbackRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageFeedbackRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageFeedbackRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: FeedbackStatus | None | Unset = UNSET,
    category: FeedbackCategory | None | Unset = UNSET,
    org_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    escalated: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageFeedbackRead | Problem]:
    """ Feedback and complaints routed to the caller's area; overdue=true for late ones

     Feedback and complaints routed to the caller's area; overdue=true for late ones.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (FeedbackStatus | None | Unset):
        category (FeedbackCategory | None | Unset):
        org_id (int | None | Unset):
        overdue (bool | None | Unset):
        escalated (bool | None | Unset):
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageFeedbackRead | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
category=category,
org_id=org_id,
overdue=overdue,
escalated=escalated,
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
    status: FeedbackStatus | None | Unset = UNSET,
    category: FeedbackCategory | None | Unset = UNSET,
    org_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    escalated: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageFeedbackRead | Problem | None:
    """ Feedback and complaints routed to the caller's area; overdue=true for late ones

     Feedback and complaints routed to the caller's area; overdue=true for late ones.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (FeedbackStatus | None | Unset):
        category (FeedbackCategory | None | Unset):
        org_id (int | None | Unset):
        overdue (bool | None | Unset):
        escalated (bool | None | Unset):
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageFeedbackRead | Problem
     """


    return sync_detailed(
        client=client,
status=status,
category=category,
org_id=org_id,
overdue=overdue,
escalated=escalated,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: FeedbackStatus | None | Unset = UNSET,
    category: FeedbackCategory | None | Unset = UNSET,
    org_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    escalated: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageFeedbackRead | Problem]:
    """ Feedback and complaints routed to the caller's area; overdue=true for late ones

     Feedback and complaints routed to the caller's area; overdue=true for late ones.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (FeedbackStatus | None | Unset):
        category (FeedbackCategory | None | Unset):
        org_id (int | None | Unset):
        overdue (bool | None | Unset):
        escalated (bool | None | Unset):
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageFeedbackRead | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
category=category,
org_id=org_id,
overdue=overdue,
escalated=escalated,
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
    status: FeedbackStatus | None | Unset = UNSET,
    category: FeedbackCategory | None | Unset = UNSET,
    org_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    escalated: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageFeedbackRead | Problem | None:
    """ Feedback and complaints routed to the caller's area; overdue=true for late ones

     Feedback and complaints routed to the caller's area; overdue=true for late ones.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (FeedbackStatus | None | Unset):
        category (FeedbackCategory | None | Unset):
        org_id (int | None | Unset):
        overdue (bool | None | Unset):
        escalated (bool | None | Unset):
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageFeedbackRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
status=status,
category=category,
org_id=org_id,
overdue=overdue,
escalated=escalated,
limit=limit,
cursor=cursor,

    )).parsed

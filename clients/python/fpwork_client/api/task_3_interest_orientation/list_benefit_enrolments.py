from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.enrolment_status import EnrolmentStatus
from ...models.page_enrolment_read import PageEnrolmentRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    program_id: int | Unset = UNSET,
    status: EnrolmentStatus | Unset = UNSET,
    community_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    needs_review: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["program_id"] = program_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["community_id"] = community_id

    params["family_id"] = family_id

    params["needs_review"] = needs_review

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/benefit-enrolments",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageEnrolmentRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageEnrolmentRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageEnrolmentRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    program_id: int | Unset = UNSET,
    status: EnrolmentStatus | Unset = UNSET,
    community_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    needs_review: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageEnrolmentRead | Problem]:
    """ Enrolments in the caller's area

     Enrolments in the caller's area.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        program_id (int | Unset):
        status (EnrolmentStatus | Unset):
        community_id (int | Unset):
        family_id (int | Unset):
        needs_review (bool | Unset):
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
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
        Response[PageEnrolmentRead | Problem]
     """


    kwargs = _get_kwargs(
        program_id=program_id,
status=status,
community_id=community_id,
family_id=family_id,
needs_review=needs_review,
updated_since=updated_since,
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
    program_id: int | Unset = UNSET,
    status: EnrolmentStatus | Unset = UNSET,
    community_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    needs_review: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageEnrolmentRead | Problem | None:
    """ Enrolments in the caller's area

     Enrolments in the caller's area.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        program_id (int | Unset):
        status (EnrolmentStatus | Unset):
        community_id (int | Unset):
        family_id (int | Unset):
        needs_review (bool | Unset):
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
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
        PageEnrolmentRead | Problem
     """


    return sync_detailed(
        client=client,
program_id=program_id,
status=status,
community_id=community_id,
family_id=family_id,
needs_review=needs_review,
updated_since=updated_since,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    program_id: int | Unset = UNSET,
    status: EnrolmentStatus | Unset = UNSET,
    community_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    needs_review: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageEnrolmentRead | Problem]:
    """ Enrolments in the caller's area

     Enrolments in the caller's area.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        program_id (int | Unset):
        status (EnrolmentStatus | Unset):
        community_id (int | Unset):
        family_id (int | Unset):
        needs_review (bool | Unset):
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
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
        Response[PageEnrolmentRead | Problem]
     """


    kwargs = _get_kwargs(
        program_id=program_id,
status=status,
community_id=community_id,
family_id=family_id,
needs_review=needs_review,
updated_since=updated_since,
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
    program_id: int | Unset = UNSET,
    status: EnrolmentStatus | Unset = UNSET,
    community_id: int | Unset = UNSET,
    family_id: int | Unset = UNSET,
    needs_review: bool | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageEnrolmentRead | Problem | None:
    """ Enrolments in the caller's area

     Enrolments in the caller's area.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        program_id (int | Unset):
        status (EnrolmentStatus | Unset):
        community_id (int | Unset):
        family_id (int | Unset):
        needs_review (bool | Unset):
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
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
        PageEnrolmentRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
program_id=program_id,
status=status,
community_id=community_id,
family_id=family_id,
needs_review=needs_review,
updated_since=updated_since,
limit=limit,
cursor=cursor,

    )).parsed

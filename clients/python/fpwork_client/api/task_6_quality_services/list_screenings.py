from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_screening_read import PageScreeningRead
from ...models.problem import Problem
from ...models.risk_level import RiskLevel
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    program_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    org_id: int | Unset = UNSET,
    risk_level: RiskLevel | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    screened_from: datetime.date | Unset = UNSET,
    screened_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["program_id"] = program_id

    params["resident_id"] = resident_id

    params["org_id"] = org_id

    json_risk_level: str | Unset = UNSET
    if not isinstance(risk_level, Unset):
        json_risk_level = risk_level.value

    params["risk_level"] = json_risk_level

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since

    json_screened_from: str | Unset = UNSET
    if not isinstance(screened_from, Unset):
        json_screened_from = screened_from.isoformat()
    params["screened_from"] = json_screened_from

    json_screened_to: str | Unset = UNSET
    if not isinstance(screened_to, Unset):
        json_screened_to = screened_to.isoformat()
    params["screened_to"] = json_screened_to

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/screenings",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageScreeningRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageScreeningRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageScreeningRead | Problem]:
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
    resident_id: int | Unset = UNSET,
    org_id: int | Unset = UNSET,
    risk_level: RiskLevel | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    screened_from: datetime.date | Unset = UNSET,
    screened_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageScreeningRead | Problem]:
    """ Screenings in the caller's area (findings never shown in lists)

     Screenings in the caller's area (findings never shown in lists).

    **Who may call it:** holders of `screening:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        program_id (int | Unset):
        resident_id (int | Unset):
        org_id (int | Unset):
        risk_level (RiskLevel | Unset):
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        screened_from (datetime.date | Unset): On or after
        screened_to (datetime.date | Unset): On or before
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
        Response[PageScreeningRead | Problem]
     """


    kwargs = _get_kwargs(
        program_id=program_id,
resident_id=resident_id,
org_id=org_id,
risk_level=risk_level,
updated_since=updated_since,
screened_from=screened_from,
screened_to=screened_to,
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
    resident_id: int | Unset = UNSET,
    org_id: int | Unset = UNSET,
    risk_level: RiskLevel | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    screened_from: datetime.date | Unset = UNSET,
    screened_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageScreeningRead | Problem | None:
    """ Screenings in the caller's area (findings never shown in lists)

     Screenings in the caller's area (findings never shown in lists).

    **Who may call it:** holders of `screening:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        program_id (int | Unset):
        resident_id (int | Unset):
        org_id (int | Unset):
        risk_level (RiskLevel | Unset):
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        screened_from (datetime.date | Unset): On or after
        screened_to (datetime.date | Unset): On or before
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
        PageScreeningRead | Problem
     """


    return sync_detailed(
        client=client,
program_id=program_id,
resident_id=resident_id,
org_id=org_id,
risk_level=risk_level,
updated_since=updated_since,
screened_from=screened_from,
screened_to=screened_to,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    program_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    org_id: int | Unset = UNSET,
    risk_level: RiskLevel | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    screened_from: datetime.date | Unset = UNSET,
    screened_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageScreeningRead | Problem]:
    """ Screenings in the caller's area (findings never shown in lists)

     Screenings in the caller's area (findings never shown in lists).

    **Who may call it:** holders of `screening:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        program_id (int | Unset):
        resident_id (int | Unset):
        org_id (int | Unset):
        risk_level (RiskLevel | Unset):
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        screened_from (datetime.date | Unset): On or after
        screened_to (datetime.date | Unset): On or before
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
        Response[PageScreeningRead | Problem]
     """


    kwargs = _get_kwargs(
        program_id=program_id,
resident_id=resident_id,
org_id=org_id,
risk_level=risk_level,
updated_since=updated_since,
screened_from=screened_from,
screened_to=screened_to,
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
    resident_id: int | Unset = UNSET,
    org_id: int | Unset = UNSET,
    risk_level: RiskLevel | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    screened_from: datetime.date | Unset = UNSET,
    screened_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageScreeningRead | Problem | None:
    """ Screenings in the caller's area (findings never shown in lists)

     Screenings in the caller's area (findings never shown in lists).

    **Who may call it:** holders of `screening:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        program_id (int | Unset):
        resident_id (int | Unset):
        org_id (int | Unset):
        risk_level (RiskLevel | Unset):
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        screened_from (datetime.date | Unset): On or after
        screened_to (datetime.date | Unset): On or before
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
        PageScreeningRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
program_id=program_id,
resident_id=resident_id,
org_id=org_id,
risk_level=risk_level,
updated_since=updated_since,
screened_from=screened_from,
screened_to=screened_to,
limit=limit,
cursor=cursor,

    )).parsed

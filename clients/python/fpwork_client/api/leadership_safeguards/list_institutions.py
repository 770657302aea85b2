from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.institution_kind import InstitutionKind
from ...models.page_institution_read import PageInstitutionRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    kind: InstitutionKind | Unset = UNSET,
    org_id: int | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params["org_id"] = org_id

    json_in_force_on: str | Unset = UNSET
    if not isinstance(in_force_on, Unset):
        json_in_force_on = in_force_on.isoformat()
    params["in_force_on"] = json_in_force_on

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/institutions",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageInstitutionRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageInstitutionRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageInstitutionRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: InstitutionKind | Unset = UNSET,
    org_id: int | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageInstitutionRead | Problem]:
    """ Rules and bodies of the caller's org, beneath and above it; in_force_on=D: those in force on D

     Rules and bodies of the caller's org, beneath and above it; in_force_on=D: those in force on D.

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        kind (InstitutionKind | Unset):
        org_id (int | Unset):
        in_force_on (datetime.date | Unset): In force on this date
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
        Response[PageInstitutionRead | Problem]
     """


    kwargs = _get_kwargs(
        kind=kind,
org_id=org_id,
in_force_on=in_force_on,
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
    kind: InstitutionKind | Unset = UNSET,
    org_id: int | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageInstitutionRead | Problem | None:
    """ Rules and bodies of the caller's org, beneath and above it; in_force_on=D: those in force on D

     Rules and bodies of the caller's org, beneath and above it; in_force_on=D: those in force on D.

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        kind (InstitutionKind | Unset):
        org_id (int | Unset):
        in_force_on (datetime.date | Unset): In force on this date
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
        PageInstitutionRead | Problem
     """


    return sync_detailed(
        client=client,
kind=kind,
org_id=org_id,
in_force_on=in_force_on,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: InstitutionKind | Unset = UNSET,
    org_id: int | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageInstitutionRead | Problem]:
    """ Rules and bodies of the caller's org, beneath and above it; in_force_on=D: those in force on D

     Rules and bodies of the caller's org, beneath and above it; in_force_on=D: those in force on D.

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        kind (InstitutionKind | Unset):
        org_id (int | Unset):
        in_force_on (datetime.date | Unset): In force on this date
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
        Response[PageInstitutionRead | Problem]
     """


    kwargs = _get_kwargs(
        kind=kind,
org_id=org_id,
in_force_on=in_force_on,
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
    kind: InstitutionKind | Unset = UNSET,
    org_id: int | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageInstitutionRead | Problem | None:
    """ Rules and bodies of the caller's org, beneath and above it; in_force_on=D: those in force on D

     Rules and bodies of the caller's org, beneath and above it; in_force_on=D: those in force on D.

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        kind (InstitutionKind | Unset):
        org_id (int | Unset):
        in_force_on (datetime.date | Unset): In force on this date
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
        PageInstitutionRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
kind=kind,
org_id=org_id,
in_force_on=in_force_on,
limit=limit,
cursor=cursor,

    )).parsed

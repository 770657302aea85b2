from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.conduct_view import ConductView
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    org_id: int,
    on: datetime.date | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["org_id"] = org_id

    json_on: str | Unset = UNSET
    if not isinstance(on, Unset):
        json_on = on.isoformat()
    params["on"] = json_on


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/conduct-view",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConductView | Problem | None:
    if response.status_code == 200:
        response_200 = ConductView.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConductView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    org_id: int,
    on: datetime.date | Unset = UNSET,

) -> Response[ConductView | Problem]:
    """ An org's work style in one view: activities, findings and conduct measures as indicator figures

     An org's work style in one view: activities, findings and conduct measures as indicator figures.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        org_id (int): A street or community of the area
        on (datetime.date | Unset): From 1 January of its year to this day; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConductView | Problem]
     """


    kwargs = _get_kwargs(
        org_id=org_id,
on=on,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    org_id: int,
    on: datetime.date | Unset = UNSET,

) -> ConductView | Problem | None:
    """ An org's work style in one view: activities, findings and conduct measures as indicator figures

     An org's work style in one view: activities, findings and conduct measures as indicator figures.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        org_id (int): A street or community of the area
        on (datetime.date | Unset): From 1 January of its year to this day; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConductView | Problem
     """


    return sync_detailed(
        client=client,
org_id=org_id,
on=on,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    org_id: int,
    on: datetime.date | Unset = UNSET,

) -> Response[ConductView | Problem]:
    """ An org's work style in one view: activities, findings and conduct measures as indicator figures

     An org's work style in one view: activities, findings and conduct measures as indicator figures.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        org_id (int): A street or community of the area
        on (datetime.date | Unset): From 1 January of its year to this day; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConductView | Problem]
     """


    kwargs = _get_kwargs(
        org_id=org_id,
on=on,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    org_id: int,
    on: datetime.date | Unset = UNSET,

) -> ConductView | Problem | None:
    """ An org's work style in one view: activities, findings and conduct measures as indicator figures

     An org's work style in one view: activities, findings and conduct measures as indicator figures.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        org_id (int): A street or community of the area
        on (datetime.date | Unset): From 1 January of its year to this day; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConductView | Problem
     """


    return (await asyncio_detailed(
        client=client,
org_id=org_id,
on=on,

    )).parsed

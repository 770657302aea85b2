from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.screening_read import ScreeningRead
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    screening_id: int,
    *,
    reveal: bool | Unset = False,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["reveal"] = reveal


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/screenings/{screening_id}".format(screening_id=quote(str(screening_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ScreeningRead | None:
    if response.status_code == 200:
        response_200 = ScreeningRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ScreeningRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    screening_id: int,
    *,
    client: AuthenticatedClient,
    reveal: bool | Unset = False,

) -> Response[Problem | ScreeningRead]:
    """ Read a screening; ?reveal=true shows the findings (health:read, audited)

     Read a screening; ?reveal=true shows the findings (health:read, audited).

    **Who may call it:** holders of `screening:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        screening_id (int):
        reveal (bool | Unset): Show the findings (needs health:read; audited) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScreeningRead]
     """


    kwargs = _get_kwargs(
        screening_id=screening_id,
reveal=reveal,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    screening_id: int,
    *,
    client: AuthenticatedClient,
    reveal: bool | Unset = False,

) -> Problem | ScreeningRead | None:
    """ Read a screening; ?reveal=true shows the findings (health:read, audited)

     Read a screening; ?reveal=true shows the findings (health:read, audited).

    **Who may call it:** holders of `screening:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        screening_id (int):
        reveal (bool | Unset): Show the findings (needs health:read; audited) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScreeningRead
     """


    return sync_detailed(
        screening_id=screening_id,
client=client,
reveal=reveal,

    ).parsed

async def asyncio_detailed(
    screening_id: int,
    *,
    client: AuthenticatedClient,
    reveal: bool | Unset = False,

) -> Response[Problem | ScreeningRead]:
    """ Read a screening; ?reveal=true shows the findings (health:read, audited)

     Read a screening; ?reveal=true shows the findings (health:read, audited).

    **Who may call it:** holders of `screening:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        screening_id (int):
        reveal (bool | Unset): Show the findings (needs health:read; audited) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScreeningRead]
     """


    kwargs = _get_kwargs(
        screening_id=screening_id,
reveal=reveal,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    screening_id: int,
    *,
    client: AuthenticatedClient,
    reveal: bool | Unset = False,

) -> Problem | ScreeningRead | None:
    """ Read a screening; ?reveal=true shows the findings (health:read, audited)

     Read a screening; ?reveal=true shows the findings (health:read, audited).

    **Who may call it:** holders of `screening:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        screening_id (int):
        reveal (bool | Unset): Show the findings (needs health:read; audited) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScreeningRead
     """


    return (await asyncio_detailed(
        screening_id=screening_id,
client=client,
reveal=reveal,

    )).parsed

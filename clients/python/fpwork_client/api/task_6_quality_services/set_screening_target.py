from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.target_read import TargetRead
from ...models.target_set import TargetSet
from typing import cast



def _get_kwargs(
    program_id: int,
    org_id: int,
    *,
    body: TargetSet,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/screening-programs/{program_id}/targets/{org_id}".format(program_id=quote(str(program_id), safe=""),org_id=quote(str(org_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TargetRead | None:
    if response.status_code == 200:
        response_200 = TargetRead.from_dict(response.json())



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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TargetRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    program_id: int,
    org_id: int,
    *,
    client: AuthenticatedClient,
    body: TargetSet,

) -> Response[Problem | TargetRead]:
    """ Set a community's target count for the program

     Set a community's target count for the program.

    **Who may call it:** holders of `screening:programs`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        program_id (int):
        org_id (int):
        body (TargetSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TargetRead]
     """


    kwargs = _get_kwargs(
        program_id=program_id,
org_id=org_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    program_id: int,
    org_id: int,
    *,
    client: AuthenticatedClient,
    body: TargetSet,

) -> Problem | TargetRead | None:
    """ Set a community's target count for the program

     Set a community's target count for the program.

    **Who may call it:** holders of `screening:programs`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        program_id (int):
        org_id (int):
        body (TargetSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TargetRead
     """


    return sync_detailed(
        program_id=program_id,
org_id=org_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    program_id: int,
    org_id: int,
    *,
    client: AuthenticatedClient,
    body: TargetSet,

) -> Response[Problem | TargetRead]:
    """ Set a community's target count for the program

     Set a community's target count for the program.

    **Who may call it:** holders of `screening:programs`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        program_id (int):
        org_id (int):
        body (TargetSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TargetRead]
     """


    kwargs = _get_kwargs(
        program_id=program_id,
org_id=org_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    program_id: int,
    org_id: int,
    *,
    client: AuthenticatedClient,
    body: TargetSet,

) -> Problem | TargetRead | None:
    """ Set a community's target count for the program

     Set a community's target count for the program.

    **Who may call it:** holders of `screening:programs`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        program_id (int):
        org_id (int):
        body (TargetSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TargetRead
     """


    return (await asyncio_detailed(
        program_id=program_id,
org_id=org_id,
client=client,
body=body,

    )).parsed

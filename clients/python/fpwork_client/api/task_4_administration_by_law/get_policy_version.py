from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.policy_revision_read import PolicyRevisionRead
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    policy_id: int,
    revision: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/policies/{policy_id}/versions/{revision}".format(policy_id=quote(str(policy_id), safe=""),revision=quote(str(revision), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PolicyRevisionRead | Problem | None:
    if response.status_code == 200:
        response_200 = PolicyRevisionRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PolicyRevisionRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    policy_id: int,
    revision: int,
    *,
    client: AuthenticatedClient,

) -> Response[PolicyRevisionRead | Problem]:
    """ One published revision of a policy

     One published revision of a policy.

    **Who may call it:** holders of `policies:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        policy_id (int):
        revision (int): The revision's number (published revisions count from 1)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PolicyRevisionRead | Problem]
     """


    kwargs = _get_kwargs(
        policy_id=policy_id,
revision=revision,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    policy_id: int,
    revision: int,
    *,
    client: AuthenticatedClient,

) -> PolicyRevisionRead | Problem | None:
    """ One published revision of a policy

     One published revision of a policy.

    **Who may call it:** holders of `policies:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        policy_id (int):
        revision (int): The revision's number (published revisions count from 1)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PolicyRevisionRead | Problem
     """


    return sync_detailed(
        policy_id=policy_id,
revision=revision,
client=client,

    ).parsed

async def asyncio_detailed(
    policy_id: int,
    revision: int,
    *,
    client: AuthenticatedClient,

) -> Response[PolicyRevisionRead | Problem]:
    """ One published revision of a policy

     One published revision of a policy.

    **Who may call it:** holders of `policies:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        policy_id (int):
        revision (int): The revision's number (published revisions count from 1)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PolicyRevisionRead | Problem]
     """


    kwargs = _get_kwargs(
        policy_id=policy_id,
revision=revision,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    policy_id: int,
    revision: int,
    *,
    client: AuthenticatedClient,

) -> PolicyRevisionRead | Problem | None:
    """ One published revision of a policy

     One published revision of a policy.

    **Who may call it:** holders of `policies:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        policy_id (int):
        revision (int): The revision's number (published revisions count from 1)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PolicyRevisionRead | Problem
     """


    return (await asyncio_detailed(
        policy_id=policy_id,
revision=revision,
client=client,

    )).parsed

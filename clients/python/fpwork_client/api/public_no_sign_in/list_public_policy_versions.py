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

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/policies/{policy_id}/versions".format(policy_id=quote(str(policy_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[PolicyRevisionRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = PolicyRevisionRead.from_dict(response_200_item_data)



            response_200.append(response_200_item)

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[PolicyRevisionRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    policy_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | list[PolicyRevisionRead]]:
    """ Every published revision of a policy

     Every published revision of a policy.

    **Who may call it:** anyone; no sign-in.

    Args:
        policy_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[PolicyRevisionRead]]
     """


    kwargs = _get_kwargs(
        policy_id=policy_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    policy_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> Problem | list[PolicyRevisionRead] | None:
    """ Every published revision of a policy

     Every published revision of a policy.

    **Who may call it:** anyone; no sign-in.

    Args:
        policy_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[PolicyRevisionRead]
     """


    return sync_detailed(
        policy_id=policy_id,
client=client,

    ).parsed

async def asyncio_detailed(
    policy_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | list[PolicyRevisionRead]]:
    """ Every published revision of a policy

     Every published revision of a policy.

    **Who may call it:** anyone; no sign-in.

    Args:
        policy_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[PolicyRevisionRead]]
     """


    kwargs = _get_kwargs(
        policy_id=policy_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    policy_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> Problem | list[PolicyRevisionRead] | None:
    """ Every published revision of a policy

     Every published revision of a policy.

    **Who may call it:** anyone; no sign-in.

    Args:
        policy_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[PolicyRevisionRead]
     """


    return (await asyncio_detailed(
        policy_id=policy_id,
client=client,

    )).parsed

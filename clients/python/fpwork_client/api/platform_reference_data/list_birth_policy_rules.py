from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.birth_policy_rule_read import BirthPolicyRuleRead
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    
) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/birth-policy-rules",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[BirthPolicyRuleRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = BirthPolicyRuleRead.from_dict(response_200_item_data)



            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[BirthPolicyRuleRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,

) -> Response[Problem | list[BirthPolicyRuleRead]]:
    """ Birth policy rules in date order, with their scope and source documents: a birth is judged by the
    rule in force on its birth date

     Birth policy rules in date order, with their scope and source documents: a birth is judged by the
    rule in force on its birth date.

    **Who may call it:** any signed-in user; what they see is limited to their area.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[BirthPolicyRuleRead]]
     """


    kwargs = _get_kwargs(
        
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,

) -> Problem | list[BirthPolicyRuleRead] | None:
    """ Birth policy rules in date order, with their scope and source documents: a birth is judged by the
    rule in force on its birth date

     Birth policy rules in date order, with their scope and source documents: a birth is judged by the
    rule in force on its birth date.

    **Who may call it:** any signed-in user; what they see is limited to their area.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[BirthPolicyRuleRead]
     """


    return sync_detailed(
        client=client,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,

) -> Response[Problem | list[BirthPolicyRuleRead]]:
    """ Birth policy rules in date order, with their scope and source documents: a birth is judged by the
    rule in force on its birth date

     Birth policy rules in date order, with their scope and source documents: a birth is judged by the
    rule in force on its birth date.

    **Who may call it:** any signed-in user; what they see is limited to their area.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[BirthPolicyRuleRead]]
     """


    kwargs = _get_kwargs(
        
    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,

) -> Problem | list[BirthPolicyRuleRead] | None:
    """ Birth policy rules in date order, with their scope and source documents: a birth is judged by the
    rule in force on its birth date

     Birth policy rules in date order, with their scope and source documents: a birth is judged by the
    rule in force on its birth date.

    **Who may call it:** any signed-in user; what they see is limited to their area.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[BirthPolicyRuleRead]
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed

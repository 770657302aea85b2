from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_workflows_response_listworkflows import ListWorkflowsResponseListworkflows
from typing import cast



def _get_kwargs(
    
) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/meta/workflows",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListWorkflowsResponseListworkflows | None:
    if response.status_code == 200:
        response_200 = ListWorkflowsResponseListworkflows.from_dict(response.json())



        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListWorkflowsResponseListworkflows]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[ListWorkflowsResponseListworkflows]:
    """ Every workflow as a table: states, and per step the states it starts from, the next state, the
    permission and the guard

     Every workflow as a table: states, and per step the states it starts from, the next state, the
    permission and the guard.

    **Who may call it:** anyone; no sign-in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWorkflowsResponseListworkflows]
     """


    kwargs = _get_kwargs(
        
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,

) -> ListWorkflowsResponseListworkflows | None:
    """ Every workflow as a table: states, and per step the states it starts from, the next state, the
    permission and the guard

     Every workflow as a table: states, and per step the states it starts from, the next state, the
    permission and the guard.

    **Who may call it:** anyone; no sign-in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWorkflowsResponseListworkflows
     """


    return sync_detailed(
        client=client,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[ListWorkflowsResponseListworkflows]:
    """ Every workflow as a table: states, and per step the states it starts from, the next state, the
    permission and the guard

     Every workflow as a table: states, and per step the states it starts from, the next state, the
    permission and the guard.

    **Who may call it:** anyone; no sign-in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWorkflowsResponseListworkflows]
     """


    kwargs = _get_kwargs(
        
    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,

) -> ListWorkflowsResponseListworkflows | None:
    """ Every workflow as a table: states, and per step the states it starts from, the next state, the
    permission and the guard

     Every workflow as a table: states, and per step the states it starts from, the next state, the
    permission and the guard.

    **Who may call it:** anyone; no sign-in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWorkflowsResponseListworkflows
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed

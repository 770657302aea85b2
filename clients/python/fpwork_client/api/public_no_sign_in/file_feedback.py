from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.feedback_create import FeedbackCreate
from ...models.feedback_receipt import FeedbackReceipt
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: FeedbackCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/public/feedback",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FeedbackReceipt | Problem | None:
    if response.status_code == 201:
        response_201 = FeedbackReceipt.from_dict(response.json())



        return response_201

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FeedbackReceipt | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FeedbackCreate,

) -> Response[FeedbackReceipt | Problem]:
    """ Anyone files feedback or a complaint (anonymous allowed); keep the tracking code

     Anyone files feedback or a complaint (anonymous allowed); keep the tracking code.

    **Who may call it:** anyone; no sign-in.

    Args:
        body (FeedbackCreate): Anyone may write; an ``anonymous`` submission carries no name (null
            or blank). The contact is
            encrypted and seen only by handlers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackReceipt | Problem]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FeedbackCreate,

) -> FeedbackReceipt | Problem | None:
    """ Anyone files feedback or a complaint (anonymous allowed); keep the tracking code

     Anyone files feedback or a complaint (anonymous allowed); keep the tracking code.

    **Who may call it:** anyone; no sign-in.

    Args:
        body (FeedbackCreate): Anyone may write; an ``anonymous`` submission carries no name (null
            or blank). The contact is
            encrypted and seen only by handlers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackReceipt | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FeedbackCreate,

) -> Response[FeedbackReceipt | Problem]:
    """ Anyone files feedback or a complaint (anonymous allowed); keep the tracking code

     Anyone files feedback or a complaint (anonymous allowed); keep the tracking code.

    **Who may call it:** anyone; no sign-in.

    Args:
        body (FeedbackCreate): Anyone may write; an ``anonymous`` submission carries no name (null
            or blank). The contact is
            encrypted and seen only by handlers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackReceipt | Problem]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FeedbackCreate,

) -> FeedbackReceipt | Problem | None:
    """ Anyone files feedback or a complaint (anonymous allowed); keep the tracking code

     Anyone files feedback or a complaint (anonymous allowed); keep the tracking code.

    **Who may call it:** anyone; no sign-in.

    Args:
        body (FeedbackCreate): Anyone may write; an ``anonymous`` submission carries no name (null
            or blank). The contact is
            encrypted and seen only by handlers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackReceipt | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed

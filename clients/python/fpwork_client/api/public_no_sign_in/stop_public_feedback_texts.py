from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.feedback_public_view import FeedbackPublicView
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    tracking_code: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/public/feedback/{tracking_code}/texts/stop".format(tracking_code=quote(str(tracking_code), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FeedbackPublicView | Problem | None:
    if response.status_code == 200:
        response_200 = FeedbackPublicView.from_dict(response.json())



        return response_200

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FeedbackPublicView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tracking_code: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[FeedbackPublicView | Problem]:
    """ The submitter withdraws the consent to be texted the reply (the number is erased)

     The submitter withdraws the consent to be texted the reply (the number is erased).

    **Who may call it:** anyone; no sign-in.

    Args:
        tracking_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackPublicView | Problem]
     """


    kwargs = _get_kwargs(
        tracking_code=tracking_code,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    tracking_code: str,
    *,
    client: AuthenticatedClient | Client,

) -> FeedbackPublicView | Problem | None:
    """ The submitter withdraws the consent to be texted the reply (the number is erased)

     The submitter withdraws the consent to be texted the reply (the number is erased).

    **Who may call it:** anyone; no sign-in.

    Args:
        tracking_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackPublicView | Problem
     """


    return sync_detailed(
        tracking_code=tracking_code,
client=client,

    ).parsed

async def asyncio_detailed(
    tracking_code: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[FeedbackPublicView | Problem]:
    """ The submitter withdraws the consent to be texted the reply (the number is erased)

     The submitter withdraws the consent to be texted the reply (the number is erased).

    **Who may call it:** anyone; no sign-in.

    Args:
        tracking_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackPublicView | Problem]
     """


    kwargs = _get_kwargs(
        tracking_code=tracking_code,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    tracking_code: str,
    *,
    client: AuthenticatedClient | Client,

) -> FeedbackPublicView | Problem | None:
    """ The submitter withdraws the consent to be texted the reply (the number is erased)

     The submitter withdraws the consent to be texted the reply (the number is erased).

    **Who may call it:** anyone; no sign-in.

    Args:
        tracking_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackPublicView | Problem
     """


    return (await asyncio_detailed(
        tracking_code=tracking_code,
client=client,

    )).parsed

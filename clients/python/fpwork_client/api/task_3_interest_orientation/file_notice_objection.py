from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.objection_create import ObjectionCreate
from ...models.objection_filed import ObjectionFiled
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    notice_id: int,
    *,
    body: ObjectionCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/public-notices/{notice_id}/objections".format(notice_id=quote(str(notice_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ObjectionFiled | Problem | None:
    if response.status_code == 201:
        response_201 = ObjectionFiled.from_dict(response.json())



        return response_201

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ObjectionFiled | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    notice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ObjectionCreate,

) -> Response[ObjectionFiled | Problem]:
    """ Object to a case on a notice during its window (no sign-in; rate limited)

     Object to a case on a notice during its window (no sign-in; rate limited).

    **Who may call it:** anyone; no sign-in.

    Args:
        notice_id (int):
        body (ObjectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ObjectionFiled | Problem]
     """


    kwargs = _get_kwargs(
        notice_id=notice_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    notice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ObjectionCreate,

) -> ObjectionFiled | Problem | None:
    """ Object to a case on a notice during its window (no sign-in; rate limited)

     Object to a case on a notice during its window (no sign-in; rate limited).

    **Who may call it:** anyone; no sign-in.

    Args:
        notice_id (int):
        body (ObjectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ObjectionFiled | Problem
     """


    return sync_detailed(
        notice_id=notice_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    notice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ObjectionCreate,

) -> Response[ObjectionFiled | Problem]:
    """ Object to a case on a notice during its window (no sign-in; rate limited)

     Object to a case on a notice during its window (no sign-in; rate limited).

    **Who may call it:** anyone; no sign-in.

    Args:
        notice_id (int):
        body (ObjectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ObjectionFiled | Problem]
     """


    kwargs = _get_kwargs(
        notice_id=notice_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    notice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ObjectionCreate,

) -> ObjectionFiled | Problem | None:
    """ Object to a case on a notice during its window (no sign-in; rate limited)

     Object to a case on a notice during its window (no sign-in; rate limited).

    **Who may call it:** anyone; no sign-in.

    Args:
        notice_id (int):
        body (ObjectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ObjectionFiled | Problem
     """


    return (await asyncio_detailed(
        notice_id=notice_id,
client=client,
body=body,

    )).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...types import File, FileTypes
from io import BytesIO
from typing import cast



def _get_kwargs(
    file_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/evidence-files/{file_id}/content".format(file_id=quote(str(file_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(
             payload = BytesIO(response.content)
        )



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[File | Problem]:
    """ Download an evidence file's bytes, as uploaded

     Download an evidence file's bytes, as uploaded.

    Always `application/octet-stream` with `Content-Disposition: attachment` (an uploaded file is
    downloaded, never rendered by the API's origin); its own type (`content_type`), size and SHA-256 are
    in `GET /evidence-files/{file_id}`.

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        file_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
     """


    kwargs = _get_kwargs(
        file_id=file_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    file_id: int,
    *,
    client: AuthenticatedClient,

) -> File | Problem | None:
    """ Download an evidence file's bytes, as uploaded

     Download an evidence file's bytes, as uploaded.

    Always `application/octet-stream` with `Content-Disposition: attachment` (an uploaded file is
    downloaded, never rendered by the API's origin); its own type (`content_type`), size and SHA-256 are
    in `GET /evidence-files/{file_id}`.

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        file_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
     """


    return sync_detailed(
        file_id=file_id,
client=client,

    ).parsed

async def asyncio_detailed(
    file_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[File | Problem]:
    """ Download an evidence file's bytes, as uploaded

     Download an evidence file's bytes, as uploaded.

    Always `application/octet-stream` with `Content-Disposition: attachment` (an uploaded file is
    downloaded, never rendered by the API's origin); its own type (`content_type`), size and SHA-256 are
    in `GET /evidence-files/{file_id}`.

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        file_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
     """


    kwargs = _get_kwargs(
        file_id=file_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    file_id: int,
    *,
    client: AuthenticatedClient,

) -> File | Problem | None:
    """ Download an evidence file's bytes, as uploaded

     Download an evidence file's bytes, as uploaded.

    Always `application/octet-stream` with `Content-Disposition: attachment` (an uploaded file is
    downloaded, never rendered by the API's origin); its own type (`content_type`), size and SHA-256 are
    in `GET /evidence-files/{file_id}`.

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        file_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
     """


    return (await asyncio_detailed(
        file_id=file_id,
client=client,

    )).parsed

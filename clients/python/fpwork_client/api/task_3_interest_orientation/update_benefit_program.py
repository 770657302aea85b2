from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.benefit_program_read import BenefitProgramRead
from ...models.problem import Problem
from ...models.program_update import ProgramUpdate
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    program_id: int,
    *,
    body: ProgramUpdate,
    if_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/benefit-programs/{program_id}".format(program_id=quote(str(program_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BenefitProgramRead | Problem | None:
    if response.status_code == 200:
        response_200 = BenefitProgramRead.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BenefitProgramRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: ProgramUpdate,
    if_match: str | Unset = UNSET,

) -> Response[BenefitProgramRead | Problem]:
    """ Change an amount or materials list, or close a program to new applications

     Change an amount or materials list, or close a program to new applications.

    **Who may call it:** holders of `benefit_programs:write`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        program_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (ProgramUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitProgramRead | Problem]
     """


    kwargs = _get_kwargs(
        program_id=program_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: ProgramUpdate,
    if_match: str | Unset = UNSET,

) -> BenefitProgramRead | Problem | None:
    """ Change an amount or materials list, or close a program to new applications

     Change an amount or materials list, or close a program to new applications.

    **Who may call it:** holders of `benefit_programs:write`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        program_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (ProgramUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitProgramRead | Problem
     """


    return sync_detailed(
        program_id=program_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: ProgramUpdate,
    if_match: str | Unset = UNSET,

) -> Response[BenefitProgramRead | Problem]:
    """ Change an amount or materials list, or close a program to new applications

     Change an amount or materials list, or close a program to new applications.

    **Who may call it:** holders of `benefit_programs:write`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        program_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (ProgramUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitProgramRead | Problem]
     """


    kwargs = _get_kwargs(
        program_id=program_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: ProgramUpdate,
    if_match: str | Unset = UNSET,

) -> BenefitProgramRead | Problem | None:
    """ Change an amount or materials list, or close a program to new applications

     Change an amount or materials list, or close a program to new applications.

    **Who may call it:** holders of `benefit_programs:write`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        program_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (ProgramUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitProgramRead | Problem
     """


    return (await asyncio_detailed(
        program_id=program_id,
client=client,
body=body,
if_match=if_match,

    )).parsed

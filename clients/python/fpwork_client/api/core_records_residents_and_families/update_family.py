from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.family_read import FamilyRead
from ...models.family_update import FamilyUpdate
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    family_id: int,
    *,
    body: FamilyUpdate,
    if_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/families/{family_id}".format(family_id=quote(str(family_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FamilyRead | Problem | None:
    if response.status_code == 200:
        response_200 = FamilyRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FamilyRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    family_id: int,
    *,
    client: AuthenticatedClient,
    body: FamilyUpdate,
    if_match: str | Unset = UNSET,

) -> Response[FamilyRead | Problem]:
    """ Change parents, marriage date or honour certificate

     Change parents, marriage date or honour certificate.

    **Who may call it:** holders of `families:write`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        family_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (FamilyUpdate): After the change the family keeps at least one parent, and
            `honour_certificate_no` and
            `honour_certificate_issued_on` are both set or both empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FamilyRead | Problem]
     """


    kwargs = _get_kwargs(
        family_id=family_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    family_id: int,
    *,
    client: AuthenticatedClient,
    body: FamilyUpdate,
    if_match: str | Unset = UNSET,

) -> FamilyRead | Problem | None:
    """ Change parents, marriage date or honour certificate

     Change parents, marriage date or honour certificate.

    **Who may call it:** holders of `families:write`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        family_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (FamilyUpdate): After the change the family keeps at least one parent, and
            `honour_certificate_no` and
            `honour_certificate_issued_on` are both set or both empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FamilyRead | Problem
     """


    return sync_detailed(
        family_id=family_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    family_id: int,
    *,
    client: AuthenticatedClient,
    body: FamilyUpdate,
    if_match: str | Unset = UNSET,

) -> Response[FamilyRead | Problem]:
    """ Change parents, marriage date or honour certificate

     Change parents, marriage date or honour certificate.

    **Who may call it:** holders of `families:write`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        family_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (FamilyUpdate): After the change the family keeps at least one parent, and
            `honour_certificate_no` and
            `honour_certificate_issued_on` are both set or both empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FamilyRead | Problem]
     """


    kwargs = _get_kwargs(
        family_id=family_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    family_id: int,
    *,
    client: AuthenticatedClient,
    body: FamilyUpdate,
    if_match: str | Unset = UNSET,

) -> FamilyRead | Problem | None:
    """ Change parents, marriage date or honour certificate

     Change parents, marriage date or honour certificate.

    **Who may call it:** holders of `families:write`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        family_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (FamilyUpdate): After the change the family keeps at least one parent, and
            `honour_certificate_no` and
            `honour_certificate_issued_on` are both set or both empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FamilyRead | Problem
     """


    return (await asyncio_detailed(
        family_id=family_id,
client=client,
body=body,
if_match=if_match,

    )).parsed

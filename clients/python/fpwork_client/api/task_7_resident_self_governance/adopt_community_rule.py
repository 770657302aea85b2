from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.community_rule_create import CommunityRuleCreate
from ...models.community_rule_read import CommunityRuleRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    meeting_id: int,
    *,
    body: CommunityRuleCreate,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/resident-meetings/{meeting_id}/rules".format(meeting_id=quote(str(meeting_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CommunityRuleRead | Problem | None:
    if response.status_code == 201:
        response_201 = CommunityRuleRead.from_dict(response.json())



        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CommunityRuleRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    meeting_id: int,
    *,
    client: AuthenticatedClient,
    body: CommunityRuleCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[CommunityRuleRead | Problem]:
    """ A clause on family planning the meeting adopted (村规民约 / 居民公约), with its volunteers

     A clause on family planning the meeting adopted (村规民约 / 居民公约), with its volunteers.

    **Who may call it:** holders of `self-governance:write`: `community_officer`, `street_admin`,
    `street_officer`.

    Args:
        meeting_id (int):
        idempotency_key (str | Unset):
        body (CommunityRuleCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunityRuleRead | Problem]
     """


    kwargs = _get_kwargs(
        meeting_id=meeting_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    meeting_id: int,
    *,
    client: AuthenticatedClient,
    body: CommunityRuleCreate,
    idempotency_key: str | Unset = UNSET,

) -> CommunityRuleRead | Problem | None:
    """ A clause on family planning the meeting adopted (村规民约 / 居民公约), with its volunteers

     A clause on family planning the meeting adopted (村规民约 / 居民公约), with its volunteers.

    **Who may call it:** holders of `self-governance:write`: `community_officer`, `street_admin`,
    `street_officer`.

    Args:
        meeting_id (int):
        idempotency_key (str | Unset):
        body (CommunityRuleCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunityRuleRead | Problem
     """


    return sync_detailed(
        meeting_id=meeting_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    meeting_id: int,
    *,
    client: AuthenticatedClient,
    body: CommunityRuleCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[CommunityRuleRead | Problem]:
    """ A clause on family planning the meeting adopted (村规民约 / 居民公约), with its volunteers

     A clause on family planning the meeting adopted (村规民约 / 居民公约), with its volunteers.

    **Who may call it:** holders of `self-governance:write`: `community_officer`, `street_admin`,
    `street_officer`.

    Args:
        meeting_id (int):
        idempotency_key (str | Unset):
        body (CommunityRuleCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunityRuleRead | Problem]
     """


    kwargs = _get_kwargs(
        meeting_id=meeting_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    meeting_id: int,
    *,
    client: AuthenticatedClient,
    body: CommunityRuleCreate,
    idempotency_key: str | Unset = UNSET,

) -> CommunityRuleRead | Problem | None:
    """ A clause on family planning the meeting adopted (村规民约 / 居民公约), with its volunteers

     A clause on family planning the meeting adopted (村规民约 / 居民公约), with its volunteers.

    **Who may call it:** holders of `self-governance:write`: `community_officer`, `street_admin`,
    `street_officer`.

    Args:
        meeting_id (int):
        idempotency_key (str | Unset):
        body (CommunityRuleCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunityRuleRead | Problem
     """


    return (await asyncio_detailed(
        meeting_id=meeting_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed

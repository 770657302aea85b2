from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.care_assistance_create import CareAssistanceCreate
from ...models.care_assistance_read import CareAssistanceRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    case_id: int,
    *,
    body: CareAssistanceCreate,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/care-cases/{case_id}/assistance".format(case_id=quote(str(case_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CareAssistanceRead | Problem | None:
    if response.status_code == 201:
        response_201 = CareAssistanceRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CareAssistanceRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: CareAssistanceCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[CareAssistanceRead | Problem]:
    """ Record assistance given: money, goods or services, with the amount in fen

     Record assistance given: money, goods or services, with the amount in fen.

    **Who may call it:** holders of `care:write`: `community_officer`, `street_admin`, `street_officer`.

    **Workflow `care_case`, step `assist`:** from `open`, `paired` to a state the outcome decides
    (money, goods or services, with amounts); from any other state the answer is 409 with
    `current_state`.

    Args:
        case_id (int):
        idempotency_key (str | Unset):
        body (CareAssistanceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CareAssistanceRead | Problem]
     """


    kwargs = _get_kwargs(
        case_id=case_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: CareAssistanceCreate,
    idempotency_key: str | Unset = UNSET,

) -> CareAssistanceRead | Problem | None:
    """ Record assistance given: money, goods or services, with the amount in fen

     Record assistance given: money, goods or services, with the amount in fen.

    **Who may call it:** holders of `care:write`: `community_officer`, `street_admin`, `street_officer`.

    **Workflow `care_case`, step `assist`:** from `open`, `paired` to a state the outcome decides
    (money, goods or services, with amounts); from any other state the answer is 409 with
    `current_state`.

    Args:
        case_id (int):
        idempotency_key (str | Unset):
        body (CareAssistanceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CareAssistanceRead | Problem
     """


    return sync_detailed(
        case_id=case_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: CareAssistanceCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[CareAssistanceRead | Problem]:
    """ Record assistance given: money, goods or services, with the amount in fen

     Record assistance given: money, goods or services, with the amount in fen.

    **Who may call it:** holders of `care:write`: `community_officer`, `street_admin`, `street_officer`.

    **Workflow `care_case`, step `assist`:** from `open`, `paired` to a state the outcome decides
    (money, goods or services, with amounts); from any other state the answer is 409 with
    `current_state`.

    Args:
        case_id (int):
        idempotency_key (str | Unset):
        body (CareAssistanceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CareAssistanceRead | Problem]
     """


    kwargs = _get_kwargs(
        case_id=case_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: CareAssistanceCreate,
    idempotency_key: str | Unset = UNSET,

) -> CareAssistanceRead | Problem | None:
    """ Record assistance given: money, goods or services, with the amount in fen

     Record assistance given: money, goods or services, with the amount in fen.

    **Who may call it:** holders of `care:write`: `community_officer`, `street_admin`, `street_officer`.

    **Workflow `care_case`, step `assist`:** from `open`, `paired` to a state the outcome decides
    (money, goods or services, with amounts); from any other state the answer is 409 with
    `current_state`.

    Args:
        case_id (int):
        idempotency_key (str | Unset):
        body (CareAssistanceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CareAssistanceRead | Problem
     """


    return (await asyncio_detailed(
        case_id=case_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed

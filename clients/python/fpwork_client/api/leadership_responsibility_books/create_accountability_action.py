from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.accountability_create import AccountabilityCreate
from ...models.accountability_read import AccountabilityRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    evaluation_id: int,
    *,
    body: AccountabilityCreate,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/evaluations/{evaluation_id}/accountability-actions".format(evaluation_id=quote(str(evaluation_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountabilityRead | Problem | None:
    if response.status_code == 201:
        response_201 = AccountabilityRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccountabilityRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    evaluation_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountabilityCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[AccountabilityRead | Problem]:
    """ Record accountability (reminder talk, criticism, award disqualification) against a person

     Record accountability (reminder talk, criticism, award disqualification) against a person.

    **Who may call it:** holders of `evaluations:write`: `district_officer`, `street_admin`,
    `street_officer`.

    **Workflow `evaluation`, step `hold_accountable`:** from `draft`, `final` to a state the outcome
    decides (against a named person); from any other state the answer is 409 with `current_state`.

    Args:
        evaluation_id (int):
        idempotency_key (str | Unset):
        body (AccountabilityCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountabilityRead | Problem]
     """


    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    evaluation_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountabilityCreate,
    idempotency_key: str | Unset = UNSET,

) -> AccountabilityRead | Problem | None:
    """ Record accountability (reminder talk, criticism, award disqualification) against a person

     Record accountability (reminder talk, criticism, award disqualification) against a person.

    **Who may call it:** holders of `evaluations:write`: `district_officer`, `street_admin`,
    `street_officer`.

    **Workflow `evaluation`, step `hold_accountable`:** from `draft`, `final` to a state the outcome
    decides (against a named person); from any other state the answer is 409 with `current_state`.

    Args:
        evaluation_id (int):
        idempotency_key (str | Unset):
        body (AccountabilityCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountabilityRead | Problem
     """


    return sync_detailed(
        evaluation_id=evaluation_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    evaluation_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountabilityCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[AccountabilityRead | Problem]:
    """ Record accountability (reminder talk, criticism, award disqualification) against a person

     Record accountability (reminder talk, criticism, award disqualification) against a person.

    **Who may call it:** holders of `evaluations:write`: `district_officer`, `street_admin`,
    `street_officer`.

    **Workflow `evaluation`, step `hold_accountable`:** from `draft`, `final` to a state the outcome
    decides (against a named person); from any other state the answer is 409 with `current_state`.

    Args:
        evaluation_id (int):
        idempotency_key (str | Unset):
        body (AccountabilityCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountabilityRead | Problem]
     """


    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    evaluation_id: int,
    *,
    client: AuthenticatedClient,
    body: AccountabilityCreate,
    idempotency_key: str | Unset = UNSET,

) -> AccountabilityRead | Problem | None:
    """ Record accountability (reminder talk, criticism, award disqualification) against a person

     Record accountability (reminder talk, criticism, award disqualification) against a person.

    **Who may call it:** holders of `evaluations:write`: `district_officer`, `street_admin`,
    `street_officer`.

    **Workflow `evaluation`, step `hold_accountable`:** from `draft`, `final` to a state the outcome
    decides (against a named person); from any other state the answer is 409 with `current_state`.

    Args:
        evaluation_id (int):
        idempotency_key (str | Unset):
        body (AccountabilityCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountabilityRead | Problem
     """


    return (await asyncio_detailed(
        evaluation_id=evaluation_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed

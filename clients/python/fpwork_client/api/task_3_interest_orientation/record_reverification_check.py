from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.check_body import CheckBody
from ...models.check_read import CheckRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    round_id: int,
    check_id: int,
    *,
    body: CheckBody,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/reverifications/{round_id}/checks/{check_id}".format(round_id=quote(str(round_id), safe=""),check_id=quote(str(check_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CheckRead | Problem | None:
    if response.status_code == 200:
        response_200 = CheckRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CheckRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    round_id: int,
    check_id: int,
    *,
    client: AuthenticatedClient,
    body: CheckBody,
    idempotency_key: str | Unset = UNSET,

) -> Response[CheckRead | Problem]:
    """ Confirm (alive, still resident, no new child) or fail with a reason

     Confirm (alive, still resident, no new child) or fail with a reason.

    **Who may call it:** holders of `reverification:check`: `community_officer`, `street_admin`,
    `street_officer`.

    **Workflow `reverification_check`, the step the state or the body calls for:** `confirm` from
    `pending` (`reverification:check`, alive, still resident, no new child; refused (422) while the
    records say otherwise); `fail` from `pending` (`reverification:check`, with a reason; an active
    enrolment is suspended); from any other state the answer is 409 with `current_state`.

    Args:
        round_id (int):
        check_id (int):
        idempotency_key (str | Unset):
        body (CheckBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckRead | Problem]
     """


    kwargs = _get_kwargs(
        round_id=round_id,
check_id=check_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    round_id: int,
    check_id: int,
    *,
    client: AuthenticatedClient,
    body: CheckBody,
    idempotency_key: str | Unset = UNSET,

) -> CheckRead | Problem | None:
    """ Confirm (alive, still resident, no new child) or fail with a reason

     Confirm (alive, still resident, no new child) or fail with a reason.

    **Who may call it:** holders of `reverification:check`: `community_officer`, `street_admin`,
    `street_officer`.

    **Workflow `reverification_check`, the step the state or the body calls for:** `confirm` from
    `pending` (`reverification:check`, alive, still resident, no new child; refused (422) while the
    records say otherwise); `fail` from `pending` (`reverification:check`, with a reason; an active
    enrolment is suspended); from any other state the answer is 409 with `current_state`.

    Args:
        round_id (int):
        check_id (int):
        idempotency_key (str | Unset):
        body (CheckBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckRead | Problem
     """


    return sync_detailed(
        round_id=round_id,
check_id=check_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    round_id: int,
    check_id: int,
    *,
    client: AuthenticatedClient,
    body: CheckBody,
    idempotency_key: str | Unset = UNSET,

) -> Response[CheckRead | Problem]:
    """ Confirm (alive, still resident, no new child) or fail with a reason

     Confirm (alive, still resident, no new child) or fail with a reason.

    **Who may call it:** holders of `reverification:check`: `community_officer`, `street_admin`,
    `street_officer`.

    **Workflow `reverification_check`, the step the state or the body calls for:** `confirm` from
    `pending` (`reverification:check`, alive, still resident, no new child; refused (422) while the
    records say otherwise); `fail` from `pending` (`reverification:check`, with a reason; an active
    enrolment is suspended); from any other state the answer is 409 with `current_state`.

    Args:
        round_id (int):
        check_id (int):
        idempotency_key (str | Unset):
        body (CheckBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckRead | Problem]
     """


    kwargs = _get_kwargs(
        round_id=round_id,
check_id=check_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    round_id: int,
    check_id: int,
    *,
    client: AuthenticatedClient,
    body: CheckBody,
    idempotency_key: str | Unset = UNSET,

) -> CheckRead | Problem | None:
    """ Confirm (alive, still resident, no new child) or fail with a reason

     Confirm (alive, still resident, no new child) or fail with a reason.

    **Who may call it:** holders of `reverification:check`: `community_officer`, `street_admin`,
    `street_officer`.

    **Workflow `reverification_check`, the step the state or the body calls for:** `confirm` from
    `pending` (`reverification:check`, alive, still resident, no new child; refused (422) while the
    records say otherwise); `fail` from `pending` (`reverification:check`, with a reason; an active
    enrolment is suspended); from any other state the answer is 409 with `current_state`.

    Args:
        round_id (int):
        check_id (int):
        idempotency_key (str | Unset):
        body (CheckBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckRead | Problem
     """


    return (await asyncio_detailed(
        round_id=round_id,
check_id=check_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed

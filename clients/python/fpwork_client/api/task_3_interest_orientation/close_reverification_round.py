from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.round_detail import RoundDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    round_id: int,
    *,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/reverifications/{round_id}/close".format(round_id=quote(str(round_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RoundDetail | None:
    if response.status_code == 200:
        response_200 = RoundDetail.from_dict(response.json())



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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RoundDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    round_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | RoundDetail]:
    """ After the deadline: suspend every unconfirmed enrolment and close the round

     After the deadline: suspend every unconfirmed enrolment and close the round.

    The daily job calls this for rounds past their deadline; a street officer may too.

    **Who may call it:** holders of `reverification:manage`: `street_admin`, `street_officer`.

    **Workflow `reverification_round`, step `close`:** from `open` to `closed` (the street, after the
    deadline; every check still pending fails and suspends its enrolment); from any other state the
    answer is 409 with `current_state`.

    Args:
        round_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RoundDetail]
     """


    kwargs = _get_kwargs(
        round_id=round_id,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    round_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Problem | RoundDetail | None:
    """ After the deadline: suspend every unconfirmed enrolment and close the round

     After the deadline: suspend every unconfirmed enrolment and close the round.

    The daily job calls this for rounds past their deadline; a street officer may too.

    **Who may call it:** holders of `reverification:manage`: `street_admin`, `street_officer`.

    **Workflow `reverification_round`, step `close`:** from `open` to `closed` (the street, after the
    deadline; every check still pending fails and suspends its enrolment); from any other state the
    answer is 409 with `current_state`.

    Args:
        round_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RoundDetail
     """


    return sync_detailed(
        round_id=round_id,
client=client,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    round_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | RoundDetail]:
    """ After the deadline: suspend every unconfirmed enrolment and close the round

     After the deadline: suspend every unconfirmed enrolment and close the round.

    The daily job calls this for rounds past their deadline; a street officer may too.

    **Who may call it:** holders of `reverification:manage`: `street_admin`, `street_officer`.

    **Workflow `reverification_round`, step `close`:** from `open` to `closed` (the street, after the
    deadline; every check still pending fails and suspends its enrolment); from any other state the
    answer is 409 with `current_state`.

    Args:
        round_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RoundDetail]
     """


    kwargs = _get_kwargs(
        round_id=round_id,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    round_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Problem | RoundDetail | None:
    """ After the deadline: suspend every unconfirmed enrolment and close the round

     After the deadline: suspend every unconfirmed enrolment and close the round.

    The daily job calls this for rounds past their deadline; a street officer may too.

    **Who may call it:** holders of `reverification:manage`: `street_admin`, `street_officer`.

    **Workflow `reverification_round`, step `close`:** from `open` to `closed` (the street, after the
    deadline; every check still pending fails and suspends its enrolment); from any other state the
    answer is 409 with `current_state`.

    Args:
        round_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RoundDetail
     """


    return (await asyncio_detailed(
        round_id=round_id,
client=client,
idempotency_key=idempotency_key,

    )).parsed

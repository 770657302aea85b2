from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.evaluation_read import EvaluationRead
from ...models.problem import Problem
from ...models.score_adjust import ScoreAdjust
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    evaluation_id: int,
    *,
    body: ScoreAdjust,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/evaluations/{evaluation_id}/adjustments".format(evaluation_id=quote(str(evaluation_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EvaluationRead | Problem | None:
    if response.status_code == 200:
        response_200 = EvaluationRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EvaluationRead | Problem]:
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
    body: ScoreAdjust,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[EvaluationRead | Problem]:
    """ Adjust an indicator's score with a written reason (kept next to the computed one)

     Adjust an indicator's score with a written reason (kept next to the computed one).

    **Who may call it:** holders of `evaluations:write`: `district_officer`, `street_admin`,
    `street_officer`.

    **Workflow `evaluation`, step `adjust`:** from `draft` to `draft` (with a written reason, recorded
    next to the computed score); from any other state the answer is 409 with `current_state`.

    Args:
        evaluation_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):
        body (ScoreAdjust):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluationRead | Problem]
     """


    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
body=body,
if_match=if_match,
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
    body: ScoreAdjust,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> EvaluationRead | Problem | None:
    """ Adjust an indicator's score with a written reason (kept next to the computed one)

     Adjust an indicator's score with a written reason (kept next to the computed one).

    **Who may call it:** holders of `evaluations:write`: `district_officer`, `street_admin`,
    `street_officer`.

    **Workflow `evaluation`, step `adjust`:** from `draft` to `draft` (with a written reason, recorded
    next to the computed score); from any other state the answer is 409 with `current_state`.

    Args:
        evaluation_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):
        body (ScoreAdjust):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluationRead | Problem
     """


    return sync_detailed(
        evaluation_id=evaluation_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    evaluation_id: int,
    *,
    client: AuthenticatedClient,
    body: ScoreAdjust,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[EvaluationRead | Problem]:
    """ Adjust an indicator's score with a written reason (kept next to the computed one)

     Adjust an indicator's score with a written reason (kept next to the computed one).

    **Who may call it:** holders of `evaluations:write`: `district_officer`, `street_admin`,
    `street_officer`.

    **Workflow `evaluation`, step `adjust`:** from `draft` to `draft` (with a written reason, recorded
    next to the computed score); from any other state the answer is 409 with `current_state`.

    Args:
        evaluation_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):
        body (ScoreAdjust):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluationRead | Problem]
     """


    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
body=body,
if_match=if_match,
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
    body: ScoreAdjust,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> EvaluationRead | Problem | None:
    """ Adjust an indicator's score with a written reason (kept next to the computed one)

     Adjust an indicator's score with a written reason (kept next to the computed one).

    **Who may call it:** holders of `evaluations:write`: `district_officer`, `street_admin`,
    `street_officer`.

    **Workflow `evaluation`, step `adjust`:** from `draft` to `draft` (with a written reason, recorded
    next to the computed score); from any other state the answer is 409 with `current_state`.

    Args:
        evaluation_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):
        body (ScoreAdjust):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluationRead | Problem
     """


    return (await asyncio_detailed(
        evaluation_id=evaluation_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )).parsed

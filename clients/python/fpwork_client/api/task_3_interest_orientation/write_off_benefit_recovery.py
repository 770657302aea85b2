from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.recovery_detail import RecoveryDetail
from ...models.write_off_body import WriteOffBody
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    recovery_id: int,
    *,
    body: WriteOffBody,
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
        "url": "/api/v1/benefit-recoveries/{recovery_id}/write-off".format(recovery_id=quote(str(recovery_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RecoveryDetail | None:
    if response.status_code == 200:
        response_200 = RecoveryDetail.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RecoveryDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    recovery_id: int,
    *,
    client: AuthenticatedClient,
    body: WriteOffBody,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | RecoveryDetail]:
    """ Write off what is still owed (核销): a decision with its reason, street or district over the payer

     Write off what is still owed (核销): a decision with its reason, street or district over the payer.

    **Who may call it:** holders of `recoveries:write-off`: `district_officer`, `street_admin`,
    `street_officer`.

    **Workflow `benefit_recovery`, step `write_off`:** from `open` to `written_off` (a decision with its
    reason by the street or district over the payer: the outstanding amount is not asked back); from any
    other state the answer is 409 with `current_state`.

    Args:
        recovery_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):
        body (WriteOffBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecoveryDetail]
     """


    kwargs = _get_kwargs(
        recovery_id=recovery_id,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    recovery_id: int,
    *,
    client: AuthenticatedClient,
    body: WriteOffBody,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Problem | RecoveryDetail | None:
    """ Write off what is still owed (核销): a decision with its reason, street or district over the payer

     Write off what is still owed (核销): a decision with its reason, street or district over the payer.

    **Who may call it:** holders of `recoveries:write-off`: `district_officer`, `street_admin`,
    `street_officer`.

    **Workflow `benefit_recovery`, step `write_off`:** from `open` to `written_off` (a decision with its
    reason by the street or district over the payer: the outstanding amount is not asked back); from any
    other state the answer is 409 with `current_state`.

    Args:
        recovery_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):
        body (WriteOffBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecoveryDetail
     """


    return sync_detailed(
        recovery_id=recovery_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    recovery_id: int,
    *,
    client: AuthenticatedClient,
    body: WriteOffBody,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | RecoveryDetail]:
    """ Write off what is still owed (核销): a decision with its reason, street or district over the payer

     Write off what is still owed (核销): a decision with its reason, street or district over the payer.

    **Who may call it:** holders of `recoveries:write-off`: `district_officer`, `street_admin`,
    `street_officer`.

    **Workflow `benefit_recovery`, step `write_off`:** from `open` to `written_off` (a decision with its
    reason by the street or district over the payer: the outstanding amount is not asked back); from any
    other state the answer is 409 with `current_state`.

    Args:
        recovery_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):
        body (WriteOffBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecoveryDetail]
     """


    kwargs = _get_kwargs(
        recovery_id=recovery_id,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    recovery_id: int,
    *,
    client: AuthenticatedClient,
    body: WriteOffBody,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Problem | RecoveryDetail | None:
    """ Write off what is still owed (核销): a decision with its reason, street or district over the payer

     Write off what is still owed (核销): a decision with its reason, street or district over the payer.

    **Who may call it:** holders of `recoveries:write-off`: `district_officer`, `street_admin`,
    `street_officer`.

    **Workflow `benefit_recovery`, step `write_off`:** from `open` to `written_off` (a decision with its
    reason by the street or district over the payer: the outstanding amount is not asked back); from any
    other state the answer is 409 with `current_state`.

    Args:
        recovery_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):
        body (WriteOffBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecoveryDetail
     """


    return (await asyncio_detailed(
        recovery_id=recovery_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )).parsed

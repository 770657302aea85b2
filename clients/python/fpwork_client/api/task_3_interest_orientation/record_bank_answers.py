from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.bank_answers import BankAnswers
from ...models.batch_detail import BatchDetail
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    batch_id: int,
    *,
    body: BankAnswers,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/payment-batches/{batch_id}/bank-answers".format(batch_id=quote(str(batch_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BatchDetail | Problem | None:
    if response.status_code == 200:
        response_200 = BatchDetail.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BatchDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    batch_id: int,
    *,
    client: AuthenticatedClient,
    body: BankAnswers,
    idempotency_key: str | Unset = UNSET,

) -> Response[BatchDetail | Problem]:
    """ The bank's answer per line: paid, or returned with a reason (due again in the next batch)

     The bank's answer per line: paid, or returned with a reason (due again in the next batch).

    **Who may call it:** holders of `payments:pay`: `district_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    **Workflow `payment_batch`, step `record_bank_answers`:** from `paid` to `paid` (the payer (or an
    org above it), per line: paid, or returned with the bank's reason (due again in the next batch));
    from any other state the answer is 409 with `current_state`.

    Args:
        batch_id (int):
        idempotency_key (str | Unset):
        body (BankAnswers):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchDetail | Problem]
     """


    kwargs = _get_kwargs(
        batch_id=batch_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    batch_id: int,
    *,
    client: AuthenticatedClient,
    body: BankAnswers,
    idempotency_key: str | Unset = UNSET,

) -> BatchDetail | Problem | None:
    """ The bank's answer per line: paid, or returned with a reason (due again in the next batch)

     The bank's answer per line: paid, or returned with a reason (due again in the next batch).

    **Who may call it:** holders of `payments:pay`: `district_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    **Workflow `payment_batch`, step `record_bank_answers`:** from `paid` to `paid` (the payer (or an
    org above it), per line: paid, or returned with the bank's reason (due again in the next batch));
    from any other state the answer is 409 with `current_state`.

    Args:
        batch_id (int):
        idempotency_key (str | Unset):
        body (BankAnswers):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchDetail | Problem
     """


    return sync_detailed(
        batch_id=batch_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    batch_id: int,
    *,
    client: AuthenticatedClient,
    body: BankAnswers,
    idempotency_key: str | Unset = UNSET,

) -> Response[BatchDetail | Problem]:
    """ The bank's answer per line: paid, or returned with a reason (due again in the next batch)

     The bank's answer per line: paid, or returned with a reason (due again in the next batch).

    **Who may call it:** holders of `payments:pay`: `district_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    **Workflow `payment_batch`, step `record_bank_answers`:** from `paid` to `paid` (the payer (or an
    org above it), per line: paid, or returned with the bank's reason (due again in the next batch));
    from any other state the answer is 409 with `current_state`.

    Args:
        batch_id (int):
        idempotency_key (str | Unset):
        body (BankAnswers):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchDetail | Problem]
     """


    kwargs = _get_kwargs(
        batch_id=batch_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    batch_id: int,
    *,
    client: AuthenticatedClient,
    body: BankAnswers,
    idempotency_key: str | Unset = UNSET,

) -> BatchDetail | Problem | None:
    """ The bank's answer per line: paid, or returned with a reason (due again in the next batch)

     The bank's answer per line: paid, or returned with a reason (due again in the next batch).

    **Who may call it:** holders of `payments:pay`: `district_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    **Workflow `payment_batch`, step `record_bank_answers`:** from `paid` to `paid` (the payer (or an
    org above it), per line: paid, or returned with the bank's reason (due again in the next batch));
    from any other state the answer is 409 with `current_state`.

    Args:
        batch_id (int):
        idempotency_key (str | Unset):
        body (BankAnswers):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchDetail | Problem
     """


    return (await asyncio_detailed(
        batch_id=batch_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed

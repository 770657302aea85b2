from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.bank_account_read import BankAccountRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    resident_id: int,
    *,
    reveal: bool | Unset = False,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["reveal"] = reveal


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/benefit-beneficiaries/{resident_id}/bank-account".format(resident_id=quote(str(resident_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BankAccountRead | Problem | None:
    if response.status_code == 200:
        response_200 = BankAccountRead.from_dict(response.json())



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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BankAccountRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resident_id: int,
    *,
    client: AuthenticatedClient,
    reveal: bool | Unset = False,

) -> Response[BankAccountRead | Problem]:
    """ A beneficiary's account, masked; ?reveal=true shows it in full (pii:read, audited)

     A beneficiary's account, masked; ?reveal=true shows it in full (pii:read, audited).

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        resident_id (int):
        reveal (bool | Unset): Show the account number in full (needs pii:read) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankAccountRead | Problem]
     """


    kwargs = _get_kwargs(
        resident_id=resident_id,
reveal=reveal,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    resident_id: int,
    *,
    client: AuthenticatedClient,
    reveal: bool | Unset = False,

) -> BankAccountRead | Problem | None:
    """ A beneficiary's account, masked; ?reveal=true shows it in full (pii:read, audited)

     A beneficiary's account, masked; ?reveal=true shows it in full (pii:read, audited).

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        resident_id (int):
        reveal (bool | Unset): Show the account number in full (needs pii:read) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankAccountRead | Problem
     """


    return sync_detailed(
        resident_id=resident_id,
client=client,
reveal=reveal,

    ).parsed

async def asyncio_detailed(
    resident_id: int,
    *,
    client: AuthenticatedClient,
    reveal: bool | Unset = False,

) -> Response[BankAccountRead | Problem]:
    """ A beneficiary's account, masked; ?reveal=true shows it in full (pii:read, audited)

     A beneficiary's account, masked; ?reveal=true shows it in full (pii:read, audited).

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        resident_id (int):
        reveal (bool | Unset): Show the account number in full (needs pii:read) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankAccountRead | Problem]
     """


    kwargs = _get_kwargs(
        resident_id=resident_id,
reveal=reveal,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    resident_id: int,
    *,
    client: AuthenticatedClient,
    reveal: bool | Unset = False,

) -> BankAccountRead | Problem | None:
    """ A beneficiary's account, masked; ?reveal=true shows it in full (pii:read, audited)

     A beneficiary's account, masked; ?reveal=true shows it in full (pii:read, audited).

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        resident_id (int):
        reveal (bool | Unset): Show the account number in full (needs pii:read) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankAccountRead | Problem
     """


    return (await asyncio_detailed(
        resident_id=resident_id,
client=client,
reveal=reveal,

    )).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.bank_account_body import BankAccountBody
from ...models.bank_account_read import BankAccountRead
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    resident_id: int,
    *,
    body: BankAccountBody,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/benefit-beneficiaries/{resident_id}/bank-account".format(resident_id=quote(str(resident_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: BankAccountBody,

) -> Response[BankAccountRead | Problem]:
    """ Record the account a beneficiary is paid into (stored encrypted, shown masked; audited)

     Record the account a beneficiary is paid into (stored encrypted, shown masked; audited).

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        resident_id (int):
        body (BankAccountBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankAccountRead | Problem]
     """


    kwargs = _get_kwargs(
        resident_id=resident_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    resident_id: int,
    *,
    client: AuthenticatedClient,
    body: BankAccountBody,

) -> BankAccountRead | Problem | None:
    """ Record the account a beneficiary is paid into (stored encrypted, shown masked; audited)

     Record the account a beneficiary is paid into (stored encrypted, shown masked; audited).

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        resident_id (int):
        body (BankAccountBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankAccountRead | Problem
     """


    return sync_detailed(
        resident_id=resident_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    resident_id: int,
    *,
    client: AuthenticatedClient,
    body: BankAccountBody,

) -> Response[BankAccountRead | Problem]:
    """ Record the account a beneficiary is paid into (stored encrypted, shown masked; audited)

     Record the account a beneficiary is paid into (stored encrypted, shown masked; audited).

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        resident_id (int):
        body (BankAccountBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankAccountRead | Problem]
     """


    kwargs = _get_kwargs(
        resident_id=resident_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    resident_id: int,
    *,
    client: AuthenticatedClient,
    body: BankAccountBody,

) -> BankAccountRead | Problem | None:
    """ Record the account a beneficiary is paid into (stored encrypted, shown masked; audited)

     Record the account a beneficiary is paid into (stored encrypted, shown masked; audited).

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        resident_id (int):
        body (BankAccountBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankAccountRead | Problem
     """


    return (await asyncio_detailed(
        resident_id=resident_id,
client=client,
body=body,

    )).parsed

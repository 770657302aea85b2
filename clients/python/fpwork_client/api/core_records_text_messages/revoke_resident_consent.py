from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.consent_read import ConsentRead
from ...models.consent_revoke import ConsentRevoke
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    resident_id: int,
    consent_id: int,
    *,
    body: ConsentRevoke,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/residents/{resident_id}/consents/{consent_id}/revoke".format(resident_id=quote(str(resident_id), safe=""),consent_id=quote(str(consent_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConsentRead | Problem | None:
    if response.status_code == 200:
        response_200 = ConsentRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConsentRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resident_id: int,
    consent_id: int,
    *,
    client: AuthenticatedClient,
    body: ConsentRevoke,
    idempotency_key: str | Unset = UNSET,

) -> Response[ConsentRead | Problem]:
    """ Withdraw a consent: nothing more is sent on its channel, queued messages included

     Withdraw a consent: nothing more is sent on its channel, queued messages included.

    **Who may call it:** holders of `consents:write`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`.

    Args:
        resident_id (int):
        consent_id (int):
        idempotency_key (str | Unset):
        body (ConsentRevoke):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsentRead | Problem]
     """


    kwargs = _get_kwargs(
        resident_id=resident_id,
consent_id=consent_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    resident_id: int,
    consent_id: int,
    *,
    client: AuthenticatedClient,
    body: ConsentRevoke,
    idempotency_key: str | Unset = UNSET,

) -> ConsentRead | Problem | None:
    """ Withdraw a consent: nothing more is sent on its channel, queued messages included

     Withdraw a consent: nothing more is sent on its channel, queued messages included.

    **Who may call it:** holders of `consents:write`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`.

    Args:
        resident_id (int):
        consent_id (int):
        idempotency_key (str | Unset):
        body (ConsentRevoke):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsentRead | Problem
     """


    return sync_detailed(
        resident_id=resident_id,
consent_id=consent_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    resident_id: int,
    consent_id: int,
    *,
    client: AuthenticatedClient,
    body: ConsentRevoke,
    idempotency_key: str | Unset = UNSET,

) -> Response[ConsentRead | Problem]:
    """ Withdraw a consent: nothing more is sent on its channel, queued messages included

     Withdraw a consent: nothing more is sent on its channel, queued messages included.

    **Who may call it:** holders of `consents:write`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`.

    Args:
        resident_id (int):
        consent_id (int):
        idempotency_key (str | Unset):
        body (ConsentRevoke):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsentRead | Problem]
     """


    kwargs = _get_kwargs(
        resident_id=resident_id,
consent_id=consent_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    resident_id: int,
    consent_id: int,
    *,
    client: AuthenticatedClient,
    body: ConsentRevoke,
    idempotency_key: str | Unset = UNSET,

) -> ConsentRead | Problem | None:
    """ Withdraw a consent: nothing more is sent on its channel, queued messages included

     Withdraw a consent: nothing more is sent on its channel, queued messages included.

    **Who may call it:** holders of `consents:write`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`.

    Args:
        resident_id (int):
        consent_id (int):
        idempotency_key (str | Unset):
        body (ConsentRevoke):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsentRead | Problem
     """


    return (await asyncio_detailed(
        resident_id=resident_id,
consent_id=consent_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed

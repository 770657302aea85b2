from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.contact_visit_create_type_0 import ContactVisitCreateType0
from ...models.contact_visit_create_type_1 import ContactVisitCreateType1
from ...models.contact_visit_read import ContactVisitRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: ContactVisitCreateType0 | ContactVisitCreateType1,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contact-visits",
    }

    
    if isinstance(body, ContactVisitCreateType0):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()


    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactVisitRead | Problem | None:
    if response.status_code == 201:
        response_201 = ContactVisitRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContactVisitRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ContactVisitCreateType0 | ContactVisitCreateType1,
    idempotency_key: str | Unset = UNSET,

) -> Response[ContactVisitRead | Problem]:
    """ Record a visit or a call to a partner or a resident (感情联络)

     Record a visit or a call to a partner or a resident (感情联络).

    **Who may call it:** holders of `five-links:write`: `community_officer`, `street_admin`,
    `street_officer`.

    Args:
        idempotency_key (str | Unset):
        body (ContactVisitCreateType0 | ContactVisitCreateType1): 感情联络: a visit or a call to a
            partner or to a resident of the community (one of the two).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactVisitRead | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: ContactVisitCreateType0 | ContactVisitCreateType1,
    idempotency_key: str | Unset = UNSET,

) -> ContactVisitRead | Problem | None:
    """ Record a visit or a call to a partner or a resident (感情联络)

     Record a visit or a call to a partner or a resident (感情联络).

    **Who may call it:** holders of `five-links:write`: `community_officer`, `street_admin`,
    `street_officer`.

    Args:
        idempotency_key (str | Unset):
        body (ContactVisitCreateType0 | ContactVisitCreateType1): 感情联络: a visit or a call to a
            partner or to a resident of the community (one of the two).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactVisitRead | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ContactVisitCreateType0 | ContactVisitCreateType1,
    idempotency_key: str | Unset = UNSET,

) -> Response[ContactVisitRead | Problem]:
    """ Record a visit or a call to a partner or a resident (感情联络)

     Record a visit or a call to a partner or a resident (感情联络).

    **Who may call it:** holders of `five-links:write`: `community_officer`, `street_admin`,
    `street_officer`.

    Args:
        idempotency_key (str | Unset):
        body (ContactVisitCreateType0 | ContactVisitCreateType1): 感情联络: a visit or a call to a
            partner or to a resident of the community (one of the two).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactVisitRead | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ContactVisitCreateType0 | ContactVisitCreateType1,
    idempotency_key: str | Unset = UNSET,

) -> ContactVisitRead | Problem | None:
    """ Record a visit or a call to a partner or a resident (感情联络)

     Record a visit or a call to a partner or a resident (感情联络).

    **Who may call it:** holders of `five-links:write`: `community_officer`, `street_admin`,
    `street_officer`.

    Args:
        idempotency_key (str | Unset):
        body (ContactVisitCreateType0 | ContactVisitCreateType1): 感情联络: a visit or a call to a
            partner or to a resident of the community (one of the two).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactVisitRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed

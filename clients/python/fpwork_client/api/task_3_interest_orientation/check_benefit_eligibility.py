from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.eligibility_check_body import EligibilityCheckBody
from ...models.eligibility_read import EligibilityRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    program_id: int,
    *,
    body: EligibilityCheckBody,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/benefit-programs/{program_id}/eligibility-check".format(program_id=quote(str(program_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EligibilityRead | Problem | None:
    if response.status_code == 200:
        response_200 = EligibilityRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EligibilityRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: EligibilityCheckBody,
    idempotency_key: str | Unset = UNSET,

) -> Response[EligibilityRead | Problem]:
    """ Is a family eligible? Every criterion answered met / not met, with the reason

     Is a family eligible? Every criterion answered met / not met, with the reason.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        program_id (int):
        idempotency_key (str | Unset):
        body (EligibilityCheckBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibilityRead | Problem]
     """


    kwargs = _get_kwargs(
        program_id=program_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: EligibilityCheckBody,
    idempotency_key: str | Unset = UNSET,

) -> EligibilityRead | Problem | None:
    """ Is a family eligible? Every criterion answered met / not met, with the reason

     Is a family eligible? Every criterion answered met / not met, with the reason.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        program_id (int):
        idempotency_key (str | Unset):
        body (EligibilityCheckBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibilityRead | Problem
     """


    return sync_detailed(
        program_id=program_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: EligibilityCheckBody,
    idempotency_key: str | Unset = UNSET,

) -> Response[EligibilityRead | Problem]:
    """ Is a family eligible? Every criterion answered met / not met, with the reason

     Is a family eligible? Every criterion answered met / not met, with the reason.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        program_id (int):
        idempotency_key (str | Unset):
        body (EligibilityCheckBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibilityRead | Problem]
     """


    kwargs = _get_kwargs(
        program_id=program_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: EligibilityCheckBody,
    idempotency_key: str | Unset = UNSET,

) -> EligibilityRead | Problem | None:
    """ Is a family eligible? Every criterion answered met / not met, with the reason

     Is a family eligible? Every criterion answered met / not met, with the reason.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        program_id (int):
        idempotency_key (str | Unset):
        body (EligibilityCheckBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibilityRead | Problem
     """


    return (await asyncio_detailed(
        program_id=program_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed

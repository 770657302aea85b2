from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.conduct_activity_read import ConductActivityRead
from ...models.participant_ref_type_0 import ParticipantRefType0
from ...models.participant_ref_type_1 import ParticipantRefType1
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    activity_id: int,
    *,
    body: ParticipantRefType0 | ParticipantRefType1,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/conduct-activities/{activity_id}/participants".format(activity_id=quote(str(activity_id), safe=""),),
    }

    
    if isinstance(body, ParticipantRefType0):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()


    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConductActivityRead | Problem | None:
    if response.status_code == 200:
        response_200 = ConductActivityRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConductActivityRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activity_id: int,
    *,
    client: AuthenticatedClient,
    body: ParticipantRefType0 | ParticipantRefType1,
    idempotency_key: str | Unset = UNSET,

) -> Response[ConductActivityRead | Problem]:
    """ Add a worker or a user of the activity's org as a participant

     Add a worker or a user of the activity's org as a participant.

    **Who may call it:** holders of `conduct:write`: `street_admin`, `street_officer`.

    Args:
        activity_id (int):
        idempotency_key (str | Unset):
        body (ParticipantRefType0 | ParticipantRefType1):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConductActivityRead | Problem]
     """


    kwargs = _get_kwargs(
        activity_id=activity_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    activity_id: int,
    *,
    client: AuthenticatedClient,
    body: ParticipantRefType0 | ParticipantRefType1,
    idempotency_key: str | Unset = UNSET,

) -> ConductActivityRead | Problem | None:
    """ Add a worker or a user of the activity's org as a participant

     Add a worker or a user of the activity's org as a participant.

    **Who may call it:** holders of `conduct:write`: `street_admin`, `street_officer`.

    Args:
        activity_id (int):
        idempotency_key (str | Unset):
        body (ParticipantRefType0 | ParticipantRefType1):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConductActivityRead | Problem
     """


    return sync_detailed(
        activity_id=activity_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    activity_id: int,
    *,
    client: AuthenticatedClient,
    body: ParticipantRefType0 | ParticipantRefType1,
    idempotency_key: str | Unset = UNSET,

) -> Response[ConductActivityRead | Problem]:
    """ Add a worker or a user of the activity's org as a participant

     Add a worker or a user of the activity's org as a participant.

    **Who may call it:** holders of `conduct:write`: `street_admin`, `street_officer`.

    Args:
        activity_id (int):
        idempotency_key (str | Unset):
        body (ParticipantRefType0 | ParticipantRefType1):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConductActivityRead | Problem]
     """


    kwargs = _get_kwargs(
        activity_id=activity_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    activity_id: int,
    *,
    client: AuthenticatedClient,
    body: ParticipantRefType0 | ParticipantRefType1,
    idempotency_key: str | Unset = UNSET,

) -> ConductActivityRead | Problem | None:
    """ Add a worker or a user of the activity's org as a participant

     Add a worker or a user of the activity's org as a participant.

    **Who may call it:** holders of `conduct:write`: `street_admin`, `street_officer`.

    Args:
        activity_id (int):
        idempotency_key (str | Unset):
        body (ParticipantRefType0 | ParticipantRefType1):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConductActivityRead | Problem
     """


    return (await asyncio_detailed(
        activity_id=activity_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.resident_read import ResidentRead
from ...models.resident_status_change import ResidentStatusChange
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    resident_id: int,
    *,
    body: ResidentStatusChange,
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
        "url": "/api/v1/residents/{resident_id}/status".format(resident_id=quote(str(resident_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ResidentRead | None:
    if response.status_code == 200:
        response_200 = ResidentRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ResidentRead]:
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
    body: ResidentStatusChange,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | ResidentRead]:
    """ Mark a resident moved out or deceased

     Mark a resident moved out or deceased.

    **Who may call it:** holders of `residents:life-events`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`.

    **Workflow `resident`, the step the state or the body calls for:** `mark_moved_out` from `active`
    (`residents:life-events`, from a day between birth and today (also a migrant's departure); benefits
    stop); `mark_deceased` from `active` (`residents:life-events`, from a day between birth and today;
    final; benefits stop); from any other state the answer is 409 with `current_state`.

    Args:
        resident_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):
        body (ResidentStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResidentRead]
     """


    kwargs = _get_kwargs(
        resident_id=resident_id,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    resident_id: int,
    *,
    client: AuthenticatedClient,
    body: ResidentStatusChange,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Problem | ResidentRead | None:
    """ Mark a resident moved out or deceased

     Mark a resident moved out or deceased.

    **Who may call it:** holders of `residents:life-events`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`.

    **Workflow `resident`, the step the state or the body calls for:** `mark_moved_out` from `active`
    (`residents:life-events`, from a day between birth and today (also a migrant's departure); benefits
    stop); `mark_deceased` from `active` (`residents:life-events`, from a day between birth and today;
    final; benefits stop); from any other state the answer is 409 with `current_state`.

    Args:
        resident_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):
        body (ResidentStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResidentRead
     """


    return sync_detailed(
        resident_id=resident_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    resident_id: int,
    *,
    client: AuthenticatedClient,
    body: ResidentStatusChange,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | ResidentRead]:
    """ Mark a resident moved out or deceased

     Mark a resident moved out or deceased.

    **Who may call it:** holders of `residents:life-events`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`.

    **Workflow `resident`, the step the state or the body calls for:** `mark_moved_out` from `active`
    (`residents:life-events`, from a day between birth and today (also a migrant's departure); benefits
    stop); `mark_deceased` from `active` (`residents:life-events`, from a day between birth and today;
    final; benefits stop); from any other state the answer is 409 with `current_state`.

    Args:
        resident_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):
        body (ResidentStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResidentRead]
     """


    kwargs = _get_kwargs(
        resident_id=resident_id,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    resident_id: int,
    *,
    client: AuthenticatedClient,
    body: ResidentStatusChange,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Problem | ResidentRead | None:
    """ Mark a resident moved out or deceased

     Mark a resident moved out or deceased.

    **Who may call it:** holders of `residents:life-events`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`.

    **Workflow `resident`, the step the state or the body calls for:** `mark_moved_out` from `active`
    (`residents:life-events`, from a day between birth and today (also a migrant's departure); benefits
    stop); `mark_deceased` from `active` (`residents:life-events`, from a day between birth and today;
    final; benefits stop); from any other state the answer is 409 with `current_state`.

    Args:
        resident_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):
        body (ResidentStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResidentRead
     """


    return (await asyncio_detailed(
        resident_id=resident_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )).parsed

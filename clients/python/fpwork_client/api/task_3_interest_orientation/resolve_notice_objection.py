from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.objection_read import ObjectionRead
from ...models.objection_resolve import ObjectionResolve
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    notice_id: int,
    objection_id: int,
    *,
    body: ObjectionResolve,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/public-notices/{notice_id}/objections/{objection_id}/resolve".format(notice_id=quote(str(notice_id), safe=""),objection_id=quote(str(objection_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ObjectionRead | Problem | None:
    if response.status_code == 200:
        response_200 = ObjectionRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ObjectionRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    notice_id: int,
    objection_id: int,
    *,
    client: AuthenticatedClient,
    body: ObjectionResolve,
    idempotency_key: str | Unset = UNSET,

) -> Response[ObjectionRead | Problem]:
    """ Uphold (the case is rejected) or dismiss (it proceeds) an objection

     Uphold (the case is rejected) or dismiss (it proceeds) an objection.

    **Who may call it:** holders of `objections:resolve`: `street_admin`, `street_officer`.

    **Workflow `notice_objection`, step `resolve`:** from `open` to a state the outcome decides (uphold
    → upheld (a case still in notice is rejected); dismiss → dismissed (it proceeds)); from any other
    state the answer is 409 with `current_state`.

    Args:
        notice_id (int):
        objection_id (int):
        idempotency_key (str | Unset):
        body (ObjectionResolve):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ObjectionRead | Problem]
     """


    kwargs = _get_kwargs(
        notice_id=notice_id,
objection_id=objection_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    notice_id: int,
    objection_id: int,
    *,
    client: AuthenticatedClient,
    body: ObjectionResolve,
    idempotency_key: str | Unset = UNSET,

) -> ObjectionRead | Problem | None:
    """ Uphold (the case is rejected) or dismiss (it proceeds) an objection

     Uphold (the case is rejected) or dismiss (it proceeds) an objection.

    **Who may call it:** holders of `objections:resolve`: `street_admin`, `street_officer`.

    **Workflow `notice_objection`, step `resolve`:** from `open` to a state the outcome decides (uphold
    → upheld (a case still in notice is rejected); dismiss → dismissed (it proceeds)); from any other
    state the answer is 409 with `current_state`.

    Args:
        notice_id (int):
        objection_id (int):
        idempotency_key (str | Unset):
        body (ObjectionResolve):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ObjectionRead | Problem
     """


    return sync_detailed(
        notice_id=notice_id,
objection_id=objection_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    notice_id: int,
    objection_id: int,
    *,
    client: AuthenticatedClient,
    body: ObjectionResolve,
    idempotency_key: str | Unset = UNSET,

) -> Response[ObjectionRead | Problem]:
    """ Uphold (the case is rejected) or dismiss (it proceeds) an objection

     Uphold (the case is rejected) or dismiss (it proceeds) an objection.

    **Who may call it:** holders of `objections:resolve`: `street_admin`, `street_officer`.

    **Workflow `notice_objection`, step `resolve`:** from `open` to a state the outcome decides (uphold
    → upheld (a case still in notice is rejected); dismiss → dismissed (it proceeds)); from any other
    state the answer is 409 with `current_state`.

    Args:
        notice_id (int):
        objection_id (int):
        idempotency_key (str | Unset):
        body (ObjectionResolve):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ObjectionRead | Problem]
     """


    kwargs = _get_kwargs(
        notice_id=notice_id,
objection_id=objection_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    notice_id: int,
    objection_id: int,
    *,
    client: AuthenticatedClient,
    body: ObjectionResolve,
    idempotency_key: str | Unset = UNSET,

) -> ObjectionRead | Problem | None:
    """ Uphold (the case is rejected) or dismiss (it proceeds) an objection

     Uphold (the case is rejected) or dismiss (it proceeds) an objection.

    **Who may call it:** holders of `objections:resolve`: `street_admin`, `street_officer`.

    **Workflow `notice_objection`, step `resolve`:** from `open` to a state the outcome decides (uphold
    → upheld (a case still in notice is rejected); dismiss → dismissed (it proceeds)); from any other
    state the answer is 409 with `current_state`.

    Args:
        notice_id (int):
        objection_id (int):
        idempotency_key (str | Unset):
        body (ObjectionResolve):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ObjectionRead | Problem
     """


    return (await asyncio_detailed(
        notice_id=notice_id,
objection_id=objection_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed

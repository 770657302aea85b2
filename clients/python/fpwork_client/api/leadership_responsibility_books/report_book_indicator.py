from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.book_read import BookRead
from ...models.problem import Problem
from ...models.reported_value import ReportedValue
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    book_id: int,
    book_indicator_id: int,
    *,
    body: ReportedValue,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/responsibility-books/{book_id}/indicators/{book_indicator_id}/report".format(book_id=quote(str(book_id), safe=""),book_indicator_id=quote(str(book_indicator_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BookRead | Problem | None:
    if response.status_code == 200:
        response_200 = BookRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BookRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    book_id: int,
    book_indicator_id: int,
    *,
    client: AuthenticatedClient,
    body: ReportedValue,
    idempotency_key: str | Unset = UNSET,

) -> Response[BookRead | Problem]:
    """ Report a reported indicator's value with evidence

     Report a reported indicator's value with evidence.

    **Who may call it:** holders of `books:report`: `community_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    **Workflow `responsibility_book`, step `report_value`:** from `signed` to `signed` (reported
    indicators only, with evidence); from any other state the answer is 409 with `current_state`.

    Args:
        book_id (int):
        book_indicator_id (int):
        idempotency_key (str | Unset):
        body (ReportedValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookRead | Problem]
     """


    kwargs = _get_kwargs(
        book_id=book_id,
book_indicator_id=book_indicator_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    book_id: int,
    book_indicator_id: int,
    *,
    client: AuthenticatedClient,
    body: ReportedValue,
    idempotency_key: str | Unset = UNSET,

) -> BookRead | Problem | None:
    """ Report a reported indicator's value with evidence

     Report a reported indicator's value with evidence.

    **Who may call it:** holders of `books:report`: `community_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    **Workflow `responsibility_book`, step `report_value`:** from `signed` to `signed` (reported
    indicators only, with evidence); from any other state the answer is 409 with `current_state`.

    Args:
        book_id (int):
        book_indicator_id (int):
        idempotency_key (str | Unset):
        body (ReportedValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookRead | Problem
     """


    return sync_detailed(
        book_id=book_id,
book_indicator_id=book_indicator_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    book_id: int,
    book_indicator_id: int,
    *,
    client: AuthenticatedClient,
    body: ReportedValue,
    idempotency_key: str | Unset = UNSET,

) -> Response[BookRead | Problem]:
    """ Report a reported indicator's value with evidence

     Report a reported indicator's value with evidence.

    **Who may call it:** holders of `books:report`: `community_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    **Workflow `responsibility_book`, step `report_value`:** from `signed` to `signed` (reported
    indicators only, with evidence); from any other state the answer is 409 with `current_state`.

    Args:
        book_id (int):
        book_indicator_id (int):
        idempotency_key (str | Unset):
        body (ReportedValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookRead | Problem]
     """


    kwargs = _get_kwargs(
        book_id=book_id,
book_indicator_id=book_indicator_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    book_id: int,
    book_indicator_id: int,
    *,
    client: AuthenticatedClient,
    body: ReportedValue,
    idempotency_key: str | Unset = UNSET,

) -> BookRead | Problem | None:
    """ Report a reported indicator's value with evidence

     Report a reported indicator's value with evidence.

    **Who may call it:** holders of `books:report`: `community_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    **Workflow `responsibility_book`, step `report_value`:** from `signed` to `signed` (reported
    indicators only, with evidence); from any other state the answer is 409 with `current_state`.

    Args:
        book_id (int):
        book_indicator_id (int):
        idempotency_key (str | Unset):
        body (ReportedValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookRead | Problem
     """


    return (await asyncio_detailed(
        book_id=book_id,
book_indicator_id=book_indicator_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed

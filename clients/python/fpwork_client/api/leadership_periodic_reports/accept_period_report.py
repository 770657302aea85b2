from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.period_report_read import PeriodReportRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    report_id: int,
    *,
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
        "url": "/api/v1/period-reports/{report_id}/accept".format(report_id=quote(str(report_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PeriodReportRead | Problem | None:
    if response.status_code == 200:
        response_200 = PeriodReportRead.from_dict(response.json())



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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PeriodReportRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    report_id: int,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[PeriodReportRead | Problem]:
    """ The district accepts the submitted version (→ accepted; the roll-up counts it)

     The district accepts the submitted version (→ accepted; the roll-up counts it).

    **Who may call it:** holders of `reports:review`: `district_officer`.

    **Workflow `period_report`, step `accept`:** from `submitted` to `accepted` (the district accepts);
    from any other state the answer is 409 with `current_state`.

    Args:
        report_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodReportRead | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    report_id: int,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> PeriodReportRead | Problem | None:
    """ The district accepts the submitted version (→ accepted; the roll-up counts it)

     The district accepts the submitted version (→ accepted; the roll-up counts it).

    **Who may call it:** holders of `reports:review`: `district_officer`.

    **Workflow `period_report`, step `accept`:** from `submitted` to `accepted` (the district accepts);
    from any other state the answer is 409 with `current_state`.

    Args:
        report_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodReportRead | Problem
     """


    return sync_detailed(
        report_id=report_id,
client=client,
if_match=if_match,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    report_id: int,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[PeriodReportRead | Problem]:
    """ The district accepts the submitted version (→ accepted; the roll-up counts it)

     The district accepts the submitted version (→ accepted; the roll-up counts it).

    **Who may call it:** holders of `reports:review`: `district_officer`.

    **Workflow `period_report`, step `accept`:** from `submitted` to `accepted` (the district accepts);
    from any other state the answer is 409 with `current_state`.

    Args:
        report_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodReportRead | Problem]
     """


    kwargs = _get_kwargs(
        report_id=report_id,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    report_id: int,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> PeriodReportRead | Problem | None:
    """ The district accepts the submitted version (→ accepted; the roll-up counts it)

     The district accepts the submitted version (→ accepted; the roll-up counts it).

    **Who may call it:** holders of `reports:review`: `district_officer`.

    **Workflow `period_report`, step `accept`:** from `submitted` to `accepted` (the district accepts);
    from any other state the answer is 409 with `current_state`.

    Args:
        report_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodReportRead | Problem
     """


    return (await asyncio_detailed(
        report_id=report_id,
client=client,
if_match=if_match,
idempotency_key=idempotency_key,

    )).parsed

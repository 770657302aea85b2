from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.dispense_channel import DispenseChannel
from ...models.page_dispensation_read import PageDispensationRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    point_id: int | None | Unset = UNSET,
    product_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    channel: DispenseChannel | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    dispensed_from: datetime.date | None | Unset = UNSET,
    dispensed_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_point_id: int | None | Unset
    if isinstance(point_id, Unset):
        json_point_id = UNSET
    else:
        json_point_id = point_id
    params["point_id"] = json_point_id

    json_product_id: int | None | Unset
    if isinstance(product_id, Unset):
        json_product_id = UNSET
    else:
        json_product_id = product_id
    params["product_id"] = json_product_id

    json_resident_id: int | None | Unset
    if isinstance(resident_id, Unset):
        json_resident_id = UNSET
    else:
        json_resident_id = resident_id
    params["resident_id"] = json_resident_id

    json_channel: None | str | Unset
    if isinstance(channel, Unset):
        json_channel = UNSET
    elif isinstance(channel, DispenseChannel):
        json_channel = channel.value
    else:
        json_channel = channel
    params["channel"] = json_channel

    json_updated_since: None | str | Unset
    if isinstance(updated_since, Unset):
        json_updated_since = UNSET
    elif isinstance(updated_since, datetime.datetime):
        json_updated_since = updated_since.isoformat()
    else:
        json_updated_since = updated_since
    params["updated_since"] = json_updated_since

    json_dispensed_from: None | str | Unset
    if isinstance(dispensed_from, Unset):
        json_dispensed_from = UNSET
    elif isinstance(dispensed_from, datetime.date):
        json_dispensed_from = dispensed_from.isoformat()
    else:
        json_dispensed_from = dispensed_from
    params["dispensed_from"] = json_dispensed_from

    json_dispensed_to: None | str | Unset
    if isinstance(dispensed_to, Unset):
        json_dispensed_to = UNSET
    elif isinstance(dispensed_to, datetime.date):
        json_dispensed_to = dispensed_to.isoformat()
    else:
        json_dispensed_to = dispensed_to
    params["dispensed_to"] = json_dispensed_to

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/dispensations",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageDispensationRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageDispensationRead.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageDispensationRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    point_id: int | None | Unset = UNSET,
    product_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    channel: DispenseChannel | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    dispensed_from: datetime.date | None | Unset = UNSET,
    dispensed_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageDispensationRead | Problem]:
    """ Dispensations in the caller's area, newest first

     Dispensations in the caller's area, newest first.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        point_id (int | None | Unset):
        product_id (int | None | Unset):
        resident_id (int | None | Unset):
        channel (DispenseChannel | None | Unset):
        updated_since (datetime.datetime | None | Unset): Change feed: rows updated at or after
            this instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        dispensed_from (datetime.date | None | Unset): On or after (Beijing date)
        dispensed_to (datetime.date | None | Unset): On or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageDispensationRead | Problem]
     """


    kwargs = _get_kwargs(
        point_id=point_id,
product_id=product_id,
resident_id=resident_id,
channel=channel,
updated_since=updated_since,
dispensed_from=dispensed_from,
dispensed_to=dispensed_to,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    point_id: int | None | Unset = UNSET,
    product_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    channel: DispenseChannel | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    dispensed_from: datetime.date | None | Unset = UNSET,
    dispensed_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageDispensationRead | Problem | None:
    """ Dispensations in the caller's area, newest first

     Dispensations in the caller's area, newest first.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        point_id (int | None | Unset):
        product_id (int | None | Unset):
        resident_id (int | None | Unset):
        channel (DispenseChannel | None | Unset):
        updated_since (datetime.datetime | None | Unset): Change feed: rows updated at or after
            this instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        dispensed_from (datetime.date | None | Unset): On or after (Beijing date)
        dispensed_to (datetime.date | None | Unset): On or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageDispensationRead | Problem
     """


    return sync_detailed(
        client=client,
point_id=point_id,
product_id=product_id,
resident_id=resident_id,
channel=channel,
updated_since=updated_since,
dispensed_from=dispensed_from,
dispensed_to=dispensed_to,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    point_id: int | None | Unset = UNSET,
    product_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    channel: DispenseChannel | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    dispensed_from: datetime.date | None | Unset = UNSET,
    dispensed_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageDispensationRead | Problem]:
    """ Dispensations in the caller's area, newest first

     Dispensations in the caller's area, newest first.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        point_id (int | None | Unset):
        product_id (int | None | Unset):
        resident_id (int | None | Unset):
        channel (DispenseChannel | None | Unset):
        updated_since (datetime.datetime | None | Unset): Change feed: rows updated at or after
            this instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        dispensed_from (datetime.date | None | Unset): On or after (Beijing date)
        dispensed_to (datetime.date | None | Unset): On or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageDispensationRead | Problem]
     """


    kwargs = _get_kwargs(
        point_id=point_id,
product_id=product_id,
resident_id=resident_id,
channel=channel,
updated_since=updated_since,
dispensed_from=dispensed_from,
dispensed_to=dispensed_to,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    point_id: int | None | Unset = UNSET,
    product_id: int | None | Unset = UNSET,
    resident_id: int | None | Unset = UNSET,
    channel: DispenseChannel | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    dispensed_from: datetime.date | None | Unset = UNSET,
    dispensed_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageDispensationRead | Problem | None:
    """ Dispensations in the caller's area, newest first

     Dispensations in the caller's area, newest first.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        point_id (int | None | Unset):
        product_id (int | None | Unset):
        resident_id (int | None | Unset):
        channel (DispenseChannel | None | Unset):
        updated_since (datetime.datetime | None | Unset): Change feed: rows updated at or after
            this instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        dispensed_from (datetime.date | None | Unset): On or after (Beijing date)
        dispensed_to (datetime.date | None | Unset): On or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageDispensationRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
point_id=point_id,
product_id=product_id,
resident_id=resident_id,
channel=channel,
updated_since=updated_since,
dispensed_from=dispensed_from,
dispensed_to=dispensed_to,
limit=limit,
cursor=cursor,

    )).parsed

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
    point_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    channel: DispenseChannel | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    dispensed_from: datetime.date | Unset = UNSET,
    dispensed_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["point_id"] = point_id

    params["product_id"] = product_id

    params["resident_id"] = resident_id

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel.value

    params["channel"] = json_channel

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since

    json_dispensed_from: str | Unset = UNSET
    if not isinstance(dispensed_from, Unset):
        json_dispensed_from = dispensed_from.isoformat()
    params["dispensed_from"] = json_dispensed_from

    json_dispensed_to: str | Unset = UNSET
    if not isinstance(dispensed_to, Unset):
        json_dispensed_to = dispensed_to.isoformat()
    params["dispensed_to"] = json_dispensed_to

    params["limit"] = limit

    params["cursor"] = cursor


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
    point_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    channel: DispenseChannel | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    dispensed_from: datetime.date | Unset = UNSET,
    dispensed_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageDispensationRead | Problem]:
    """ Dispensations in the caller's area, newest first

     Dispensations in the caller's area, newest first.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        point_id (int | Unset):
        product_id (int | Unset):
        resident_id (int | Unset):
        channel (DispenseChannel | Unset):
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        dispensed_from (datetime.date | Unset): On or after (Beijing date)
        dispensed_to (datetime.date | Unset): On or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (str | Unset): Opaque: the `next_cursor` of the previous page of this list, left
            out for the first page. A cursor continues the listing that issued it: one from a change
            feed (`updated_since`) continues only a change feed, one from a plain page only plain
            pages. Any other value, even one that looks like a cursor, is 422 `The cursor is not
            valid`.

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
    point_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    channel: DispenseChannel | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    dispensed_from: datetime.date | Unset = UNSET,
    dispensed_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageDispensationRead | Problem | None:
    """ Dispensations in the caller's area, newest first

     Dispensations in the caller's area, newest first.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        point_id (int | Unset):
        product_id (int | Unset):
        resident_id (int | Unset):
        channel (DispenseChannel | Unset):
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        dispensed_from (datetime.date | Unset): On or after (Beijing date)
        dispensed_to (datetime.date | Unset): On or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (str | Unset): Opaque: the `next_cursor` of the previous page of this list, left
            out for the first page. A cursor continues the listing that issued it: one from a change
            feed (`updated_since`) continues only a change feed, one from a plain page only plain
            pages. Any other value, even one that looks like a cursor, is 422 `The cursor is not
            valid`.

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
    point_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    channel: DispenseChannel | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    dispensed_from: datetime.date | Unset = UNSET,
    dispensed_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageDispensationRead | Problem]:
    """ Dispensations in the caller's area, newest first

     Dispensations in the caller's area, newest first.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        point_id (int | Unset):
        product_id (int | Unset):
        resident_id (int | Unset):
        channel (DispenseChannel | Unset):
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        dispensed_from (datetime.date | Unset): On or after (Beijing date)
        dispensed_to (datetime.date | Unset): On or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (str | Unset): Opaque: the `next_cursor` of the previous page of this list, left
            out for the first page. A cursor continues the listing that issued it: one from a change
            feed (`updated_since`) continues only a change feed, one from a plain page only plain
            pages. Any other value, even one that looks like a cursor, is 422 `The cursor is not
            valid`.

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
    point_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,
    resident_id: int | Unset = UNSET,
    channel: DispenseChannel | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    dispensed_from: datetime.date | Unset = UNSET,
    dispensed_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageDispensationRead | Problem | None:
    """ Dispensations in the caller's area, newest first

     Dispensations in the caller's area, newest first.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        point_id (int | Unset):
        product_id (int | Unset):
        resident_id (int | Unset):
        channel (DispenseChannel | Unset):
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        dispensed_from (datetime.date | Unset): On or after (Beijing date)
        dispensed_to (datetime.date | Unset): On or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (str | Unset): Opaque: the `next_cursor` of the previous page of this list, left
            out for the first page. A cursor continues the listing that issued it: one from a change
            feed (`updated_since`) continues only a change feed, one from a plain page only plain
            pages. Any other value, even one that looks like a cursor, is 422 `The cursor is not
            valid`.

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

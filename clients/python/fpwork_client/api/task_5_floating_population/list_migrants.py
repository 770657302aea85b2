from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.migrant_status import MigrantStatus
from ...models.page_migrant_read import PageMigrantRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    status: MigrantStatus | Unset = UNSET,
    community_id: int | Unset = UNSET,
    employer_unit_id: int | Unset = UNSET,
    household_province: str | Unset = UNSET,
    certificate_overdue: bool | Unset = UNSET,
    permit_endorsement_due: bool | Unset = UNSET,
    arrived_in: str | Unset = UNSET,
    departed_in: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["community_id"] = community_id

    params["employer_unit_id"] = employer_unit_id

    params["household_province"] = household_province

    params["certificate_overdue"] = certificate_overdue

    params["permit_endorsement_due"] = permit_endorsement_due

    params["arrived_in"] = arrived_in

    params["departed_in"] = departed_in

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/migrants",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageMigrantRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageMigrantRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageMigrantRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: MigrantStatus | Unset = UNSET,
    community_id: int | Unset = UNSET,
    employer_unit_id: int | Unset = UNSET,
    household_province: str | Unset = UNSET,
    certificate_overdue: bool | Unset = UNSET,
    permit_endorsement_due: bool | Unset = UNSET,
    arrived_in: str | Unset = UNSET,
    departed_in: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageMigrantRead | Problem]:
    """ Migrants in the caller's area, with the duty lists as filters

     Migrants in the caller's area, with the duty lists as filters.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (MigrantStatus | Unset):
        community_id (int | Unset):
        employer_unit_id (int | Unset):
        household_province (str | Unset): 户籍地 province
        certificate_overdue (bool | Unset): 婚育证明 not submitted 30 days on
        permit_endorsement_due (bool | Unset): Residence permit expiring within 30 days
        arrived_in (str | Unset): YYYY-MM, from 1900-01 to 2199-12
        departed_in (str | Unset): YYYY-MM, from 1900-01 to 2199-12
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
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
        Response[PageMigrantRead | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
community_id=community_id,
employer_unit_id=employer_unit_id,
household_province=household_province,
certificate_overdue=certificate_overdue,
permit_endorsement_due=permit_endorsement_due,
arrived_in=arrived_in,
departed_in=departed_in,
updated_since=updated_since,
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
    status: MigrantStatus | Unset = UNSET,
    community_id: int | Unset = UNSET,
    employer_unit_id: int | Unset = UNSET,
    household_province: str | Unset = UNSET,
    certificate_overdue: bool | Unset = UNSET,
    permit_endorsement_due: bool | Unset = UNSET,
    arrived_in: str | Unset = UNSET,
    departed_in: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageMigrantRead | Problem | None:
    """ Migrants in the caller's area, with the duty lists as filters

     Migrants in the caller's area, with the duty lists as filters.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (MigrantStatus | Unset):
        community_id (int | Unset):
        employer_unit_id (int | Unset):
        household_province (str | Unset): 户籍地 province
        certificate_overdue (bool | Unset): 婚育证明 not submitted 30 days on
        permit_endorsement_due (bool | Unset): Residence permit expiring within 30 days
        arrived_in (str | Unset): YYYY-MM, from 1900-01 to 2199-12
        departed_in (str | Unset): YYYY-MM, from 1900-01 to 2199-12
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
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
        PageMigrantRead | Problem
     """


    return sync_detailed(
        client=client,
status=status,
community_id=community_id,
employer_unit_id=employer_unit_id,
household_province=household_province,
certificate_overdue=certificate_overdue,
permit_endorsement_due=permit_endorsement_due,
arrived_in=arrived_in,
departed_in=departed_in,
updated_since=updated_since,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: MigrantStatus | Unset = UNSET,
    community_id: int | Unset = UNSET,
    employer_unit_id: int | Unset = UNSET,
    household_province: str | Unset = UNSET,
    certificate_overdue: bool | Unset = UNSET,
    permit_endorsement_due: bool | Unset = UNSET,
    arrived_in: str | Unset = UNSET,
    departed_in: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageMigrantRead | Problem]:
    """ Migrants in the caller's area, with the duty lists as filters

     Migrants in the caller's area, with the duty lists as filters.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (MigrantStatus | Unset):
        community_id (int | Unset):
        employer_unit_id (int | Unset):
        household_province (str | Unset): 户籍地 province
        certificate_overdue (bool | Unset): 婚育证明 not submitted 30 days on
        permit_endorsement_due (bool | Unset): Residence permit expiring within 30 days
        arrived_in (str | Unset): YYYY-MM, from 1900-01 to 2199-12
        departed_in (str | Unset): YYYY-MM, from 1900-01 to 2199-12
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
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
        Response[PageMigrantRead | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
community_id=community_id,
employer_unit_id=employer_unit_id,
household_province=household_province,
certificate_overdue=certificate_overdue,
permit_endorsement_due=permit_endorsement_due,
arrived_in=arrived_in,
departed_in=departed_in,
updated_since=updated_since,
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
    status: MigrantStatus | Unset = UNSET,
    community_id: int | Unset = UNSET,
    employer_unit_id: int | Unset = UNSET,
    household_province: str | Unset = UNSET,
    certificate_overdue: bool | Unset = UNSET,
    permit_endorsement_due: bool | Unset = UNSET,
    arrived_in: str | Unset = UNSET,
    departed_in: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageMigrantRead | Problem | None:
    """ Migrants in the caller's area, with the duty lists as filters

     Migrants in the caller's area, with the duty lists as filters.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (MigrantStatus | Unset):
        community_id (int | Unset):
        employer_unit_id (int | Unset):
        household_province (str | Unset): 户籍地 province
        certificate_overdue (bool | Unset): 婚育证明 not submitted 30 days on
        permit_endorsement_due (bool | Unset): Residence permit expiring within 30 days
        arrived_in (str | Unset): YYYY-MM, from 1900-01 to 2199-12
        departed_in (str | Unset): YYYY-MM, from 1900-01 to 2199-12
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
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
        PageMigrantRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
status=status,
community_id=community_id,
employer_unit_id=employer_unit_id,
household_province=household_province,
certificate_overdue=certificate_overdue,
permit_endorsement_due=permit_endorsement_due,
arrived_in=arrived_in,
departed_in=departed_in,
updated_since=updated_since,
limit=limit,
cursor=cursor,

    )).parsed

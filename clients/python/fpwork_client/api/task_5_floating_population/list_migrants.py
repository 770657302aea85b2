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
    status: MigrantStatus | None | Unset = UNSET,
    community_id: int | None | Unset = UNSET,
    employer_unit_id: int | None | Unset = UNSET,
    household_province: None | str | Unset = UNSET,
    certificate_overdue: bool | None | Unset = UNSET,
    permit_endorsement_due: bool | None | Unset = UNSET,
    arrived_in: None | str | Unset = UNSET,
    departed_in: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, MigrantStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_community_id: int | None | Unset
    if isinstance(community_id, Unset):
        json_community_id = UNSET
    else:
        json_community_id = community_id
    params["community_id"] = json_community_id

    json_employer_unit_id: int | None | Unset
    if isinstance(employer_unit_id, Unset):
        json_employer_unit_id = UNSET
    else:
        json_employer_unit_id = employer_unit_id
    params["employer_unit_id"] = json_employer_unit_id

    json_household_province: None | str | Unset
    if isinstance(household_province, Unset):
        json_household_province = UNSET
    else:
        json_household_province = household_province
    params["household_province"] = json_household_province

    json_certificate_overdue: bool | None | Unset
    if isinstance(certificate_overdue, Unset):
        json_certificate_overdue = UNSET
    else:
        json_certificate_overdue = certificate_overdue
    params["certificate_overdue"] = json_certificate_overdue

    json_permit_endorsement_due: bool | None | Unset
    if isinstance(permit_endorsement_due, Unset):
        json_permit_endorsement_due = UNSET
    else:
        json_permit_endorsement_due = permit_endorsement_due
    params["permit_endorsement_due"] = json_permit_endorsement_due

    json_arrived_in: None | str | Unset
    if isinstance(arrived_in, Unset):
        json_arrived_in = UNSET
    else:
        json_arrived_in = arrived_in
    params["arrived_in"] = json_arrived_in

    json_departed_in: None | str | Unset
    if isinstance(departed_in, Unset):
        json_departed_in = UNSET
    else:
        json_departed_in = departed_in
    params["departed_in"] = json_departed_in

    json_updated_since: None | str | Unset
    if isinstance(updated_since, Unset):
        json_updated_since = UNSET
    elif isinstance(updated_since, datetime.datetime):
        json_updated_since = updated_since.isoformat()
    else:
        json_updated_since = updated_since
    params["updated_since"] = json_updated_since

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
    status: MigrantStatus | None | Unset = UNSET,
    community_id: int | None | Unset = UNSET,
    employer_unit_id: int | None | Unset = UNSET,
    household_province: None | str | Unset = UNSET,
    certificate_overdue: bool | None | Unset = UNSET,
    permit_endorsement_due: bool | None | Unset = UNSET,
    arrived_in: None | str | Unset = UNSET,
    departed_in: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageMigrantRead | Problem]:
    """ Migrants in the caller's area, with the duty lists as filters

     Migrants in the caller's area, with the duty lists as filters.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (MigrantStatus | None | Unset):
        community_id (int | None | Unset):
        employer_unit_id (int | None | Unset):
        household_province (None | str | Unset): 户籍地 province
        certificate_overdue (bool | None | Unset): 婚育证明 not submitted 30 days on
        permit_endorsement_due (bool | None | Unset): Residence permit expiring within 30 days
        arrived_in (None | str | Unset): YYYY-MM, from 1900-01 to 2199-12
        departed_in (None | str | Unset): YYYY-MM, from 1900-01 to 2199-12
        updated_since (datetime.datetime | None | Unset): Change feed: rows updated at or after
            this instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

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
    status: MigrantStatus | None | Unset = UNSET,
    community_id: int | None | Unset = UNSET,
    employer_unit_id: int | None | Unset = UNSET,
    household_province: None | str | Unset = UNSET,
    certificate_overdue: bool | None | Unset = UNSET,
    permit_endorsement_due: bool | None | Unset = UNSET,
    arrived_in: None | str | Unset = UNSET,
    departed_in: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageMigrantRead | Problem | None:
    """ Migrants in the caller's area, with the duty lists as filters

     Migrants in the caller's area, with the duty lists as filters.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (MigrantStatus | None | Unset):
        community_id (int | None | Unset):
        employer_unit_id (int | None | Unset):
        household_province (None | str | Unset): 户籍地 province
        certificate_overdue (bool | None | Unset): 婚育证明 not submitted 30 days on
        permit_endorsement_due (bool | None | Unset): Residence permit expiring within 30 days
        arrived_in (None | str | Unset): YYYY-MM, from 1900-01 to 2199-12
        departed_in (None | str | Unset): YYYY-MM, from 1900-01 to 2199-12
        updated_since (datetime.datetime | None | Unset): Change feed: rows updated at or after
            this instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

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
    status: MigrantStatus | None | Unset = UNSET,
    community_id: int | None | Unset = UNSET,
    employer_unit_id: int | None | Unset = UNSET,
    household_province: None | str | Unset = UNSET,
    certificate_overdue: bool | None | Unset = UNSET,
    permit_endorsement_due: bool | None | Unset = UNSET,
    arrived_in: None | str | Unset = UNSET,
    departed_in: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageMigrantRead | Problem]:
    """ Migrants in the caller's area, with the duty lists as filters

     Migrants in the caller's area, with the duty lists as filters.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (MigrantStatus | None | Unset):
        community_id (int | None | Unset):
        employer_unit_id (int | None | Unset):
        household_province (None | str | Unset): 户籍地 province
        certificate_overdue (bool | None | Unset): 婚育证明 not submitted 30 days on
        permit_endorsement_due (bool | None | Unset): Residence permit expiring within 30 days
        arrived_in (None | str | Unset): YYYY-MM, from 1900-01 to 2199-12
        departed_in (None | str | Unset): YYYY-MM, from 1900-01 to 2199-12
        updated_since (datetime.datetime | None | Unset): Change feed: rows updated at or after
            this instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

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
    status: MigrantStatus | None | Unset = UNSET,
    community_id: int | None | Unset = UNSET,
    employer_unit_id: int | None | Unset = UNSET,
    household_province: None | str | Unset = UNSET,
    certificate_overdue: bool | None | Unset = UNSET,
    permit_endorsement_due: bool | None | Unset = UNSET,
    arrived_in: None | str | Unset = UNSET,
    departed_in: None | str | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageMigrantRead | Problem | None:
    """ Migrants in the caller's area, with the duty lists as filters

     Migrants in the caller's area, with the duty lists as filters.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        status (MigrantStatus | None | Unset):
        community_id (int | None | Unset):
        employer_unit_id (int | None | Unset):
        household_province (None | str | Unset): 户籍地 province
        certificate_overdue (bool | None | Unset): 婚育证明 not submitted 30 days on
        permit_endorsement_due (bool | None | Unset): Residence permit expiring within 30 days
        arrived_in (None | str | Unset): YYYY-MM, from 1900-01 to 2199-12
        departed_in (None | str | Unset): YYYY-MM, from 1900-01 to 2199-12
        updated_since (datetime.datetime | None | Unset): Change feed: rows updated at or after
            this instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

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

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_resident_read import PageResidentRead
from ...models.problem import Problem
from ...models.resident_status import ResidentStatus
from ...models.sex import Sex
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    community_id: int | Unset = UNSET,
    employer_unit_id: int | Unset = UNSET,
    status: ResidentStatus | Unset = UNSET,
    name_prefix: str | Unset = UNSET,
    id_number: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    sex: Sex | Unset = UNSET,
    age_min: int | Unset = UNSET,
    age_max: int | Unset = UNSET,
    migrant: bool | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["community_id"] = community_id

    params["employer_unit_id"] = employer_unit_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["name_prefix"] = name_prefix

    params["id_number"] = id_number

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since

    json_sex: str | Unset = UNSET
    if not isinstance(sex, Unset):
        json_sex = sex.value

    params["sex"] = json_sex

    params["age_min"] = age_min

    params["age_max"] = age_max

    params["migrant"] = migrant

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/residents",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageResidentRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageResidentRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageResidentRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    community_id: int | Unset = UNSET,
    employer_unit_id: int | Unset = UNSET,
    status: ResidentStatus | Unset = UNSET,
    name_prefix: str | Unset = UNSET,
    id_number: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    sex: Sex | Unset = UNSET,
    age_min: int | Unset = UNSET,
    age_max: int | Unset = UNSET,
    migrant: bool | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageResidentRead | Problem]:
    """ List residents in the caller's area (ID numbers and phones masked)

     List residents in the caller's area (ID numbers and phones masked).

    **Who may call it:** holders of `residents:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        community_id (int | Unset):
        employer_unit_id (int | Unset):
        status (ResidentStatus | Unset):
        name_prefix (str | Unset):
        id_number (str | Unset): Exact ID number match
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        sex (Sex | Unset):
        age_min (int | Unset): Age today (周岁) at least
        age_max (int | Unset): Age today at most: not below age_min
        migrant (bool | Unset): true: registered outside the district (流动人口); false: local
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
        Response[PageResidentRead | Problem]
     """


    kwargs = _get_kwargs(
        community_id=community_id,
employer_unit_id=employer_unit_id,
status=status,
name_prefix=name_prefix,
id_number=id_number,
updated_since=updated_since,
sex=sex,
age_min=age_min,
age_max=age_max,
migrant=migrant,
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
    community_id: int | Unset = UNSET,
    employer_unit_id: int | Unset = UNSET,
    status: ResidentStatus | Unset = UNSET,
    name_prefix: str | Unset = UNSET,
    id_number: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    sex: Sex | Unset = UNSET,
    age_min: int | Unset = UNSET,
    age_max: int | Unset = UNSET,
    migrant: bool | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageResidentRead | Problem | None:
    """ List residents in the caller's area (ID numbers and phones masked)

     List residents in the caller's area (ID numbers and phones masked).

    **Who may call it:** holders of `residents:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        community_id (int | Unset):
        employer_unit_id (int | Unset):
        status (ResidentStatus | Unset):
        name_prefix (str | Unset):
        id_number (str | Unset): Exact ID number match
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        sex (Sex | Unset):
        age_min (int | Unset): Age today (周岁) at least
        age_max (int | Unset): Age today at most: not below age_min
        migrant (bool | Unset): true: registered outside the district (流动人口); false: local
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
        PageResidentRead | Problem
     """


    return sync_detailed(
        client=client,
community_id=community_id,
employer_unit_id=employer_unit_id,
status=status,
name_prefix=name_prefix,
id_number=id_number,
updated_since=updated_since,
sex=sex,
age_min=age_min,
age_max=age_max,
migrant=migrant,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    community_id: int | Unset = UNSET,
    employer_unit_id: int | Unset = UNSET,
    status: ResidentStatus | Unset = UNSET,
    name_prefix: str | Unset = UNSET,
    id_number: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    sex: Sex | Unset = UNSET,
    age_min: int | Unset = UNSET,
    age_max: int | Unset = UNSET,
    migrant: bool | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageResidentRead | Problem]:
    """ List residents in the caller's area (ID numbers and phones masked)

     List residents in the caller's area (ID numbers and phones masked).

    **Who may call it:** holders of `residents:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        community_id (int | Unset):
        employer_unit_id (int | Unset):
        status (ResidentStatus | Unset):
        name_prefix (str | Unset):
        id_number (str | Unset): Exact ID number match
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        sex (Sex | Unset):
        age_min (int | Unset): Age today (周岁) at least
        age_max (int | Unset): Age today at most: not below age_min
        migrant (bool | Unset): true: registered outside the district (流动人口); false: local
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
        Response[PageResidentRead | Problem]
     """


    kwargs = _get_kwargs(
        community_id=community_id,
employer_unit_id=employer_unit_id,
status=status,
name_prefix=name_prefix,
id_number=id_number,
updated_since=updated_since,
sex=sex,
age_min=age_min,
age_max=age_max,
migrant=migrant,
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
    community_id: int | Unset = UNSET,
    employer_unit_id: int | Unset = UNSET,
    status: ResidentStatus | Unset = UNSET,
    name_prefix: str | Unset = UNSET,
    id_number: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    sex: Sex | Unset = UNSET,
    age_min: int | Unset = UNSET,
    age_max: int | Unset = UNSET,
    migrant: bool | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageResidentRead | Problem | None:
    """ List residents in the caller's area (ID numbers and phones masked)

     List residents in the caller's area (ID numbers and phones masked).

    **Who may call it:** holders of `residents:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        community_id (int | Unset):
        employer_unit_id (int | Unset):
        status (ResidentStatus | Unset):
        name_prefix (str | Unset):
        id_number (str | Unset): Exact ID number match
        updated_since (datetime.datetime | Unset): Change feed: rows updated at or after this
            instant (ISO 8601 with offset), ordered by update time; see docs/integration.md
        sex (Sex | Unset):
        age_min (int | Unset): Age today (周岁) at least
        age_max (int | Unset): Age today at most: not below age_min
        migrant (bool | Unset): true: registered outside the district (流动人口); false: local
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
        PageResidentRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
community_id=community_id,
employer_unit_id=employer_unit_id,
status=status,
name_prefix=name_prefix,
id_number=id_number,
updated_since=updated_since,
sex=sex,
age_min=age_min,
age_max=age_max,
migrant=migrant,
limit=limit,
cursor=cursor,

    )).parsed

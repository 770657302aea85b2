from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.coverage_report import CoverageReport
from ...models.migrant_service_coverage_group_by import MigrantServiceCoverageGroupBy
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    group_by: MigrantServiceCoverageGroupBy | Unset = MigrantServiceCoverageGroupBy.COMMUNITY,
    as_of: datetime.date | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["group_by"] = json_group_by

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/migrants/coverage",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CoverageReport | Problem | None:
    if response.status_code == 200:
        response_200 = CoverageReport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CoverageReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_by: MigrantServiceCoverageGroupBy | Unset = MigrantServiceCoverageGroupBy.COMMUNITY,
    as_of: datetime.date | Unset = UNSET,

) -> Response[CoverageReport | Problem]:
    """ Equal basic public services: share of migrants present six months or more served, per community or
    unit

     Equal basic public services: share of migrants present six months or more served, per community or
    unit.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        group_by (MigrantServiceCoverageGroupBy | Unset):  Default:
            MigrantServiceCoverageGroupBy.COMMUNITY.
        as_of (datetime.date | Unset): The report day; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoverageReport | Problem]
     """


    kwargs = _get_kwargs(
        group_by=group_by,
as_of=as_of,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    group_by: MigrantServiceCoverageGroupBy | Unset = MigrantServiceCoverageGroupBy.COMMUNITY,
    as_of: datetime.date | Unset = UNSET,

) -> CoverageReport | Problem | None:
    """ Equal basic public services: share of migrants present six months or more served, per community or
    unit

     Equal basic public services: share of migrants present six months or more served, per community or
    unit.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        group_by (MigrantServiceCoverageGroupBy | Unset):  Default:
            MigrantServiceCoverageGroupBy.COMMUNITY.
        as_of (datetime.date | Unset): The report day; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoverageReport | Problem
     """


    return sync_detailed(
        client=client,
group_by=group_by,
as_of=as_of,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_by: MigrantServiceCoverageGroupBy | Unset = MigrantServiceCoverageGroupBy.COMMUNITY,
    as_of: datetime.date | Unset = UNSET,

) -> Response[CoverageReport | Problem]:
    """ Equal basic public services: share of migrants present six months or more served, per community or
    unit

     Equal basic public services: share of migrants present six months or more served, per community or
    unit.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        group_by (MigrantServiceCoverageGroupBy | Unset):  Default:
            MigrantServiceCoverageGroupBy.COMMUNITY.
        as_of (datetime.date | Unset): The report day; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoverageReport | Problem]
     """


    kwargs = _get_kwargs(
        group_by=group_by,
as_of=as_of,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    group_by: MigrantServiceCoverageGroupBy | Unset = MigrantServiceCoverageGroupBy.COMMUNITY,
    as_of: datetime.date | Unset = UNSET,

) -> CoverageReport | Problem | None:
    """ Equal basic public services: share of migrants present six months or more served, per community or
    unit

     Equal basic public services: share of migrants present six months or more served, per community or
    unit.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        group_by (MigrantServiceCoverageGroupBy | Unset):  Default:
            MigrantServiceCoverageGroupBy.COMMUNITY.
        as_of (datetime.date | Unset): The report day; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoverageReport | Problem
     """


    return (await asyncio_detailed(
        client=client,
group_by=group_by,
as_of=as_of,

    )).parsed

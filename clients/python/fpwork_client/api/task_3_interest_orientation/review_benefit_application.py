from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.application_detail import ApplicationDetail
from ...models.problem import Problem
from ...models.review_body import ReviewBody
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    application_id: int,
    *,
    body: ReviewBody,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/benefit-applications/{application_id}/review".format(application_id=quote(str(application_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApplicationDetail | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicationDetail.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApplicationDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: ReviewBody,
    idempotency_key: str | Unset = UNSET,

) -> Response[ApplicationDetail | Problem]:
    """ The review step due now: community, street (after the notice window) or district

     The review step due now: community, street (after the notice window) or district.

    The level follows the state: submitted → community review (benefits:review:community), in_notice →
    street review (benefits:review:street), street_approved → district approval
    (benefits:approve:district). `return` lists every missing material at once; `reject` needs a
    comment.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    **Workflow `benefit_application`, the step the state or the body calls for:** `community_review`
    from `submitted` (`benefits:review:community`, approve → in_notice (posted ≥ 7 days); return (once
    at this level, every missing item) → returned; reject (with a reason) → rejected); `street_review`
    from `in_notice` (`benefits:review:street`, approve after the notice window with no open objection →
    street_approved; return once; reject); `district_review` from `street_approved`
    (`benefits:approve:district`, approve → enrolled (eligibility re-checked); return once; reject);
    from any other state the answer is 409 with `current_state`.

    Args:
        application_id (int):
        idempotency_key (str | Unset):
        body (ReviewBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationDetail | Problem]
     """


    kwargs = _get_kwargs(
        application_id=application_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: ReviewBody,
    idempotency_key: str | Unset = UNSET,

) -> ApplicationDetail | Problem | None:
    """ The review step due now: community, street (after the notice window) or district

     The review step due now: community, street (after the notice window) or district.

    The level follows the state: submitted → community review (benefits:review:community), in_notice →
    street review (benefits:review:street), street_approved → district approval
    (benefits:approve:district). `return` lists every missing material at once; `reject` needs a
    comment.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    **Workflow `benefit_application`, the step the state or the body calls for:** `community_review`
    from `submitted` (`benefits:review:community`, approve → in_notice (posted ≥ 7 days); return (once
    at this level, every missing item) → returned; reject (with a reason) → rejected); `street_review`
    from `in_notice` (`benefits:review:street`, approve after the notice window with no open objection →
    street_approved; return once; reject); `district_review` from `street_approved`
    (`benefits:approve:district`, approve → enrolled (eligibility re-checked); return once; reject);
    from any other state the answer is 409 with `current_state`.

    Args:
        application_id (int):
        idempotency_key (str | Unset):
        body (ReviewBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationDetail | Problem
     """


    return sync_detailed(
        application_id=application_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: ReviewBody,
    idempotency_key: str | Unset = UNSET,

) -> Response[ApplicationDetail | Problem]:
    """ The review step due now: community, street (after the notice window) or district

     The review step due now: community, street (after the notice window) or district.

    The level follows the state: submitted → community review (benefits:review:community), in_notice →
    street review (benefits:review:street), street_approved → district approval
    (benefits:approve:district). `return` lists every missing material at once; `reject` needs a
    comment.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    **Workflow `benefit_application`, the step the state or the body calls for:** `community_review`
    from `submitted` (`benefits:review:community`, approve → in_notice (posted ≥ 7 days); return (once
    at this level, every missing item) → returned; reject (with a reason) → rejected); `street_review`
    from `in_notice` (`benefits:review:street`, approve after the notice window with no open objection →
    street_approved; return once; reject); `district_review` from `street_approved`
    (`benefits:approve:district`, approve → enrolled (eligibility re-checked); return once; reject);
    from any other state the answer is 409 with `current_state`.

    Args:
        application_id (int):
        idempotency_key (str | Unset):
        body (ReviewBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationDetail | Problem]
     """


    kwargs = _get_kwargs(
        application_id=application_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: ReviewBody,
    idempotency_key: str | Unset = UNSET,

) -> ApplicationDetail | Problem | None:
    """ The review step due now: community, street (after the notice window) or district

     The review step due now: community, street (after the notice window) or district.

    The level follows the state: submitted → community review (benefits:review:community), in_notice →
    street review (benefits:review:street), street_approved → district approval
    (benefits:approve:district). `return` lists every missing material at once; `reject` needs a
    comment.

    **Who may call it:** holders of `benefits:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    **Workflow `benefit_application`, the step the state or the body calls for:** `community_review`
    from `submitted` (`benefits:review:community`, approve → in_notice (posted ≥ 7 days); return (once
    at this level, every missing item) → returned; reject (with a reason) → rejected); `street_review`
    from `in_notice` (`benefits:review:street`, approve after the notice window with no open objection →
    street_approved; return once; reject); `district_review` from `street_approved`
    (`benefits:approve:district`, approve → enrolled (eligibility re-checked); return once; reject);
    from any other state the answer is 409 with `current_state`.

    Args:
        application_id (int):
        idempotency_key (str | Unset):
        body (ReviewBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationDetail | Problem
     """


    return (await asyncio_detailed(
        application_id=application_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed

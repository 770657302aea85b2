from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.evidence_file_read import EvidenceFileRead
from ...models.problem import Problem
from ...types import File, FileTypes
from ...types import UNSET, Unset
from io import BytesIO
from typing import cast



def _get_kwargs(
    *,
    body: File,
    filename: str,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    params: dict[str, Any] = {}

    params["filename"] = filename


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/evidence-files",
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EvidenceFileRead | Problem | None:
    if response.status_code == 201:
        response_201 = EvidenceFileRead.from_dict(response.json())



        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EvidenceFileRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: File,
    filename: str,
    idempotency_key: str | Unset = UNSET,

) -> Response[EvidenceFileRead | Problem]:
    """ Upload a file (PDF, JPEG or PNG) that a spending entry or an institution attaches

     Upload a file (PDF, JPEG or PNG) that a spending entry or an institution attaches.

    The request body is the file itself, sent as application/octet-stream (its type, PDF, JPEG or PNG,
    is read from its first bytes) or with its own Content-Type (application/pdf, image/jpeg or
    image/png; any other Content-Type is 415). Bytes that are none of the three, or not the type named,
    are 422. Up to FPW_EVIDENCE_MAX_BYTES (10 MiB by default; beyond it 413). The file belongs to the
    caller's org and is kept as uploaded, with its SHA-256; attach it by its id (`evidence_file_id` of a
    spending, `file_id` of an institution).

    **Who may call it:** holders of `evidence:upload`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        filename (str): The file's name as shown
        idempotency_key (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvidenceFileRead | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
filename=filename,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: File,
    filename: str,
    idempotency_key: str | Unset = UNSET,

) -> EvidenceFileRead | Problem | None:
    """ Upload a file (PDF, JPEG or PNG) that a spending entry or an institution attaches

     Upload a file (PDF, JPEG or PNG) that a spending entry or an institution attaches.

    The request body is the file itself, sent as application/octet-stream (its type, PDF, JPEG or PNG,
    is read from its first bytes) or with its own Content-Type (application/pdf, image/jpeg or
    image/png; any other Content-Type is 415). Bytes that are none of the three, or not the type named,
    are 422. Up to FPW_EVIDENCE_MAX_BYTES (10 MiB by default; beyond it 413). The file belongs to the
    caller's org and is kept as uploaded, with its SHA-256; attach it by its id (`evidence_file_id` of a
    spending, `file_id` of an institution).

    **Who may call it:** holders of `evidence:upload`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        filename (str): The file's name as shown
        idempotency_key (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvidenceFileRead | Problem
     """


    return sync_detailed(
        client=client,
body=body,
filename=filename,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: File,
    filename: str,
    idempotency_key: str | Unset = UNSET,

) -> Response[EvidenceFileRead | Problem]:
    """ Upload a file (PDF, JPEG or PNG) that a spending entry or an institution attaches

     Upload a file (PDF, JPEG or PNG) that a spending entry or an institution attaches.

    The request body is the file itself, sent as application/octet-stream (its type, PDF, JPEG or PNG,
    is read from its first bytes) or with its own Content-Type (application/pdf, image/jpeg or
    image/png; any other Content-Type is 415). Bytes that are none of the three, or not the type named,
    are 422. Up to FPW_EVIDENCE_MAX_BYTES (10 MiB by default; beyond it 413). The file belongs to the
    caller's org and is kept as uploaded, with its SHA-256; attach it by its id (`evidence_file_id` of a
    spending, `file_id` of an institution).

    **Who may call it:** holders of `evidence:upload`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        filename (str): The file's name as shown
        idempotency_key (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvidenceFileRead | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
filename=filename,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: File,
    filename: str,
    idempotency_key: str | Unset = UNSET,

) -> EvidenceFileRead | Problem | None:
    """ Upload a file (PDF, JPEG or PNG) that a spending entry or an institution attaches

     Upload a file (PDF, JPEG or PNG) that a spending entry or an institution attaches.

    The request body is the file itself, sent as application/octet-stream (its type, PDF, JPEG or PNG,
    is read from its first bytes) or with its own Content-Type (application/pdf, image/jpeg or
    image/png; any other Content-Type is 415). Bytes that are none of the three, or not the type named,
    are 422. Up to FPW_EVIDENCE_MAX_BYTES (10 MiB by default; beyond it 413). The file belongs to the
    caller's org and is kept as uploaded, with its SHA-256; attach it by its id (`evidence_file_id` of a
    spending, `file_id` of an institution).

    **Who may call it:** holders of `evidence:upload`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        filename (str): The file's name as shown
        idempotency_key (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvidenceFileRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
filename=filename,
idempotency_key=idempotency_key,

    )).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.import_format import ImportFormat
from ...models.import_kind import ImportKind
from ...models.import_mode import ImportMode
from ...models.import_read import ImportRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body:    str  |     str  | Unset = UNSET,
    kind: ImportKind,
    mode: ImportMode | Unset = UNSET,
    format_: ImportFormat | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    params: dict[str, Any] = {}

    json_kind = kind.value
    params["kind"] = json_kind

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/imports",
        "params": params,
    }

    if isinstance(body, str):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/x-ndjson"
    if isinstance(body, str):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/csv"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImportRead | Problem | None:
    if response.status_code == 202:
        response_202 = ImportRead.from_dict(response.json())



        return response_202

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ImportRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body:    str  |     str  | Unset = UNSET,
    kind: ImportKind,
    mode: ImportMode | Unset = UNSET,
    format_: ImportFormat | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[ImportRead | Problem]:
    """ Upload a CSV (header row) or NDJSON file of residents or migrants; processed as a job

     Upload a CSV (header row) or NDJSON file of residents or migrants; processed as a job.

    The request body is the file itself (Content-Type text/csv or application/x-ndjson), text in UTF-8
    (with or without a BOM) or GB18030/GBK (what Excel on Chinese Windows saves as CSV), up to
    FPW_IMPORT_MAX_BYTES (64 MiB by default) and FPW_IMPORT_MAX_ROWS data rows (100,000 by default):
    either limit passed is 413. An XLSX/XLS/ZIP/gzip file is 415, never opened: save the sheet as CSV. A
    name, address or employer that starts like a spreadsheet formula (=, +, -, @) refuses its row
    (reported per row); nothing is ever evaluated. Rows are upserted by ID number; the same file twice
    changes nothing. Poll GET /imports/{id} for progress and the per-row report. A file is imported by
    one job at a time: while a job of the same file (same org and kind) is queued or running, another
    upload of it is 409 `import-in-progress` naming that job (`import_id`).

    **Who may call it:** holders of `imports:write`: `district_integration`, `district_officer`,
    `street_admin`, `street_officer`.

    Args:
        kind (ImportKind):
        mode (ImportMode | Unset):
        format_ (ImportFormat | Unset):
        idempotency_key (str | Unset):
        body (str):
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportRead | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
kind=kind,
mode=mode,
format_=format_,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body:    str  |     str  | Unset = UNSET,
    kind: ImportKind,
    mode: ImportMode | Unset = UNSET,
    format_: ImportFormat | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> ImportRead | Problem | None:
    """ Upload a CSV (header row) or NDJSON file of residents or migrants; processed as a job

     Upload a CSV (header row) or NDJSON file of residents or migrants; processed as a job.

    The request body is the file itself (Content-Type text/csv or application/x-ndjson), text in UTF-8
    (with or without a BOM) or GB18030/GBK (what Excel on Chinese Windows saves as CSV), up to
    FPW_IMPORT_MAX_BYTES (64 MiB by default) and FPW_IMPORT_MAX_ROWS data rows (100,000 by default):
    either limit passed is 413. An XLSX/XLS/ZIP/gzip file is 415, never opened: save the sheet as CSV. A
    name, address or employer that starts like a spreadsheet formula (=, +, -, @) refuses its row
    (reported per row); nothing is ever evaluated. Rows are upserted by ID number; the same file twice
    changes nothing. Poll GET /imports/{id} for progress and the per-row report. A file is imported by
    one job at a time: while a job of the same file (same org and kind) is queued or running, another
    upload of it is 409 `import-in-progress` naming that job (`import_id`).

    **Who may call it:** holders of `imports:write`: `district_integration`, `district_officer`,
    `street_admin`, `street_officer`.

    Args:
        kind (ImportKind):
        mode (ImportMode | Unset):
        format_ (ImportFormat | Unset):
        idempotency_key (str | Unset):
        body (str):
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportRead | Problem
     """


    return sync_detailed(
        client=client,
body=body,
kind=kind,
mode=mode,
format_=format_,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body:    str  |     str  | Unset = UNSET,
    kind: ImportKind,
    mode: ImportMode | Unset = UNSET,
    format_: ImportFormat | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[ImportRead | Problem]:
    """ Upload a CSV (header row) or NDJSON file of residents or migrants; processed as a job

     Upload a CSV (header row) or NDJSON file of residents or migrants; processed as a job.

    The request body is the file itself (Content-Type text/csv or application/x-ndjson), text in UTF-8
    (with or without a BOM) or GB18030/GBK (what Excel on Chinese Windows saves as CSV), up to
    FPW_IMPORT_MAX_BYTES (64 MiB by default) and FPW_IMPORT_MAX_ROWS data rows (100,000 by default):
    either limit passed is 413. An XLSX/XLS/ZIP/gzip file is 415, never opened: save the sheet as CSV. A
    name, address or employer that starts like a spreadsheet formula (=, +, -, @) refuses its row
    (reported per row); nothing is ever evaluated. Rows are upserted by ID number; the same file twice
    changes nothing. Poll GET /imports/{id} for progress and the per-row report. A file is imported by
    one job at a time: while a job of the same file (same org and kind) is queued or running, another
    upload of it is 409 `import-in-progress` naming that job (`import_id`).

    **Who may call it:** holders of `imports:write`: `district_integration`, `district_officer`,
    `street_admin`, `street_officer`.

    Args:
        kind (ImportKind):
        mode (ImportMode | Unset):
        format_ (ImportFormat | Unset):
        idempotency_key (str | Unset):
        body (str):
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportRead | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
kind=kind,
mode=mode,
format_=format_,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body:    str  |     str  | Unset = UNSET,
    kind: ImportKind,
    mode: ImportMode | Unset = UNSET,
    format_: ImportFormat | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> ImportRead | Problem | None:
    """ Upload a CSV (header row) or NDJSON file of residents or migrants; processed as a job

     Upload a CSV (header row) or NDJSON file of residents or migrants; processed as a job.

    The request body is the file itself (Content-Type text/csv or application/x-ndjson), text in UTF-8
    (with or without a BOM) or GB18030/GBK (what Excel on Chinese Windows saves as CSV), up to
    FPW_IMPORT_MAX_BYTES (64 MiB by default) and FPW_IMPORT_MAX_ROWS data rows (100,000 by default):
    either limit passed is 413. An XLSX/XLS/ZIP/gzip file is 415, never opened: save the sheet as CSV. A
    name, address or employer that starts like a spreadsheet formula (=, +, -, @) refuses its row
    (reported per row); nothing is ever evaluated. Rows are upserted by ID number; the same file twice
    changes nothing. Poll GET /imports/{id} for progress and the per-row report. A file is imported by
    one job at a time: while a job of the same file (same org and kind) is queued or running, another
    upload of it is 409 `import-in-progress` naming that job (`import_id`).

    **Who may call it:** holders of `imports:write`: `district_integration`, `district_officer`,
    `street_admin`, `street_officer`.

    Args:
        kind (ImportKind):
        mode (ImportMode | Unset):
        format_ (ImportFormat | Unset):
        idempotency_key (str | Unset):
        body (str):
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
kind=kind,
mode=mode,
format_=format_,
idempotency_key=idempotency_key,

    )).parsed

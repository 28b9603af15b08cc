from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upload_dataset_files_body import UploadDatasetFilesBody
from ...models.upload_dataset_json_body import UploadDatasetJsonBody
from ...models.upload_dataset_response_body import UploadDatasetResponseBody
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: UploadDatasetJsonBody | UploadDatasetFilesBody | Unset = UNSET,
    sync: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sync"] = sync

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/datasets/upload",
        "params": params,
    }

    if isinstance(body, UploadDatasetJsonBody):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, UploadDatasetFilesBody):
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> None | UploadDatasetResponseBody | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> None | UploadDatasetResponseBody:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = UploadDatasetResponseBody.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError()  # null returned above; anything else fits no variant (drift "union")

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 409:
        response_409 = response.text
        return response_409

    if response.status_code == 422:
        response_422 = response.text
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> None | UploadDatasetResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:

        def _parse_response_200(data: object) -> None | UploadDatasetResponseBody:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = UploadDatasetResponseBody.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError()  # null returned above; anything else fits no variant (drift "union")

        response_200 = _parse_response_200(body)

        return response_200

    if status == 403:
        response_403 = body
        return response_403

    if status == 409:
        response_409 = body
        return response_409

    if status == 422:
        response_422 = body
        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    403: "text",
    409: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[None | UploadDatasetResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadDatasetJsonBody | UploadDatasetFilesBody | Unset = UNSET,
    sync: bool | Unset = False,
) -> Response[None | UploadDatasetResponseBody | str]:
    """Upload dataset from JSON, JSONL, CSV, or PyArrow

    Args:
        sync (bool | Unset): If true, fulfill request synchronously and return JSON containing
            dataset_id. Default: False.
        body (UploadDatasetJsonBody | Unset):
        body (UploadDatasetFilesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None | UploadDatasetResponseBody | str]
    """

    kwargs = _get_kwargs(
        body=body,
        sync=sync,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UploadDatasetJsonBody | UploadDatasetFilesBody | Unset = UNSET,
    sync: bool | Unset = False,
) -> None | UploadDatasetResponseBody | str | None:
    """Upload dataset from JSON, JSONL, CSV, or PyArrow

    Args:
        sync (bool | Unset): If true, fulfill request synchronously and return JSON containing
            dataset_id. Default: False.
        body (UploadDatasetJsonBody | Unset):
        body (UploadDatasetFilesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None | UploadDatasetResponseBody | str
    """

    return sync_detailed(
        client=client,
        body=body,
        sync=sync,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadDatasetJsonBody | UploadDatasetFilesBody | Unset = UNSET,
    sync: bool | Unset = False,
) -> Response[None | UploadDatasetResponseBody | str]:
    """Upload dataset from JSON, JSONL, CSV, or PyArrow

    Args:
        sync (bool | Unset): If true, fulfill request synchronously and return JSON containing
            dataset_id. Default: False.
        body (UploadDatasetJsonBody | Unset):
        body (UploadDatasetFilesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None | UploadDatasetResponseBody | str]
    """

    kwargs = _get_kwargs(
        body=body,
        sync=sync,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadDatasetJsonBody | UploadDatasetFilesBody | Unset = UNSET,
    sync: bool | Unset = False,
) -> None | UploadDatasetResponseBody | str | None:
    """Upload dataset from JSON, JSONL, CSV, or PyArrow

    Args:
        sync (bool | Unset): If true, fulfill request synchronously and return JSON containing
            dataset_id. Default: False.
        body (UploadDatasetJsonBody | Unset):
        body (UploadDatasetFilesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None | UploadDatasetResponseBody | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            sync=sync,
        )
    ).parsed

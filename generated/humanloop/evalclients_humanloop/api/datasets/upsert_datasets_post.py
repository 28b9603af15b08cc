from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_response import DatasetResponse
from ...models.datasets_request import DatasetsRequest
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: DatasetsRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["version_id"] = version_id

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/datasets",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DatasetResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> DatasetResponse | HTTPValidationError | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = DatasetResponse.from_dict(body)

        return response_200

    if status == 422:
        response_422 = HTTPValidationError.from_dict(body)

        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    422: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DatasetsRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Response[DatasetResponse | HTTPValidationError]:
    """Upsert Dataset

     Create a Dataset or update it with a new version if it already exists.

    Datasets are identified by the `ID` or their `path`. The datapoints determine the versions of the
    Dataset.

    By default, the new Dataset version will be set to the list of Datapoints provided in
    the request. You can also create a new version by adding or removing Datapoints from an existing
    version
    by specifying `action` as `add` or `remove` respectively. In this case, you may specify
    the `version_id` or `environment` query parameters to identify the existing version to base
    the new version on. If neither is provided, the default deployed version will be used.

    If you provide a commit message, then the new version will be committed;
    otherwise it will be uncommitted. If you try to commit an already committed version,
    an exception will be raised.

    Humanloop also deduplicates Datapoints. If you try to add a Datapoint that already
    exists, it will be ignored. If you intentionally want to add a duplicate Datapoint,
    you can add a unique identifier to the Datapoint's inputs such as `{_dedupe_id: <unique ID>}`.

    Args:
        version_id (str | Unset): ID of the specific Dataset version to base the created Version
            on. Only used when `action` is `"add"` or `"remove"`.
        environment (str | Unset): Name of the Environment identifying a deployed Version to base
            the created Version on. Only used when `action` is `"add"` or `"remove"`.
        body (DatasetsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        version_id=version_id,
        environment=environment,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DatasetsRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> DatasetResponse | HTTPValidationError | None:
    """Upsert Dataset

     Create a Dataset or update it with a new version if it already exists.

    Datasets are identified by the `ID` or their `path`. The datapoints determine the versions of the
    Dataset.

    By default, the new Dataset version will be set to the list of Datapoints provided in
    the request. You can also create a new version by adding or removing Datapoints from an existing
    version
    by specifying `action` as `add` or `remove` respectively. In this case, you may specify
    the `version_id` or `environment` query parameters to identify the existing version to base
    the new version on. If neither is provided, the default deployed version will be used.

    If you provide a commit message, then the new version will be committed;
    otherwise it will be uncommitted. If you try to commit an already committed version,
    an exception will be raised.

    Humanloop also deduplicates Datapoints. If you try to add a Datapoint that already
    exists, it will be ignored. If you intentionally want to add a duplicate Datapoint,
    you can add a unique identifier to the Datapoint's inputs such as `{_dedupe_id: <unique ID>}`.

    Args:
        version_id (str | Unset): ID of the specific Dataset version to base the created Version
            on. Only used when `action` is `"add"` or `"remove"`.
        environment (str | Unset): Name of the Environment identifying a deployed Version to base
            the created Version on. Only used when `action` is `"add"` or `"remove"`.
        body (DatasetsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        version_id=version_id,
        environment=environment,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DatasetsRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Response[DatasetResponse | HTTPValidationError]:
    """Upsert Dataset

     Create a Dataset or update it with a new version if it already exists.

    Datasets are identified by the `ID` or their `path`. The datapoints determine the versions of the
    Dataset.

    By default, the new Dataset version will be set to the list of Datapoints provided in
    the request. You can also create a new version by adding or removing Datapoints from an existing
    version
    by specifying `action` as `add` or `remove` respectively. In this case, you may specify
    the `version_id` or `environment` query parameters to identify the existing version to base
    the new version on. If neither is provided, the default deployed version will be used.

    If you provide a commit message, then the new version will be committed;
    otherwise it will be uncommitted. If you try to commit an already committed version,
    an exception will be raised.

    Humanloop also deduplicates Datapoints. If you try to add a Datapoint that already
    exists, it will be ignored. If you intentionally want to add a duplicate Datapoint,
    you can add a unique identifier to the Datapoint's inputs such as `{_dedupe_id: <unique ID>}`.

    Args:
        version_id (str | Unset): ID of the specific Dataset version to base the created Version
            on. Only used when `action` is `"add"` or `"remove"`.
        environment (str | Unset): Name of the Environment identifying a deployed Version to base
            the created Version on. Only used when `action` is `"add"` or `"remove"`.
        body (DatasetsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        version_id=version_id,
        environment=environment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DatasetsRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> DatasetResponse | HTTPValidationError | None:
    """Upsert Dataset

     Create a Dataset or update it with a new version if it already exists.

    Datasets are identified by the `ID` or their `path`. The datapoints determine the versions of the
    Dataset.

    By default, the new Dataset version will be set to the list of Datapoints provided in
    the request. You can also create a new version by adding or removing Datapoints from an existing
    version
    by specifying `action` as `add` or `remove` respectively. In this case, you may specify
    the `version_id` or `environment` query parameters to identify the existing version to base
    the new version on. If neither is provided, the default deployed version will be used.

    If you provide a commit message, then the new version will be committed;
    otherwise it will be uncommitted. If you try to commit an already committed version,
    an exception will be raised.

    Humanloop also deduplicates Datapoints. If you try to add a Datapoint that already
    exists, it will be ignored. If you intentionally want to add a duplicate Datapoint,
    you can add a unique identifier to the Datapoint's inputs such as `{_dedupe_id: <unique ID>}`.

    Args:
        version_id (str | Unset): ID of the specific Dataset version to base the created Version
            on. Only used when `action` is `"add"` or `"remove"`.
        environment (str | Unset): Name of the Environment identifying a deployed Version to base
            the created Version on. Only used when `action` is `"add"` or `"remove"`.
        body (DatasetsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version_id=version_id,
            environment=environment,
        )
    ).parsed

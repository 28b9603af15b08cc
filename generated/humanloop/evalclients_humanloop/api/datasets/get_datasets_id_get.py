from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_response import DatasetResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    id: str,
    *,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
    include_datapoints: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version_id"] = version_id

    params["environment"] = environment

    params["include_datapoints"] = include_datapoints

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/{id}".format(
            id=path_segment(id),
        ),
        "params": params,
    }

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
    id: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
    include_datapoints: bool | Unset = False,
) -> Response[DatasetResponse | HTTPValidationError]:
    """Get Dataset

     Retrieve the Dataset with the given ID.

    Unless `include_datapoints` is set to `true`, the response will not include
    the Datapoints.
    Use the List Datapoints endpoint (`GET /{id}/datapoints`) to efficiently
    retrieve Datapoints for a large Dataset.

    By default, the deployed version of the Dataset is returned. Use the query parameters
    `version_id` or `environment` to target a specific version of the Dataset.

    Args:
        id (str): Unique identifier for Dataset.
        version_id (str | Unset): A specific Version ID of the Dataset to retrieve.
        environment (str | Unset): Name of the Environment to retrieve a deployed Version from.
        include_datapoints (bool | Unset): If set to `true`, include all Datapoints in the
            response. Defaults to `false`. Consider using the paginated List Datapoints endpoint
            instead. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        version_id=version_id,
        environment=environment,
        include_datapoints=include_datapoints,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
    include_datapoints: bool | Unset = False,
) -> DatasetResponse | HTTPValidationError | None:
    """Get Dataset

     Retrieve the Dataset with the given ID.

    Unless `include_datapoints` is set to `true`, the response will not include
    the Datapoints.
    Use the List Datapoints endpoint (`GET /{id}/datapoints`) to efficiently
    retrieve Datapoints for a large Dataset.

    By default, the deployed version of the Dataset is returned. Use the query parameters
    `version_id` or `environment` to target a specific version of the Dataset.

    Args:
        id (str): Unique identifier for Dataset.
        version_id (str | Unset): A specific Version ID of the Dataset to retrieve.
        environment (str | Unset): Name of the Environment to retrieve a deployed Version from.
        include_datapoints (bool | Unset): If set to `true`, include all Datapoints in the
            response. Defaults to `false`. Consider using the paginated List Datapoints endpoint
            instead. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetResponse | HTTPValidationError
    """

    return sync_detailed(
        id=id,
        client=client,
        version_id=version_id,
        environment=environment,
        include_datapoints=include_datapoints,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
    include_datapoints: bool | Unset = False,
) -> Response[DatasetResponse | HTTPValidationError]:
    """Get Dataset

     Retrieve the Dataset with the given ID.

    Unless `include_datapoints` is set to `true`, the response will not include
    the Datapoints.
    Use the List Datapoints endpoint (`GET /{id}/datapoints`) to efficiently
    retrieve Datapoints for a large Dataset.

    By default, the deployed version of the Dataset is returned. Use the query parameters
    `version_id` or `environment` to target a specific version of the Dataset.

    Args:
        id (str): Unique identifier for Dataset.
        version_id (str | Unset): A specific Version ID of the Dataset to retrieve.
        environment (str | Unset): Name of the Environment to retrieve a deployed Version from.
        include_datapoints (bool | Unset): If set to `true`, include all Datapoints in the
            response. Defaults to `false`. Consider using the paginated List Datapoints endpoint
            instead. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        version_id=version_id,
        environment=environment,
        include_datapoints=include_datapoints,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
    include_datapoints: bool | Unset = False,
) -> DatasetResponse | HTTPValidationError | None:
    """Get Dataset

     Retrieve the Dataset with the given ID.

    Unless `include_datapoints` is set to `true`, the response will not include
    the Datapoints.
    Use the List Datapoints endpoint (`GET /{id}/datapoints`) to efficiently
    retrieve Datapoints for a large Dataset.

    By default, the deployed version of the Dataset is returned. Use the query parameters
    `version_id` or `environment` to target a specific version of the Dataset.

    Args:
        id (str): Unique identifier for Dataset.
        version_id (str | Unset): A specific Version ID of the Dataset to retrieve.
        environment (str | Unset): Name of the Environment to retrieve a deployed Version from.
        include_datapoints (bool | Unset): If set to `true`, include all Datapoints in the
            response. Defaults to `false`. Consider using the paginated List Datapoints endpoint
            instead. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            version_id=version_id,
            environment=environment,
            include_datapoints=include_datapoints,
        )
    ).parsed

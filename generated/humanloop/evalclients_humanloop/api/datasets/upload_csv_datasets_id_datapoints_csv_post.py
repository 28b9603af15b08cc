from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_upload_csv_datasets_id_datapoints_csv_post import (
    BodyUploadCsvDatasetsIdDatapointsCsvPost,
)
from ...models.dataset_response import DatasetResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    id: str,
    *,
    body: BodyUploadCsvDatasetsIdDatapointsCsvPost,
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
        "url": "/datasets/{id}/datapoints/csv".format(
            id=path_segment(id),
        ),
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

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
    id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUploadCsvDatasetsIdDatapointsCsvPost,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Response[DatasetResponse | HTTPValidationError]:
    """Upload CSV

     Add Datapoints from a CSV file to a Dataset.

    This will create a new committed version of the Dataset with the Datapoints from the CSV file.

    If either `version_id` or `environment` is provided, the new version will be based on the specified
    version,
    with the Datapoints from the CSV file added to the existing Datapoints in the version.
    If neither `version_id` nor `environment` is provided, the new version will be based on the version
    of the Dataset that is deployed to the default Environment.

    Args:
        id (str): Unique identifier for the Dataset
        version_id (str | Unset): ID of the specific Dataset version to base the created Version
            on.
        environment (str | Unset): Name of the Environment identifying a deployed Version to base
            the created Version on.
        body (BodyUploadCsvDatasetsIdDatapointsCsvPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        version_id=version_id,
        environment=environment,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUploadCsvDatasetsIdDatapointsCsvPost,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> DatasetResponse | HTTPValidationError | None:
    """Upload CSV

     Add Datapoints from a CSV file to a Dataset.

    This will create a new committed version of the Dataset with the Datapoints from the CSV file.

    If either `version_id` or `environment` is provided, the new version will be based on the specified
    version,
    with the Datapoints from the CSV file added to the existing Datapoints in the version.
    If neither `version_id` nor `environment` is provided, the new version will be based on the version
    of the Dataset that is deployed to the default Environment.

    Args:
        id (str): Unique identifier for the Dataset
        version_id (str | Unset): ID of the specific Dataset version to base the created Version
            on.
        environment (str | Unset): Name of the Environment identifying a deployed Version to base
            the created Version on.
        body (BodyUploadCsvDatasetsIdDatapointsCsvPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetResponse | HTTPValidationError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        version_id=version_id,
        environment=environment,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUploadCsvDatasetsIdDatapointsCsvPost,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Response[DatasetResponse | HTTPValidationError]:
    """Upload CSV

     Add Datapoints from a CSV file to a Dataset.

    This will create a new committed version of the Dataset with the Datapoints from the CSV file.

    If either `version_id` or `environment` is provided, the new version will be based on the specified
    version,
    with the Datapoints from the CSV file added to the existing Datapoints in the version.
    If neither `version_id` nor `environment` is provided, the new version will be based on the version
    of the Dataset that is deployed to the default Environment.

    Args:
        id (str): Unique identifier for the Dataset
        version_id (str | Unset): ID of the specific Dataset version to base the created Version
            on.
        environment (str | Unset): Name of the Environment identifying a deployed Version to base
            the created Version on.
        body (BodyUploadCsvDatasetsIdDatapointsCsvPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        version_id=version_id,
        environment=environment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUploadCsvDatasetsIdDatapointsCsvPost,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> DatasetResponse | HTTPValidationError | None:
    """Upload CSV

     Add Datapoints from a CSV file to a Dataset.

    This will create a new committed version of the Dataset with the Datapoints from the CSV file.

    If either `version_id` or `environment` is provided, the new version will be based on the specified
    version,
    with the Datapoints from the CSV file added to the existing Datapoints in the version.
    If neither `version_id` nor `environment` is provided, the new version will be based on the version
    of the Dataset that is deployed to the default Environment.

    Args:
        id (str): Unique identifier for the Dataset
        version_id (str | Unset): ID of the specific Dataset version to base the created Version
            on.
        environment (str | Unset): Name of the Environment identifying a deployed Version to base
            the created Version on.
        body (BodyUploadCsvDatasetsIdDatapointsCsvPost):

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
            body=body,
            version_id=version_id,
            environment=environment,
        )
    ).parsed

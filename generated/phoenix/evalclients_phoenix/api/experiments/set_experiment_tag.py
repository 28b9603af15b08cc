from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.set_experiment_tag_request_body import SetExperimentTagRequestBody
from ...models.set_experiment_tag_response_body import SetExperimentTagResponseBody
from ...types import Response, path_segment


def build_request(
    experiment_id: str,
    *,
    body: SetExperimentTagRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/experiments/{experiment_id}/tags".format(
            experiment_id=path_segment(experiment_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SetExperimentTagResponseBody | str | None:
    if response.status_code == 200:
        response_200 = SetExperimentTagResponseBody.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 422:
        response_422 = response.text
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> SetExperimentTagResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = SetExperimentTagResponseBody.from_dict(body)

        return response_200

    if status == 403:
        response_403 = body
        return response_403

    if status == 404:
        response_404 = body
        return response_404

    if status == 422:
        response_422 = body
        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    403: "text",
    404: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SetExperimentTagResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetExperimentTagRequestBody,
) -> Response[SetExperimentTagResponseBody | str]:
    """Assign a tag to an experiment

     Assign a tag to an experiment. Tags are scoped to the experiment's dataset and each tag name points
    at a single experiment, so assigning a tag that another experiment on the same dataset owns
    atomically moves the tag to this experiment. Re-assigning a tag the experiment already owns is
    idempotent and replaces the description. Assigning the reserved 'baseline' tag makes this experiment
    the dataset's baseline; ephemeral experiments cannot become the baseline.

    Args:
        experiment_id (str): The ID of the experiment
        body (SetExperimentTagRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetExperimentTagResponseBody | str]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetExperimentTagRequestBody,
) -> SetExperimentTagResponseBody | str | None:
    """Assign a tag to an experiment

     Assign a tag to an experiment. Tags are scoped to the experiment's dataset and each tag name points
    at a single experiment, so assigning a tag that another experiment on the same dataset owns
    atomically moves the tag to this experiment. Re-assigning a tag the experiment already owns is
    idempotent and replaces the description. Assigning the reserved 'baseline' tag makes this experiment
    the dataset's baseline; ephemeral experiments cannot become the baseline.

    Args:
        experiment_id (str): The ID of the experiment
        body (SetExperimentTagRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetExperimentTagResponseBody | str
    """

    return sync_detailed(
        experiment_id=experiment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetExperimentTagRequestBody,
) -> Response[SetExperimentTagResponseBody | str]:
    """Assign a tag to an experiment

     Assign a tag to an experiment. Tags are scoped to the experiment's dataset and each tag name points
    at a single experiment, so assigning a tag that another experiment on the same dataset owns
    atomically moves the tag to this experiment. Re-assigning a tag the experiment already owns is
    idempotent and replaces the description. Assigning the reserved 'baseline' tag makes this experiment
    the dataset's baseline; ephemeral experiments cannot become the baseline.

    Args:
        experiment_id (str): The ID of the experiment
        body (SetExperimentTagRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetExperimentTagResponseBody | str]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetExperimentTagRequestBody,
) -> SetExperimentTagResponseBody | str | None:
    """Assign a tag to an experiment

     Assign a tag to an experiment. Tags are scoped to the experiment's dataset and each tag name points
    at a single experiment, so assigning a tag that another experiment on the same dataset owns
    atomically moves the tag to this experiment. Re-assigning a tag the experiment already owns is
    idempotent and replaces the description. Assigning the reserved 'baseline' tag makes this experiment
    the dataset's baseline; ephemeral experiments cannot become the baseline.

    Args:
        experiment_id (str): The ID of the experiment
        body (SetExperimentTagRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetExperimentTagResponseBody | str
    """

    return (
        await asyncio_detailed(
            experiment_id=experiment_id,
            client=client,
            body=body,
        )
    ).parsed

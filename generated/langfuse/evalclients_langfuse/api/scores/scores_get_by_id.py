from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.boolean_score import BooleanScore
from ...models.categorical_score import CategoricalScore
from ...models.correction_score import CorrectionScore
from ...models.numeric_score import NumericScore
from ...models.text_score import TextScore
from ...types import Response, path_segment


def build_request(
    score_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/v2/scores/{score_id}".format(
            score_id=path_segment(score_id),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BooleanScore | CategoricalScore | CorrectionScore | NumericScore | TextScore | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> BooleanScore | CategoricalScore | CorrectionScore | NumericScore | TextScore:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_score_type_0 = NumericScore.from_dict(data, _strict=True)

                return componentsschemas_score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_score_type_1 = CategoricalScore.from_dict(data, _strict=True)

                return componentsschemas_score_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_score_type_2 = BooleanScore.from_dict(data, _strict=True)

                return componentsschemas_score_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_score_type_3 = CorrectionScore.from_dict(data, _strict=True)

                return componentsschemas_score_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_score_type_4 = TextScore.from_dict(data, _strict=True)

            return componentsschemas_score_type_4

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if response.status_code == 405:
        response_405 = response.json()
        return response_405

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(
    status: int, body: Any
) -> Any | BooleanScore | CategoricalScore | CorrectionScore | NumericScore | TextScore | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:

        def _parse_response_200(
            data: object,
        ) -> BooleanScore | CategoricalScore | CorrectionScore | NumericScore | TextScore:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_score_type_0 = NumericScore.from_dict(data, _strict=True)

                return componentsschemas_score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_score_type_1 = CategoricalScore.from_dict(data, _strict=True)

                return componentsschemas_score_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_score_type_2 = BooleanScore.from_dict(data, _strict=True)

                return componentsschemas_score_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_score_type_3 = CorrectionScore.from_dict(data, _strict=True)

                return componentsschemas_score_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_score_type_4 = TextScore.from_dict(data, _strict=True)

            return componentsschemas_score_type_4

        response_200 = _parse_response_200(body)

        return response_200

    if status == 400:
        response_400 = body
        return response_400

    if status == 401:
        response_401 = body
        return response_401

    if status == 403:
        response_403 = body
        return response_403

    if status == 404:
        response_404 = body
        return response_404

    if status == 405:
        response_405 = body
        return response_405

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    405: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BooleanScore | CategoricalScore | CorrectionScore | NumericScore | TextScore]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    score_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | BooleanScore | CategoricalScore | CorrectionScore | NumericScore | TextScore]:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. Use `GET /api/public/v3/scores` with the `id` filter instead. Self-hosted
    deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to
    Langfuse v4. See the [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-
    hosting/upgrade/upgrade-guides/upgrade-v3-to-v4).

    Get a score (supports both trace and session scores)

    Args:
        score_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BooleanScore | CategoricalScore | CorrectionScore | NumericScore | TextScore]
    """

    kwargs = _get_kwargs(
        score_id=score_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    score_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | BooleanScore | CategoricalScore | CorrectionScore | NumericScore | TextScore | None:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. Use `GET /api/public/v3/scores` with the `id` filter instead. Self-hosted
    deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to
    Langfuse v4. See the [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-
    hosting/upgrade/upgrade-guides/upgrade-v3-to-v4).

    Get a score (supports both trace and session scores)

    Args:
        score_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BooleanScore | CategoricalScore | CorrectionScore | NumericScore | TextScore
    """

    return sync_detailed(
        score_id=score_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    score_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | BooleanScore | CategoricalScore | CorrectionScore | NumericScore | TextScore]:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. Use `GET /api/public/v3/scores` with the `id` filter instead. Self-hosted
    deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to
    Langfuse v4. See the [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-
    hosting/upgrade/upgrade-guides/upgrade-v3-to-v4).

    Get a score (supports both trace and session scores)

    Args:
        score_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BooleanScore | CategoricalScore | CorrectionScore | NumericScore | TextScore]
    """

    kwargs = _get_kwargs(
        score_id=score_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    score_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | BooleanScore | CategoricalScore | CorrectionScore | NumericScore | TextScore | None:
    """**Deprecated:** On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on
    November 16, 2026. Use `GET /api/public/v3/scores` with the `id` filter instead. Self-hosted
    deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to
    Langfuse v4. See the [Langfuse v3 to v4 upgrade guide](https://langfuse.com/self-
    hosting/upgrade/upgrade-guides/upgrade-v3-to-v4).

    Get a score (supports both trace and session scores)

    Args:
        score_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BooleanScore | CategoricalScore | CorrectionScore | NumericScore | TextScore
    """

    return (
        await asyncio_detailed(
            score_id=score_id,
            client=client,
        )
    ).parsed

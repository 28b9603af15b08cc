"""The facade against a real Phoenix with auth on: which keys work, and the errors for the rest.

Phoenix answers a missing or wrong key with 401 text/plain "Invalid token" (undeclared in the
spec) and an operation the key's role may not use with 403 text/plain.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from http import HTTPStatus

import httpx
import pytest
from evalclients_phoenix import Client as GeneratedClient
from evalclients_phoenix import Phoenix
from evalclients_phoenix.api.api_keys import create_system_api_key, create_user_api_key
from evalclients_phoenix.api.users import create_user, get_users, get_viewer
from evalclients_phoenix.models import (
    ApiKeyData,
    CreateApiKeyRequestBody,
    CreateApiKeyResponseBody,
    CreateUserRequestBody,
    CreateUserResponseBody,
    GetUsersResponseBody,
    LocalUserData,
    UploadDatasetJsonBody,
    UploadDatasetJsonBodyInputsItem,
    UploadDatasetResponseBody,
)
from evalclients_phoenix.models.local_user_data_role import LocalUserDataRole

from evalclients import AuthenticationError, PermissionDeniedError
from scripts.phoenix_server import PhoenixServer
from tests.phoenix.seed import unique_name

pytestmark = pytest.mark.phoenix

ADMIN_ONLY = "Only admin or system users can perform this action."
VIEWERS_DENIED = "Viewers cannot perform this action."


@pytest.fixture(autouse=True)
def _no_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PHOENIX_API_KEY", raising=False)
    monkeypatch.delenv("PHOENIX_BASE_URL", raising=False)


def _upload(client: Phoenix, name: str) -> UploadDatasetResponseBody:
    body = UploadDatasetJsonBody(
        name=name, inputs=[UploadDatasetJsonBodyInputsItem.from_dict({"q": 1})]
    )
    result = client.call("upload_dataset", body=body, sync=True)
    assert isinstance(result, UploadDatasetResponseBody), result
    return result


def _dataset_names(client: Phoenix) -> set[str]:
    return {d.name for d in client.paginate("list_datasets", page_size=50)}


@dataclass(frozen=True)
class UserKey:
    role: str
    username: str
    key: str


def _user_with_key(server: PhoenixServer, admin: Phoenix, role: LocalUserDataRole) -> UserKey:
    """A local user made by the admin, logged in with its password, minting its own key."""
    email, password = f"{unique_name(role.lower())}@example.com", "Passw0rd-for-tests"
    username = unique_name(role.lower())
    created = create_user.sync(
        client=admin.api,
        body=CreateUserRequestBody(
            user=LocalUserData(
                auth_method="LOCAL", email=email, role=role, username=username, password=password
            ),
            send_welcome_email=False,
        ),
    )
    assert isinstance(created, CreateUserResponseBody), created
    # /auth/login is outside /v1, so it is not in the generated client: plain httpx.
    login = httpx.post(f"{server.base_url}/auth/login", json={"email": email, "password": password})
    assert login.status_code == HTTPStatus.NO_CONTENT, login.text
    with GeneratedClient(base_url=server.base_url, cookies=dict(login.cookies)) as session:
        minted = create_user_api_key.sync(
            client=session, body=CreateApiKeyRequestBody(data=ApiKeyData(name="tests"))
        )
    assert isinstance(minted, CreateApiKeyResponseBody), minted
    return UserKey(role, username, minted.data.key)


@pytest.fixture(scope="module")
def admin(phoenix_auth: PhoenixServer) -> Iterator[Phoenix]:
    """A client authenticated with PHOENIX_ADMIN_SECRET."""
    with Phoenix(base_url=phoenix_auth.base_url, api_key=phoenix_auth.admin_secret) as client:
        yield client


@pytest.fixture(scope="module")
def member(phoenix_auth: PhoenixServer, admin: Phoenix) -> UserKey:
    return _user_with_key(phoenix_auth, admin, "MEMBER")


@pytest.fixture(scope="module")
def viewer(phoenix_auth: PhoenixServer, admin: Phoenix) -> UserKey:
    return _user_with_key(phoenix_auth, admin, "VIEWER")


@pytest.mark.parametrize("api_key", [None, "wrong", "phx-" + "0a" * 24])
def test_missing_or_wrong_key_is_an_authentication_error(
    phoenix_auth: PhoenixServer, api_key: str | None
) -> None:
    with Phoenix(base_url=phoenix_auth.base_url, api_key=api_key) as client:
        with pytest.raises(AuthenticationError) as info:
            list(client.paginate("list_datasets"))
        with pytest.raises(AuthenticationError):
            _upload(client, unique_name("nokey"))
    err = info.value
    assert (err.status_code, err.detail, err.body) == (401, "Invalid token", "Invalid token")
    if api_key:
        assert api_key not in str(err)


def test_admin_secret_works_as_api_key(admin: Phoenix) -> None:
    name = unique_name("admin")
    _upload(admin, name)
    assert name in _dataset_names(admin)
    users = get_users.sync(client=admin.api)
    assert isinstance(users, GetUsersResponseBody)  # admin-only: allowed


def test_api_key_created_through_the_api_works(phoenix_auth: PhoenixServer, admin: Phoenix) -> None:
    """The realistic case: an admin mints a system key; a client uses only that key."""
    created = create_system_api_key.sync(
        client=admin.api, body=CreateApiKeyRequestBody(data=ApiKeyData(name=unique_name("sys")))
    )
    assert isinstance(created, CreateApiKeyResponseBody), created
    with Phoenix(base_url=phoenix_auth.base_url, api_key=created.data.key) as client:
        name = unique_name("syskey")
        uploaded = _upload(client, name)
        assert name in _dataset_names(client)
        assert uploaded.data.num_created_examples == 1


def test_member_key_reads_and_writes_but_not_admin_operations(
    phoenix_auth: PhoenixServer, member: UserKey
) -> None:
    with Phoenix(base_url=phoenix_auth.base_url, api_key=member.key) as client:
        me = get_viewer.sync(client=client.api)
        assert me is not None and not isinstance(me, str)
        assert (me.data.username, me.data.role) == (member.username, "MEMBER")
        name = unique_name("member")
        _upload(client, name)
        assert name in _dataset_names(client)
        # get_users is not a registry operation: through .api the 403 is a value, not raised.
        answer = get_users.sync_detailed(client=client.api)
        assert answer.status_code == HTTPStatus.FORBIDDEN
        assert answer.parsed == ADMIN_ONLY


def test_viewer_key_writing_is_permission_denied(
    phoenix_auth: PhoenixServer, viewer: UserKey
) -> None:
    """A registry operation the role may not use raises PermissionDeniedError."""
    with Phoenix(base_url=phoenix_auth.base_url, api_key=viewer.key) as client:
        assert isinstance(_dataset_names(client), set)  # viewers may read
        with pytest.raises(PermissionDeniedError) as info:
            _upload(client, unique_name("viewer"))
    err = info.value
    assert err.status_code == 403
    assert (err.detail, err.body) == (VIEWERS_DENIED, VIEWERS_DENIED)  # text/plain
    assert viewer.key not in str(err)

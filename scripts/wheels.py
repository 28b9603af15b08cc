"""Build reproducible wheels and sdists per package, check them, and publish them with twine.

Usage:
    python -m scripts.wheels build [--package NAME] [--dist DIR]
    python -m scripts.wheels publish --repository-url URL [--package NAME] [--dist DIR]
                                     [--simple-url URL] [--skip-existing]

NAME is a vendor of specs/vendors.toml (its project is generated/<vendor>/) or ``evalclients``
(alias ``facade``) for the facade at the repository root; without it, every package.

Build: ``python -m build --no-isolation`` with the pinned hatchling of the running environment
(no download at build time), sdist first and the wheel from the sdist. ``SOURCE_DATE_EPOCH`` is
taken from the environment, else the last commit touching the package's sources, else
1980-01-01; hatchling then writes sorted archives with fixed times and modes, so the same
commit gives byte-identical files. Each file passes ``twine check --strict``.

Publish: credentials come from ``TWINE_USERNAME``/``TWINE_PASSWORD``, or
``EVALCLIENTS_PUBLISH_TOKEN`` (user ``__token__`` unless ``TWINE_USERNAME`` is set); they are
handed to twine through its environment only and every line shown is redacted. Before
uploading anything, each package's page on the index's simple API is read: a version already
there is refused (``--skip-existing`` skips it instead, if its spec is unchanged). The index is
the record of what was published: a vendor's sdist carries its resolved ``openapi.json``, so
the sdist of that version is downloaded and compared; a different spec under the same version
is always refused. An index that answers the upload itself with 409/400 is reported in one line.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, quote_plus, urljoin, urlsplit

import httpx
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import Version

from scripts.registry import GENERATED, ROOT, load_registry

FACADE = "evalclients"
FACADE_ALIASES = (FACADE, "facade")
FALLBACK_EPOCH = 315532800  # 1980-01-01T00:00:00Z, the earliest time a zip file can hold
SPEC = "openapi.json"
TOKEN_ENV = "EVALCLIENTS_PUBLISH_TOKEN"


class WheelsError(RuntimeError):
    """A build or publish step failed; the message is one line, free of secrets."""


@dataclass(frozen=True)
class Package:
    """One distribution this repository publishes."""

    name: str  # vendor name, or "evalclients" for the facade
    distribution: str
    version: str
    project: Path  # the folder holding its pyproject.toml
    sources: tuple[Path, ...]  # what its SOURCE_DATE_EPOCH is taken from
    spec: Path | None = None  # the resolved spec a vendor sdist must carry

    @property
    def stem(self) -> str:
        """The file name prefix of its archives (``evalclients_phoenix``)."""
        return canonicalize_name(self.distribution).replace("-", "_")

    @property
    def wheel(self) -> str:
        """The wheel's file name."""
        return f"{self.stem}-{self.version}-py3-none-any.whl"

    @property
    def sdist(self) -> str:
        """The sdist's file name."""
        return f"{self.stem}-{self.version}.tar.gz"


def _project_version(project: Path) -> tuple[str, str]:
    data = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["name"]), str(Version(data["project"]["version"]))


def packages() -> dict[str, Package]:
    """Every publishable package, vendors first (the facade's extras need them), facade last."""
    found: dict[str, Package] = {}
    for vendor in load_registry():
        project = GENERATED / vendor
        name, version = _project_version(project)
        found[vendor] = Package(vendor, name, version, project, (project,), project / SPEC)
    name, version = _project_version(ROOT)
    sources = (
        ROOT / "src" / "evalclients",
        ROOT / "pyproject.toml",
        ROOT / "README.md",
        ROOT / "hatch_build.py",
        ROOT / "specs" / "vendors.toml",  # the extras
    )
    found[FACADE] = Package(FACADE, name, version, ROOT, sources)
    return found


def select(name: str | None) -> list[Package]:
    """The package called ``name`` (a vendor, ``evalclients`` or ``facade``), or all."""
    known = packages()
    if not name:
        return list(known.values())
    key = FACADE if name in FACADE_ALIASES else name
    if key not in known:
        raise WheelsError(f"unknown package {name!r}; known: {', '.join(known)} (or facade)")
    return [known[key]]


def source_date_epoch(paths: Iterable[Path], env: Mapping[str, str] = os.environ) -> int:
    """``SOURCE_DATE_EPOCH`` if set, else the last commit touching ``paths``, else 1980."""
    if env.get("SOURCE_DATE_EPOCH", "").strip():
        return int(env["SOURCE_DATE_EPOCH"])
    cmd = ["git", "log", "-1", "--format=%ct", "--", *(str(p) for p in paths)]
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    except OSError:
        return FALLBACK_EPOCH
    out = proc.stdout.strip()
    return max(int(out), FALLBACK_EPOCH) if proc.returncode == 0 and out else FALLBACK_EPOCH


def uncommitted(paths: Iterable[Path]) -> list[str]:
    """Paths below ``paths`` that differ from the last commit (empty without git)."""
    cmd = ["git", "status", "--porcelain", "--", *(str(p) for p in paths)]
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    except OSError:
        return []
    return [line[3:] for line in proc.stdout.splitlines()] if proc.returncode == 0 else []


def _run(cmd: Sequence[str], env: Mapping[str, str] | None = None) -> tuple[int, str]:
    proc = subprocess.run(
        list(cmd), capture_output=True, text=True, check=False, env=dict(env or os.environ)
    )
    return proc.returncode, proc.stdout + proc.stderr


def _tail(log: str, lines: int = 15) -> str:
    return "\n".join(log.strip().splitlines()[-lines:])


def twine_check(files: Sequence[Path]) -> None:
    """``twine check --strict``; raises with twine's report on failure."""
    code, log = _run([sys.executable, "-m", "twine", "check", "--strict", *map(str, files)])
    if code != 0:
        raise WheelsError(f"twine check --strict failed:\n{_tail(log)}")


def _check_contents(pkg: Package, wheel: Path, sdist: Path) -> None:
    module = pkg.stem
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    if f"{module}/py.typed" not in names:
        raise WheelsError(f"{wheel.name} lacks {module}/py.typed")
    if pkg.spec is None:
        return
    member = f"{pkg.stem}-{pkg.version}/{SPEC}"
    with tarfile.open(sdist) as tf:
        handle = tf.extractfile(member) if member in tf.getnames() else None
        data = handle.read() if handle else None
    if data != pkg.spec.read_bytes():
        raise WheelsError(f"{sdist.name} does not carry {pkg.spec.relative_to(ROOT)} as {member}")


@dataclass(frozen=True)
class Built:
    """The outcome of building one package."""

    package: Package
    files: tuple[Path, ...]
    seconds: float
    epoch: int


def build_package(pkg: Package, dist: Path) -> Built:
    """Build ``pkg``'s sdist and wheel into ``dist`` (replacing older ones) and check them."""
    started = time.perf_counter()
    epoch = source_date_epoch(pkg.sources)
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    with tempfile.TemporaryDirectory(prefix=f"wheels-{pkg.name}-") as tmp:
        out = Path(tmp)
        cmd = [sys.executable, "-m", "build", "--no-isolation", "--outdir", tmp, str(pkg.project)]
        code, log = _run(cmd, env)
        if code != 0:
            raise WheelsError(f"{pkg.distribution}: build failed:\n{_tail(log)}")
        made = sorted(p.name for p in out.iterdir())
        if made != sorted([pkg.sdist, pkg.wheel]):
            raise WheelsError(f"{pkg.distribution}: expected {pkg.sdist} and {pkg.wheel}: {made}")
        _check_contents(pkg, out / pkg.wheel, out / pkg.sdist)
        twine_check([out / pkg.sdist, out / pkg.wheel])
        dist.mkdir(parents=True, exist_ok=True)
        for old in dist.glob(f"{pkg.stem}-*"):
            if old.name.endswith((".whl", ".tar.gz")):
                old.unlink()
        files = tuple(Path(shutil.copy2(out / n, dist / n)) for n in (pkg.sdist, pkg.wheel))
    return Built(pkg, files, time.perf_counter() - started, epoch)


def build(selected: Sequence[Package], dist: Path) -> list[Built]:
    """Build every selected package, printing one line each (sizes and time)."""
    results: list[Built] = []
    for pkg in selected:
        dirty = uncommitted(pkg.sources)
        if dirty:
            print(
                f"warning: {pkg.distribution}: built with uncommitted changes "
                f"({', '.join(dirty[:3])}{', ...' if len(dirty) > 3 else ''})",
                file=sys.stderr,
            )
        built = build_package(pkg, dist)
        sizes = ", ".join(f"{f.name} {f.stat().st_size / 1024:.0f} KiB" for f in built.files)
        print(f"{pkg.distribution} {pkg.version}: {sizes} in {built.seconds:.1f}s")
        results.append(built)
    return results


# --- publishing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Credentials:
    """Upload credentials; never printed."""

    username: str
    password: str

    def __repr__(self) -> str:
        return f"Credentials(username={self.username!r}, password=***)"


def credentials(env: Mapping[str, str] = os.environ) -> Credentials:
    """From ``EVALCLIENTS_PUBLISH_TOKEN``, else ``TWINE_USERNAME`` + ``TWINE_PASSWORD``."""
    token = env.get(TOKEN_ENV, "")
    if token:
        return Credentials(env.get("TWINE_USERNAME") or "__token__", token)
    user, password = env.get("TWINE_USERNAME", ""), env.get("TWINE_PASSWORD", "")
    if not user or not password:
        raise WheelsError(
            f"no upload credentials: set TWINE_USERNAME and TWINE_PASSWORD, or {TOKEN_ENV}"
        )
    return Credentials(user, password)


class Redactor:
    """Removes a secret, in the forms an HTTP client may write it, from text."""

    def __init__(self, creds: Credentials | None) -> None:
        self.secrets: list[str] = []
        if creds and creds.password:
            pair = f"{creds.username}:{creds.password}".encode()
            forms = {creds.password, quote(creds.password, safe=""), quote_plus(creds.password)}
            forms.add(base64.b64encode(pair).decode())
            self.secrets = sorted(forms, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return text


def simple_url(repository_url: str) -> str:
    """The simple API of the index that ``repository_url`` uploads to."""
    parts = urlsplit(repository_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WheelsError("the repository URL must be an http(s) URL (REPOSITORY_URL=...)")
    if parts.username or parts.password:
        raise WheelsError("put credentials in the environment, not in the repository URL")
    if parts.hostname == "upload.pypi.org":
        return "https://pypi.org/simple/"
    path = parts.path.rstrip("/").removesuffix("/legacy")
    return f"{parts.scheme}://{parts.netloc}{path}/simple/"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._href, self._text = dict(attrs).get("href") or "", []

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._text).strip()))
            self._href = None


def _version_of(filename: str) -> str | None:
    try:
        if filename.endswith(".whl"):
            return str(parse_wheel_filename(filename)[1])
        return str(parse_sdist_filename(filename)[1])
    except (InvalidWheelFilename, InvalidSdistFilename):
        return None


class Index:
    """The simple API of a package index, read anonymously (with credentials on a 401)."""

    def __init__(self, simple: str, creds: Credentials, redact: Redactor) -> None:
        self.simple = simple
        self.creds = creds
        self.redact = redact
        self.client = httpx.Client(timeout=30.0)

    def close(self) -> None:
        """Close the HTTP client."""
        self.client.close()

    def _get(self, url: str) -> httpx.Response:
        try:
            response = self.client.get(url)
            if response.status_code == 401:
                response = self.client.get(url, auth=(self.creds.username, self.creds.password))
        except httpx.HTTPError as exc:
            raise WheelsError(self.redact(f"cannot reach {url}: {exc}")) from None
        return response

    def files(self, distribution: str) -> dict[str, str]:
        """File name → absolute URL of every file of ``distribution`` on this index.

        A redirect away from the index (e.g. pypiserver's ``--fallback-url``) means absent.
        """
        url = f"{self.simple}{canonicalize_name(distribution)}/"
        response = self._get(url)
        if response.is_redirect:
            target = urljoin(url, response.headers.get("location", ""))
            if not target.startswith(self.simple):
                return {}
            url, response = target, self._get(target)
        if response.status_code == 404:
            return {}
        if response.status_code != 200:
            raise WheelsError(f"cannot read {url}: HTTP {response.status_code}")
        parser = _Links()
        parser.feed(response.text)
        found: dict[str, str] = {}
        for href, text in parser.links:
            name = text or href.split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
            found[name] = urljoin(url, href)
        return found

    def download(self, url: str) -> bytes:
        """The bytes at ``url`` (a file the simple page links to)."""
        response = self._get(url)
        if response.status_code != 200:
            raise WheelsError(
                f"cannot download {url.split('#', 1)[0]}: HTTP {response.status_code}"
            )
        return response.content


def spec_in_sdist(data: bytes, pkg: Package) -> bytes | None:
    """The resolved spec an sdist carries, or None."""
    member = f"{pkg.stem}-{pkg.version}/{SPEC}"
    with tarfile.open(fileobj=io.BytesIO(data)) as tf:
        try:
            handle = tf.extractfile(member)
        except KeyError:
            return None
        return handle.read() if handle else None


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def preflight(pkg: Package, dist: Path, index: Index, skip_existing: bool = False) -> list[Path]:
    """The files of ``pkg`` to upload; refuses a version already on the index.

    Same version with another spec: always refused. Same version, same spec: refused, or
    skipped (an empty list) with ``skip_existing``.
    """
    files = [dist / pkg.sdist, dist / pkg.wheel]
    for path in files:
        if not path.is_file():
            raise WheelsError(f"{dist}/{path.name} is missing; run `make wheels` first")
    listing = index.files(pkg.distribution)
    same = sorted(n for n in listing if _version_of(n) == pkg.version)
    if not same:
        return files
    if pkg.spec is not None and pkg.sdist in listing:
        published = spec_in_sdist(index.download(listing[pkg.sdist]), pkg)
        ours = pkg.spec.read_bytes()
        if published is None or _sha(published) != _sha(ours):
            raise WheelsError(
                f"{pkg.distribution}: spec changed since {pkg.version} was published "
                f"(sha256 {_sha(ours)[:12]} here, "
                f"{_sha(published)[:12] if published else 'none'} on the index); "
                "bump the version (make update-spec / registry)"
            )
    if skip_existing:
        print(f"{pkg.distribution} {pkg.version}: already on the index, skipped")
        return []
    raise WheelsError(
        f"{pkg.distribution} {pkg.version} is already on the index ({', '.join(same)}); "
        "refusing to publish it again: bump the version"
    )


_HTTP_ERROR = re.compile(r"HTTPError:\s*(\d{3})\s*([^\n]*)")


def http_status(log: str) -> tuple[int, str] | None:
    """The HTTP status twine reports in ``log`` (code, ``HTTP 400 Bad Request``), if any."""
    match = _HTTP_ERROR.search(log)
    if not match:
        return None
    code, reason = int(match.group(1)), match.group(2).split(" from ", 1)[0].strip()
    return code, f"HTTP {code} {reason}".strip()


def explain(pkg: Package, log: str, exists: bool) -> str:
    """One line for a failed ``twine upload``; ``exists``: the index now lists our files."""
    what = f"{pkg.distribution} {pkg.version}"
    found = http_status(log)
    if found is None:
        last = log.strip().splitlines()[-1].strip() if log.strip() else "no output"
        return f"{what}: upload failed: {last}"
    code, status = found
    if code == 409 or (code == 400 and exists):
        return f"{what}: the index refused it, that version already exists ({status}); bump it"
    if code in (401, 403):
        return (
            f"{what}: the index refused the credentials ({status}); "
            f"check TWINE_USERNAME/TWINE_PASSWORD or {TOKEN_ENV}"
        )
    return f"{what}: the index refused the upload ({status})"


def upload(
    pkg: Package,
    files: Sequence[Path],
    repository_url: str,
    creds: Credentials,
    index: Index,
) -> None:
    """``twine upload`` with the credentials in twine's environment only.

    On a 400 the index is read again: pypiserver (like PyPI) answers a file it already has
    with 400, which twine reports without the reason.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWINE_") and k != TOKEN_ENV}
    env.update(
        TWINE_USERNAME=creds.username,
        TWINE_PASSWORD=creds.password,
        TWINE_NON_INTERACTIVE="1",
        NO_COLOR="1",
    )
    cmd = [sys.executable, "-m", "twine", "upload", "--disable-progress-bar"]
    cmd += ["--repository-url", repository_url, *map(str, files)]
    code, log = _run(cmd, env)
    if code != 0:
        status = http_status(log)
        exists = False
        if status and status[0] in (400, 409):
            listed = index.files(pkg.distribution)
            exists = any(f.name in listed for f in files)
        raise WheelsError(index.redact(explain(pkg, log, exists)))
    print(f"{pkg.distribution} {pkg.version}: uploaded {', '.join(f.name for f in files)}")


def publish(
    selected: Sequence[Package],
    dist: Path,
    repository_url: str,
    simple: str | None = None,
    skip_existing: bool = False,
    env: Mapping[str, str] = os.environ,
) -> None:
    """Check every selected package against the index, then upload them in order."""
    creds = credentials(env)
    index = Index(simple or simple_url(repository_url), creds, Redactor(creds))
    try:
        plan = [(pkg, preflight(pkg, dist, index, skip_existing)) for pkg in selected]
        for pkg, files in plan:
            if files:
                upload(pkg, files, repository_url, creds, index)
    finally:
        index.close()


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("build", "publish"):
        cmd = sub.add_parser(name)
        cmd.add_argument("--package", help="a vendor, or evalclients/facade (default: all)")
        cmd.add_argument("--dist", type=Path, default=ROOT / "dist", help="(default: dist/)")
        if name == "publish":
            cmd.add_argument("--repository-url", required=True, help="the index's upload URL")
            cmd.add_argument("--simple-url", help="its simple API (default: derived)")
            cmd.add_argument(
                "--skip-existing",
                action="store_true",
                help="skip versions already on the index whose spec is unchanged",
            )
    args = parser.parse_args(argv)
    redact = Redactor(None)
    try:
        selected = select(args.package)
        if args.command == "build":
            build(selected, args.dist)
        else:
            redact = Redactor(credentials())
            publish(selected, args.dist, args.repository_url, args.simple_url, args.skip_existing)
    except WheelsError as exc:
        print(f"error: {redact(str(exc))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""One typed settings object, read from the environment (prefix ``BAWASLU_``).

Every field is documented in the README's configuration table; a test keeps the two in step.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bawaslu_rules import RulesError, check_letter_template, letter_number

EVIDENCE_DEFAULT_TYPES = (
    "image/jpeg",
    "image/png",
    "image/webp",
    "image/heic",
    "image/heif",
    "video/mp4",
    "video/quicktime",
    "video/3gpp",
    "video/webm",
    "audio/mpeg",
    "audio/mp4",
    "audio/wav",
    "audio/ogg",
    "audio/amr",
    "audio/flac",
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.presentation",
    "application/x-ole-storage",
)
"""The evidence types accepted unless ``BAWASLU_EVIDENCE_ALLOWED_TYPES`` says otherwise: the
types ``evidence/sniff.py`` recognises from a file's first bytes."""


APP_NAME = "bawaslu-api"


def project_root() -> Path | None:
    """The source checkout this package runs from (``make install`` installs it editable),
    or None for an installed wheel: the directory holding the ``pyproject.toml`` of
    bawaslu-api, two levels above ``src/bawaslu_api``."""
    root = Path(__file__).resolve().parents[2]
    try:
        head = (root / "pyproject.toml").read_text(encoding="utf-8")[:2000]
    except OSError:
        return None
    return root if f'name = "{APP_NAME}"' in head else None


def default_data_dir() -> Path:
    """Where local state lives when ``BAWASLU_DATA_DIR`` is unset: the same place from
    whatever directory a command runs (docs/operations.md, "The data directory").

    In a source checkout, its ``.var`` (where ``make run`` keeps its database); for an
    installed wheel, the user's data directory (``~/.local/share/bawaslu-api`` on Linux).
    """
    root = project_root()
    if root is not None:
        return root / ".var"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class Settings(BaseSettings):
    """Service configuration. Environment variables override the defaults."""

    model_config = SettingsConfigDict(
        env_prefix="BAWASLU_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        # An invalid setting's error names it, never shows its value (it may be a secret).
        hide_input_in_errors=True,
    )

    environment: Literal["development", "production", "test"] = Field(
        "development",
        description="development runs migrations on start and may start an embedded database.",
    )
    database_url: SecretStr | None = Field(
        None,
        description=(
            "SQLAlchemy URL of the PostgreSQL database (postgresql+asyncpg://...). "
            "Unset: an embedded PostgreSQL server is started in the data directory."
        ),
    )
    database_replica_url: SecretStr | None = Field(
        None,
        description=(
            "SQLAlchemy URL of a read-only streaming replica of the database. Set: public "
            "reads, the report list and exports read from it, except a caller's reads that "
            "must see their own writes (docs/scaling.md); the primary serves when the "
            "replica is down or lags. Unset: every read goes to the primary."
        ),
    )
    database_replica_max_lag_s: float = Field(
        5.0,
        ge=0,
        description="The replica serves only while it has replayed everything the primary "
        "had this many seconds ago; beyond, reads go to the primary.",
    )
    database_replica_check_interval_s: float = Field(
        1.0,
        gt=0,
        le=60,
        description="How often each API process measures the replica's replay position (and "
        "notices it is down or back).",
    )
    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Local state: the embedded PostgreSQL data directory, evidence files and "
        "generated keys. Unset: `.var` of the source checkout the package runs from, else the "
        "user's data directory (`~/.local/share/bawaslu-api`), whatever the working directory.",
    )
    db_pool_size: int = Field(10, ge=1, le=200, description="Connections kept open per process.")
    db_max_overflow: int = Field(5, ge=0, le=200, description="Extra connections under load.")
    db_pool_timeout_s: float = Field(
        10.0, gt=0, description="Seconds to wait for a pooled connection before failing."
    )
    db_ping_after_idle_s: float = Field(
        10.0,
        ge=0,
        description="A pooled connection idle for longer than this is pinged before use "
        "(a connection the server closed is always replaced, at no cost).",
    )
    db_statement_timeout_ms: int = Field(
        15_000, ge=100, description="PostgreSQL statement_timeout for every API connection."
    )
    host: str = Field("127.0.0.1", description="Address `serve` binds to.")
    port: int = Field(8000, ge=1, le=65535, description="Port `serve` binds to.")
    workers: int = Field(1, ge=1, le=64, description="uvicorn worker processes for `serve`.")
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Browser origins allowed by CORS, comma-separated (e.g. https://a.example).",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="Minimum level of log records."
    )
    log_json: bool = Field(True, description="Structured JSON logs (one object per line).")
    metrics_token: SecretStr | None = Field(
        None,
        description="Bearer token a Prometheus scraper presents to read `/metrics` (from any "
        "address). Unset: only the addresses of `BAWASLU_METRICS_ALLOW` may read it.",
    )
    metrics_allow: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["127.0.0.1/32", "::1/128"],
        description="Comma-separated addresses or CIDR ranges that may read `/metrics` "
        "without the token, when connecting directly (a request through a proxy, with "
        "`X-Forwarded-For`, never is). Empty: the token only. Others get a 404.",
    )
    migrate_on_start: bool = Field(
        False, description="Apply pending migrations when `serve` starts (set by `make run`)."
    )
    seed_demo_on_start: bool = Field(
        False, description="Load the demo data when `serve` starts (set by `make run`)."
    )
    gzip_min_bytes: int = Field(
        1024, ge=0, description="Responses larger than this are gzip-compressed when accepted."
    )

    jwt_issuer: str = Field(
        "bawaslu-api", description="`iss` of issued tokens, checked on every request."
    )
    jwt_audience: str = Field(
        "bawaslu-api", description="`aud` of issued tokens, checked on every request."
    )
    jwt_access_ttl_s: int = Field(
        900,
        ge=60,
        le=86_400,
        description="Lifetime of access tokens in seconds (short on purpose).",
    )
    jwt_keys_dir: Path | None = Field(
        None,
        description=(
            "Directory of key files (`<kid>.pem`) from before the signing keys moved to the "
            "database: imported by the first process that finds no key there (or by "
            "`bawaslu-api keys import`). Unset: `<data_dir>/keys`."
        ),
    )

    jwt_refresh_ttl_s: int = Field(
        1_209_600,
        ge=300,
        le=7_776_000,
        description="Lifetime of a sign-in (its refresh tokens) in seconds; refreshing "
        "rotates the token but never extends the sign-in.",
    )
    login_max_failures: int = Field(
        5, ge=1, le=100, description="Consecutive failed logins that lock an account."
    )
    login_lockout_minutes: int = Field(
        15, ge=1, le=1440, description="Minutes an account stays locked after too many failures."
    )

    webhook_allow_private_targets: bool = Field(
        False,
        description="Allow webhook URLs on private or loopback addresses (tests, labs only).",
    )
    webhook_timeout_s: float = Field(
        10.0, gt=0, le=60, description="Seconds a receiver has to answer one delivery."
    )
    webhook_backoff_base_s: float = Field(
        30.0, gt=0, description="First retry delay; doubled per attempt (with jitter)."
    )
    webhook_backoff_max_s: float = Field(
        3600.0, gt=0, description="Longest delay between two attempts of a delivery."
    )
    worker_poll_interval_s: float = Field(
        1.0,
        gt=0,
        description="Seconds between two looks for jobs of an idle worker (new jobs wake it "
        "at once through LISTEN/NOTIFY).",
    )
    worker_batch_size: int = Field(
        20, ge=1, le=500, description="Jobs (deliveries) one worker runs at a time."
    )
    deadline_monitor_interval_s: float = Field(
        60.0,
        gt=0,
        description="Seconds between two runs of the deadline monitor (a periodic job; "
        "rounded to a cron step).",
    )
    clock_skew_s: int = Field(
        300,
        ge=0,
        le=86_400,
        description="Seconds a client's clock may run ahead of the server's: a date or time "
        "later than now plus this (a date: later than the office's local date of now plus "
        "this) is refused as in the future (received_at, known_on, incident.date, "
        "occurred_at).",
    )
    deadline_due_soon_working_days: int = Field(
        1, ge=0, le=30, description="`deadline.due_soon` fires this many working days ahead."
    )
    webhook_secret_key: SecretStr | None = Field(
        None,
        description="Key that encrypts webhook signing secrets in the database: base64 of 32 "
        "random bytes (`openssl rand -base64 32`; production refuses anything else). The API "
        "and every worker must share it. Unset: `<data_dir>/webhook-secret.key`, generated "
        "on first use.",
    )
    data_keys: SecretStr | None = Field(
        None,
        description="Keys that encrypt personal data and the token signing keys in the "
        "database: comma-separated base64 of 32 random bytes each (`bawaslu-api pii "
        "new-key`); the first encrypts, every one decrypts. Every API host, worker and CLI "
        "must share them. Unset: `<data_dir>/data.keys`, generated on first use.",
    )
    jwt_keys_reload_s: float = Field(
        10.0,
        gt=0,
        le=3600,
        description="How often each process re-reads the token signing keys from the "
        "database (a rotation on one host reaches the others within this time).",
    )
    prune_interval_s: float = Field(
        3600.0, gt=0, description="Seconds between two housekeeping runs of the worker."
    )
    idempotency_retention_h: int = Field(
        24,
        ge=1,
        description="Hours an `Idempotency-Key` is remembered at least (the worker prunes "
        "older ones); a retry after that is a new request.",
    )
    webhook_retention_days: int = Field(
        30,
        ge=1,
        description="Days finished webhook deliveries and their attempts are kept (the events "
        "stay).",
    )

    rate_limits: dict[str, tuple[int, int]] = Field(
        default_factory=lambda: {
            "default": (120, 60),
            "public": (300, 60),
            "public_filing": (120, 3600),
            "public_filing_reporter": (10, 3600),
            "receipt": (20, 60),
            "auth": (20, 60),
            "auth_account": (30, 60),
            "account": (600, 60),
            "client": (1200, 60),
        },
        description=(
            'The rate limit policies: JSON `{"policy": [requests, seconds]}`. The setting '
            "replaces the whole table: a policy it does not name gets the figures of "
            "`default` (`[0, 1]` turns a policy off: nothing counted, no header). Per "
            "caller address: public, public_filing, receipt, auth. Per reporter (a keyed hash "
            "of the NIK, phone or e-mail of a public filing): public_filing_reporter. Per "
            "user name or client id on the token endpoint: auth_account. Per signed-in staff "
            "account: account; per machine client: client (docs/security.md)."
        ),
    )
    trusted_proxies: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Comma-separated addresses or CIDR ranges of the reverse proxies whose "
        "`X-Forwarded-For` is believed (read from the right: the first hop that is not a "
        "trusted proxy is the client). Also given to uvicorn as `forwarded_allow_ips`.",
    )
    rate_limit_secret: SecretStr | None = Field(
        None,
        description="Key of the hash that names a reporter in the `public_filing_reporter` "
        "counters (no NIK, phone or e-mail is stored in clear). Every API process and host "
        "must share it. Unset: `<data_dir>/rate-limit.key`, generated on first use.",
    )
    max_body_bytes: int = Field(
        1_048_576, ge=1024, description="Largest request body accepted (413 beyond it)."
    )

    evidence_storage: Literal["local", "s3"] = Field(
        "local", description="Where evidence files live: `local` (filesystem) or `s3`."
    )
    evidence_dir: Path | None = Field(
        None, description="Root of the local evidence store. Unset: `<data_dir>/evidence`."
    )
    evidence_s3_bucket: str | None = Field(None, description="S3 bucket of the evidence store.")
    evidence_s3_prefix: str = Field("", description="Key prefix inside the bucket.")
    evidence_s3_endpoint_url: str | None = Field(
        None, description="Endpoint of an S3-compatible store (MinIO, Ceph); unset for AWS."
    )
    evidence_s3_region: str | None = Field(None, description="Region of the bucket.")
    evidence_s3_access_key_id: SecretStr | None = Field(
        None, description="Access key; unset: boto3's usual chain (env, profile, instance role)."
    )
    evidence_s3_secret_access_key: SecretStr | None = Field(
        None, description="Secret key paired with the access key."
    )
    evidence_max_file_bytes: int = Field(
        2 * 1024**3, ge=1024, description="Largest evidence file (413 beyond it)."
    )
    evidence_max_case_bytes: int = Field(
        20 * 1024**3, ge=1024, description="Total evidence bytes one case may hold."
    )
    evidence_allowed_types: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: list(EVIDENCE_DEFAULT_TYPES),
        description="Media types (sniffed from the bytes) accepted as evidence, comma-separated.",
    )
    evidence_upload_ttl_hours: int = Field(
        72, ge=1, le=720, description="Hours an unfinished resumable upload is kept."
    )
    evidence_sweep_grace_minutes: int = Field(
        60, ge=1, description="Unreferenced stored objects younger than this are left alone."
    )
    evidence_clamd: str | None = Field(
        None,
        description="clamd to scan uploads (`tcp://host:3310` or `unix:///path`); unset: off.",
    )
    evidence_clamd_timeout_s: float = Field(
        60.0, gt=0, description="Seconds to wait for clamd's verdict."
    )

    public_status_url: str = Field(
        "http://localhost:8000/status",
        description="The public page where a reporter follows a report with the receipt code. "
        "The receipt's QR code opens `<this>#<code>` (the code in the fragment, which browsers "
        "never send to a server); the page posts it to `/v1/public/receipts/lookup`.",
    )
    letter_number_template: str = Field(
        "{seq:03d}/{code}/{regime}/{level}/{register_code}/{month}/{year}",
        description="Format of documents' letter numbers (docs/documents.md): fields `seq`, "
        "`code` (the form's), `regime` PL/PB, `level`, `register_code` (the office's), "
        "`month` (Roman), `month2`, `year`. Bawaslu's own classification codes were not "
        "read (LOW).",
    )
    public_stats_min_count: int = Field(
        5,
        ge=1,
        description="Open data (`/v1/public/statistics`): counts from 1 to this minus 1 are "
        "published as null with `suppressed: true`, with the complementary counts that would "
        "reveal them (docs/statistics.md).",
    )
    public_stats_min_duration_cases: int = Field(
        10,
        ge=1,
        description="Open data: a median or 90th percentile of working days is published only "
        "when computed over at least this many cases.",
    )
    public_stats_round_to: int = Field(
        5,
        ge=1,
        le=100,
        description="Open data: every published count is rounded to a multiple of this, up or "
        "down by a keyed pseudo-random draw (unbiased random rounding), so that the "
        "difference of two published figures (a filtered and an unfiltered query, a "
        "province and its Kabupaten) cannot single out a case; 1 turns rounding off.",
    )
    public_stats_secret: SecretStr | None = Field(
        None,
        description="Key of the open data's random rounding (at least 16 characters, not a "
        "placeholder in production; every API process and host must share it, so that a "
        "figure rounds the same everywhere). Unset: `<data_dir>/stats-rounding.key`, "
        "generated on first use.",
    )
    public_cache_max_age_s: int = Field(
        60,
        ge=0,
        le=86400,
        description="`max-age` of the public reads that change with the cases: the "
        "announcements (list and PDF) and the open statistics (JSON, CSV). A CDN or a browser "
        "reuses such an answer this many seconds without asking (README, Caching public answers).",
    )
    public_cache_stale_s: int = Field(
        300,
        ge=0,
        le=86400,
        description="`stale-while-revalidate` and `stale-if-error` of those reads: a CDN may "
        "serve an answer this much older while it fetches a fresh one, or while the service "
        "fails.",
    )
    public_cache_static_max_age_s: int = Field(
        3600,
        ge=0,
        le=604800,
        description="`max-age` of the public answers that change only with a release: the "
        "enum labels, the open data's dictionary and the receipt status page.",
    )
    document_templates_dir: Path | None = Field(
        None,
        description="A directory of Typst templates that override the packaged ones by file "
        "name (`receipt.typ`, `common.typ`...); unset: the packaged templates.",
    )

    @field_validator("letter_number_template")
    @classmethod
    def _check_letter_template(cls, value: str) -> str:
        """Only known fields, ``{seq}`` among them (numbers must differ), and it formats."""
        try:
            check_letter_template(value)
            if letter_number(
                1, code="B.9", regime="pemilu", level="regency", register_code="52.03",
                month=1, year=2024, template=value,
            ) == letter_number(
                2, code="B.9", regime="pemilu", level="regency", register_code="52.03",
                month=1, year=2024, template=value,
            ):  # fmt: skip
                raise ValueError("the letter number template must contain {seq}")
        except RulesError as exc:
            raise ValueError(str(exc)) from None
        return value

    @field_validator(
        "cors_origins", "trusted_proxies", "evidence_allowed_types", "metrics_allow", mode="before"
    )
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @field_validator("trusted_proxies", "metrics_allow")
    @classmethod
    def _check_proxies(cls, value: list[str]) -> list[str]:
        for item in value:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(f"not an address or CIDR range: {item!r}") from None
        return value

    @field_validator("rate_limits")
    @classmethod
    def _check_rate_limits(cls, value: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
        for name, (limit, window) in value.items():
            if limit < 0 or window < 1:
                raise ValueError(f"policy {name}: requests >= 0 and seconds >= 1")
        return value

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        """Production does not start with a placeholder or weak secret (SECRET_SETTINGS)."""
        if self.environment == "production":
            problems = secret_problems(self)
            if problems:
                raise ValueError("\n".join(problems))
        return self

    @property
    def keys_dir(self) -> Path:
        """Where token signing key files are imported from."""
        return (self.jwt_keys_dir or self.data_dir / "keys").resolve()

    @property
    def evidence_root(self) -> Path:
        """Root of the local evidence store."""
        return (self.evidence_dir or self.data_dir / "evidence").resolve()

    @property
    def pgdata_dir(self) -> Path:
        """Where the embedded PostgreSQL server keeps its files."""
        return self.data_dir.resolve() / "pgdata"


# Secrets: what production refuses (docs/security.md, "Secrets in production").

PLACEHOLDERS = frozenset(
    {"changeme", "changeit", "replaceme", "secret", "password", "passwd", "postgres", "bawaslu",
     "example", "default", "test", "dev", "development", "admin", "xxx", "todo", "none", "null"}
)  # fmt: skip
"""Values that are not secrets, compared in lower case without punctuation
(``change-me`` is ``changeme``)."""


@dataclass(frozen=True, slots=True)
class SecretSetting:
    """A setting that holds a secret, and what production requires of it.

    ``value`` reads the secret from the settings (None: not set, nothing to check: a
    generated key file or the driver's own means take over). ``random_key``: base64 of at
    least 32 random bytes (``openssl rand -base64 32``); otherwise a passphrase of at least
    ``min_length`` characters that is not a placeholder.
    """

    name: str
    value: Callable[[Settings], str | None]
    random_key: bool = False
    min_length: int = 16
    several: bool = False
    """A comma-separated list of secrets, each checked (``BAWASLU_DATA_KEYS``)."""

    @property
    def env(self) -> str:
        return f"BAWASLU_{self.name.upper()}"


def _secret(name: str) -> Callable[[Settings], str | None]:
    def read(settings: Settings) -> str | None:
        value = getattr(settings, name)
        return value.get_secret_value() if isinstance(value, SecretStr) else value

    return read


def _database_password(settings: Settings) -> str | None:
    if settings.database_url is None:
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        password = make_url(settings.database_url.get_secret_value()).password
    except (ArgumentError, ValueError):
        return None
    return None if password is None else str(password)


SECRET_SETTINGS: list[SecretSetting] = [
    SecretSetting("database_url", _database_password, min_length=12),
    SecretSetting("webhook_secret_key", _secret("webhook_secret_key"), random_key=True),
    SecretSetting("data_keys", _secret("data_keys"), random_key=True, several=True),
    SecretSetting("public_stats_secret", _secret("public_stats_secret")),
    SecretSetting("rate_limit_secret", _secret("rate_limit_secret")),
    SecretSetting("evidence_s3_secret_access_key", _secret("evidence_s3_secret_access_key")),
    SecretSetting("metrics_token", _secret("metrics_token")),
]
"""Every secret setting. A new one is one more entry here (and its line in the README's
configuration table); production then refuses a placeholder in it."""


def random_key_bytes(value: str) -> bytes | None:
    """The bytes of a base64 (standard or URL-safe) key, or None if it is not base64."""
    text = value.strip().replace("-", "+").replace("_", "/")  # URL-safe is base64 too
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def secret_problem(spec: SecretSetting, value: str) -> str | None:
    """Why ``value`` is not acceptable as ``spec`` in production, or None."""
    fix = "use `openssl rand -base64 32`" if spec.random_key else "use a long random value"
    it = "the password in it" if spec.name == "database_url" else "it"
    normal = "".join(ch for ch in value.lower() if ch.isalnum())
    if not value.strip():
        return f"{spec.env}: {it} is empty; {fix}"
    if normal in PLACEHOLDERS or "changeme" in normal or "replaceme" in normal:
        return f"{spec.env}: {it} is a placeholder ({value!r}), not a secret; {fix}"
    if spec.random_key:
        raw = random_key_bytes(value)
        if raw is None or len(raw) < 32 or len(set(raw)) < 16:
            return f"{spec.env}: {it} is not a random key (base64 of 32 random bytes); {fix}"
        return None
    if len(value) < spec.min_length:
        return f"{spec.env}: {it} is too short (under {spec.min_length} characters); {fix}"
    return None


def secret_problems(settings: Settings) -> list[str]:
    """What is wrong with the configured secrets (empty: nothing), one line each."""
    problems = []
    for spec in SECRET_SETTINGS:
        value = spec.value(settings)
        if value is None:
            continue
        for one in value.split(",") if spec.several else [value]:
            if (problem := secret_problem(spec, one)) is not None:
                problems.append(problem)
                break
    return problems


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()

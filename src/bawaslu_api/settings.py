"""One typed settings object, read from the environment (prefix ``BAWASLU_``).

Every field is documented in the README's configuration table; a test keeps the two in step.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
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


class Settings(BaseSettings):
    """Service configuration. Environment variables override the defaults."""

    model_config = SettingsConfigDict(
        env_prefix="BAWASLU_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
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
    data_dir: Path = Field(
        Path(".var"),
        description="Local state: the embedded PostgreSQL data directory and evidence files.",
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
            "Directory of RSA private keys (`<kid>.pem`); the newest signs, all verify. "
            "Unset: `<data_dir>/keys`, where a key is generated on first use."
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
        1.0, gt=0, description="Seconds an idle worker waits before looking for work again."
    )
    worker_batch_size: int = Field(
        20, ge=1, le=500, description="Deliveries one worker claims and sends at a time."
    )
    deadline_monitor_interval_s: float = Field(
        60.0, gt=0, description="Seconds between two runs of the deadline monitor."
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
        description="Key that encrypts webhook signing secrets in the database (any string; "
        "use 32 random bytes, e.g. `openssl rand -base64 32`). The API and every worker must "
        "share it. Unset: `<data_dir>/webhook-secret.key`, generated on first use.",
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
            "public": (60, 60),
            "public_filing": (10, 3600),
            "receipt": (20, 60),
            "auth": (20, 60),
            "auth_account": (30, 60),
        },
        description=(
            "Requests per caller address per window, by bucket: JSON "
            '`{"bucket": [requests, seconds]}`. Buckets: public, public_filing, receipt, '
            "auth (per address), auth_account (per user name or client id)."
        ),
    )
    trusted_proxies: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Addresses of reverse proxies whose X-Forwarded-For is believed.",
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
        description="Key of the open data's random rounding (any string; every API process "
        "and host must share it, so that a figure rounds the same everywhere). Unset: "
        "`<data_dir>/stats-rounding.key`, generated on first use.",
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

    @field_validator("cors_origins", "trusted_proxies", "evidence_allowed_types", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @property
    def keys_dir(self) -> Path:
        """Where the token signing keys live."""
        return (self.jwt_keys_dir or self.data_dir / "keys").resolve()

    @property
    def evidence_root(self) -> Path:
        """Root of the local evidence store."""
        return (self.evidence_dir or self.data_dir / "evidence").resolve()

    @property
    def pgdata_dir(self) -> Path:
        """Where the embedded PostgreSQL server keeps its files."""
        return self.data_dir.resolve() / "pgdata"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()

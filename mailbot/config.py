"""Configuration: ``config.toml`` (or ``$MAILBOT_CONFIG``) into frozen dataclasses; fail fast.

Secrets never live in the file: the file names an environment variable (``password_env``) and
the value is read from the environment at load time. Every key is documented in the shipped
``config.toml``; unknown keys are rejected so a typo cannot silently fall back to a default.
"""

from __future__ import annotations

import os
import ssl
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, time
from pathlib import Path
from typing import Any, Literal, TypeVar

from mailbot.domain import Sector
from mailbot.errors import ConfigError

Security = Literal["tls", "starttls", "plain"]
_SECURITY = ("tls", "starttls", "plain")
#: "password": LOGIN/AUTH PLAIN with the secret from password_env; "xoauth2": SASL XOAUTH2 with
#: an OAuth2 access token printed by token_command (Microsoft 365, Google).
Auth = Literal["password", "xoauth2"]
_AUTH = ("password", "xoauth2")

DEFAULT_CONFIG_PATH = Path("config.toml")


@dataclass(frozen=True)
class OrganisationConfig:
    """Who we are, as shown to clients and used to recognise our own mail."""

    name: str = "gro-up"
    mailbox_address: str = "klachtenfunctionaris@gro-up.nl"
    display_name: str = "Klachtenfunctionaris gro-up"
    officer_addresses: tuple[str, ...] = ("klachtenfunctionaris@gro-up.nl",)
    regulation_url: str = "https://www.gro-up.nl/klachtenregeling"
    phone: str = ""


@dataclass(frozen=True)
class DatabaseConfig:
    """SQLAlchemy URL; SQLite (embedded default) or PostgreSQL."""

    url: str = "sqlite:///var/mailbot.db"
    busy_timeout_ms: int = 30_000  # SQLite: wait this long for a lock before "try later"


@dataclass(frozen=True)
class ServerConfig:
    """How to reach and log in to a mail server: shared by ``[imap]`` and ``[smtp]``."""

    host: str = "localhost"
    port: int = 0
    security: Security = "tls"
    username: str = ""
    auth: Auth = "password"
    password_env: str = ""
    password: str = field(default="", repr=False)
    token_command: tuple[str, ...] = ()  # argv printing an OAuth2 access token (auth=xoauth2)
    token_timeout_seconds: float = 30.0
    token_cache_seconds: float = 300.0
    tls_ca_file: str = ""  # PEM CA bundle to trust instead of the system store (private CA)
    timeout_seconds: float = 60.0


@dataclass(frozen=True)
class ImapConfig(ServerConfig):
    """The watched mailbox."""

    port: int = 993
    security: Security = "tls"
    password_env: str = "MAILBOT_IMAP_PASSWORD"
    inbox: str = "INBOX"
    processed_folder: str = "Verwerkt"
    quarantine_folder: str = "Quarantaine"
    sent_folder: str = "Sent"
    append_to_sent: bool = True
    watch_sent: bool = True
    fetch_batch: int = 100
    fetch_batch_bytes: int = 50_000_000
    # Issue 5: after a failed poll, wait backoff_initial_seconds, doubling up to the max.
    backoff_initial_seconds: float = 30.0
    backoff_max_seconds: float = 600.0
    outage_alert_minutes: float = 30.0  # no successful fetch this long: alert the officer once


@dataclass(frozen=True)
class SmtpConfig(ServerConfig):
    """The outgoing server the outbox sends through."""

    port: int = 587
    security: Security = "starttls"
    password_env: str = "MAILBOT_SMTP_PASSWORD"
    message_id_domain: str = "mailbot.gro-up.nl"


@dataclass(frozen=True)
class IntakeConfig:
    """Limits and choices of the intake pipeline."""

    max_message_bytes: int = 25_000_000
    max_attachments: int = 50
    max_attempts: int = 3
    acknowledge_non_complaints: bool = False
    max_auto_replies_per_day: int = 3


@dataclass(frozen=True)
class OutboxConfig:
    """Retry policy of the outbox (DESIGN §5 rule 8)."""

    retry_for_hours: float = 48.0
    backoff_initial_seconds: float = 60.0
    backoff_max_seconds: float = 3600.0
    lease_seconds: float = 300.0
    batch: int = 50


@dataclass(frozen=True)
class ScheduleConfig:
    """How often the daemon's periodic jobs run."""

    poll_seconds: float = 15.0
    outbox_seconds: float = 10.0
    sweep_seconds: float = 300.0


@dataclass(frozen=True)
class SafeguardingConfig:
    """The flow for suspected abuse (DOMAIN §4)."""

    acknowledge: Literal["immediate", "on_release"] = "immediate"
    contacts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    kraamzorg_planner: tuple[str, ...] = ()


@dataclass(frozen=True)
class OfficeConfig:
    """Office hours and closing days (DOMAIN §3: mail to the officer in office hours only)."""

    start: str = "08:30"  # local Europe/Amsterdam time, HH:MM
    end: str = "17:00"
    closing_days: tuple[str, ...] = ()  # YYYY-MM-DD: gro-up's own closing days (not law)

    @property
    def start_time(self) -> time:
        """``start`` as a time (validated at load)."""
        return time.fromisoformat(self.start)

    @property
    def end_time(self) -> time:
        """``end`` as a time (validated at load)."""
        return time.fromisoformat(self.end)

    @property
    def closing_dates(self) -> tuple[date, ...]:
        """``closing_days`` as dates (validated at load)."""
        return tuple(date.fromisoformat(d) for d in self.closing_days)


@dataclass(frozen=True)
class NoticesConfig:
    """Automatic notices fired by the sweep (issue 4 §2)."""

    enabled: bool = True
    delay_notice: str = "auto"  # "auto": sent on its act-by date; "ask": the officer sends it
    officer_reminders: bool = True  # day 10, day 21 and the statutory warning on day 35
    overdue_warnings: bool = True  # target date or statutory last day passed, case still open
    recipients: tuple[str, ...] = ()  # officer mail goes here; empty: officer_addresses


@dataclass(frozen=True)
class EscalationConfig:
    """Safeguarding alerts nobody acknowledged (DOMAIN §4.2)."""

    after_office_hours: float = 2.0
    backup_contacts: tuple[str, ...] = ()


@dataclass(frozen=True)
class DigestConfig:
    """The daily triage digest into the shared inbox (issue 4 §4)."""

    enabled: bool = True
    time: str = "08:30"  # local time on working days, HH:MM
    recipients: tuple[str, ...] = ()  # empty: the mailbox address (the shared inbox)
    skip_empty: bool = True  # no digest on days with nothing to say


@dataclass(frozen=True)
class OfficerCommandsConfig:
    """Officer actions by mail (issue 4 §5): ``#afgehandeld gegrond`` etc."""

    enabled: bool = True
    require_authentication: bool = True  # demand DKIM or SPF pass (RFC 8601) for the sender
    trusted_authserv_ids: tuple[str, ...] = ()  # authserv-ids of OUR receiving server(s)


@dataclass(frozen=True)
class HealthConfig:
    """Health output of the daemon (issue 5): ``mailbot health`` and a file for monitoring."""

    file: str = ""  # written by `mailbot run` after every poll; relative to the config file
    outbox_max_age_minutes: float = 60.0  # a pending mail older than this means "degraded"


@dataclass(frozen=True)
class Config:
    """The whole configuration."""

    organisation: OrganisationConfig = field(default_factory=OrganisationConfig)
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    imap: ImapConfig = field(default_factory=ImapConfig)
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    intake: IntakeConfig = field(default_factory=IntakeConfig)
    outbox: OutboxConfig = field(default_factory=OutboxConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    safeguarding: SafeguardingConfig = field(default_factory=SafeguardingConfig)
    office: OfficeConfig = field(default_factory=OfficeConfig)
    notices: NoticesConfig = field(default_factory=NoticesConfig)
    escalation: EscalationConfig = field(default_factory=EscalationConfig)
    digest: DigestConfig = field(default_factory=DigestConfig)
    officer_commands: OfficerCommandsConfig = field(default_factory=OfficerCommandsConfig)
    health: HealthConfig = field(default_factory=HealthConfig)
    source_path: Path | None = None

    def safeguarding_recipients(self, sectors: tuple[Sector, ...]) -> tuple[str, ...]:
        """Officer addresses plus the safeguarding contacts of ``sectors`` (and ``all``)."""
        found = list(self.organisation.officer_addresses)
        for key in ("all", *(s.value for s in sectors)):
            found.extend(self.safeguarding.contacts.get(key, ()))
        return tuple(dict.fromkeys(a.lower() for a in found))


T = TypeVar("T")


def _section(cls: type[T], data: Mapping[str, Any], name: str) -> T:
    """Build dataclass ``cls`` from ``data``, rejecting unknown keys and wrong types."""
    if not isinstance(data, Mapping):
        raise ConfigError(f"[{name}] must be a table")
    known = {f.name: f for f in fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(known) - {"password"})
    if "password" in data:
        raise ConfigError(
            f"[{name}] password: secrets do not belong in the file; set password_env to the "
            "name of an environment variable instead"
        )
    if unknown:
        raise ConfigError(f"[{name}] unknown key(s): {', '.join(unknown)}")
    values: dict[str, Any] = {}
    defaults = cls()
    for key, value in data.items():
        default = getattr(defaults, key)
        if isinstance(default, tuple):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                hint = (' (an argv list such as ["oama", "access", "user@example.org"]; '
                        'for a shell, ["sh", "-c", "..."])') if key == "token_command" else ""
                raise ConfigError(f"[{name}] {key} must be a list of strings{hint}")
            value = tuple(value)
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                raise ConfigError(f"[{name}] {key} must be true or false")
        elif isinstance(default, int | float) and not isinstance(default, bool):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigError(f"[{name}] {key} must be a number")
            if value < 0:
                raise ConfigError(f"[{name}] {key} must not be negative")
            value = type(default)(value)
        elif isinstance(default, str) and not isinstance(value, str):
            raise ConfigError(f"[{name}] {key} must be a string")
        values[key] = value
    return cls(**values)


_Secured = TypeVar("_Secured", bound=ServerConfig)


def _with_password(section: _Secured, name: str, env: Mapping[str, str]) -> _Secured:
    """Check the login settings; read the password from the environment (auth = "password")."""
    if section.auth not in _AUTH:
        raise ConfigError(f"[{name}] auth must be one of {', '.join(_AUTH)}")
    if section.auth == "xoauth2":
        # SASL XOAUTH2 sends the user name with the token; no password is read or needed.
        if not section.username:
            raise ConfigError(
                f'[{name}] auth = "xoauth2" needs username (the mailbox address the access '
                "token was issued for)"
            )
        if not section.token_command or not section.token_command[0].strip():
            raise ConfigError(
                f'[{name}] auth = "xoauth2" needs token_command: the command (an argv list) '
                'that prints a current access token, e.g. ["oama", "access", '
                f'"{section.username}"]'
            )
        if section.token_timeout_seconds <= 0:
            raise ConfigError(f"[{name}] token_timeout_seconds must be more than 0")
        return section
    if section.token_command:
        raise ConfigError(
            f'[{name}] token_command is set but auth is "password"; set auth = "xoauth2" to '
            "log in with an OAuth2 access token, or remove token_command"
        )
    var = section.password_env
    password = env.get(var, "") if var else ""
    if section.username and not password:
        raise ConfigError(
            f"[{name}] username is set but the environment variable {var or '(password_env)'} "
            "holding the password is empty or missing"
        )
    return type(section)(**{**section.__dict__, "password": password})


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """A client TLS context that verifies the certificate chain and the host name, always.

    ``ca_file`` (``tls_ca_file``): a PEM bundle trusted *instead of* the system trust store, for
    servers with a certificate from a private CA; empty: the system store.
    """
    return ssl.create_default_context(cafile=ca_file or None)


def tls_refusal_hint(exc: BaseException, section: str) -> str:
    """A hint for the admin when ``exc`` (or its cause) is a refused server certificate."""
    seen: BaseException | None = exc
    while seen is not None and not isinstance(seen, ssl.SSLCertVerificationError):
        seen = seen.__cause__ or seen.__context__
    if seen is None:
        return ""
    if seen.verify_code in (62, 64):  # X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_...
        return (f" (the server's certificate is not issued for this name: set [{section}] host "
                "to a name the certificate carries)")
    return (f" (the server's certificate is not trusted; for a private CA set [{section}] "
            "tls_ca_file to its PEM certificate)")


def _with_ca_file(section: _Secured, name: str, source: Path | None) -> _Secured:
    """Resolve ``tls_ca_file`` against the config file's folder and check it loads as PEM."""
    if not section.tls_ca_file:
        return section
    path = Path(section.tls_ca_file).expanduser()
    if not path.is_absolute() and source is not None:
        path = source.parent / path
    path = path.resolve()
    if not path.is_file():
        raise ConfigError(
            f"[{name}] tls_ca_file: {path} does not exist (a PEM file with the CA "
            "certificate(s) to trust; empty = the system trust store)"
        )
    try:
        tls_context(str(path))
    except (ssl.SSLError, OSError) as exc:
        raise ConfigError(
            f"[{name}] tls_ca_file: {path} is not a readable PEM certificate bundle ({exc})"
        ) from None
    return type(section)(**{**section.__dict__, "tls_ca_file": str(path)})


def from_mapping(
    data: Mapping[str, Any], env: Mapping[str, str] | None = None, source: Path | None = None
) -> Config:
    """Validate a parsed TOML document into a :class:`Config`; raise ConfigError when invalid."""
    env = os.environ if env is None else env
    sections = {
        "organisation": OrganisationConfig,
        "database": DatabaseConfig,
        "imap": ImapConfig,
        "smtp": SmtpConfig,
        "intake": IntakeConfig,
        "outbox": OutboxConfig,
        "schedule": ScheduleConfig,
        "office": OfficeConfig,
        "notices": NoticesConfig,
        "escalation": EscalationConfig,
        "digest": DigestConfig,
        "officer_commands": OfficerCommandsConfig,
        "health": HealthConfig,
    }
    unknown = sorted(set(data) - set(sections) - {"safeguarding"})
    if unknown:
        raise ConfigError(f"unknown section(s): {', '.join(unknown)}")
    built: dict[str, Any] = {
        name: _section(cls, data.get(name, {}), name) for name, cls in sections.items()
    }
    built["imap"] = _with_password(built["imap"], "imap", env)
    built["smtp"] = _with_password(built["smtp"], "smtp", env)
    built["safeguarding"] = _safeguarding(data.get("safeguarding", {}))
    for name in ("imap", "smtp"):
        if built[name].security not in _SECURITY:
            raise ConfigError(f"[{name}] security must be one of {', '.join(_SECURITY)}")
        built[name] = _with_ca_file(built[name], name, source)
    org: OrganisationConfig = built["organisation"]
    if "@" not in org.mailbox_address:
        raise ConfigError("[organisation] mailbox_address must be an e-mail address")
    if not org.officer_addresses:
        raise ConfigError("[organisation] officer_addresses must name at least one address")
    built["organisation"] = OrganisationConfig(
        **{
            **org.__dict__,
            "mailbox_address": org.mailbox_address.lower(),
            "officer_addresses": tuple(a.lower() for a in org.officer_addresses),
        }
    )
    if built["intake"].max_attempts < 1:
        raise ConfigError("[intake] max_attempts must be at least 1")
    _check_officer_loop(built)
    return Config(**built, source_path=source)


def _check_officer_loop(built: dict[str, Any]) -> None:
    """Validate the issue-4 sections: times, dates, modes; lower-case the addresses."""
    office: OfficeConfig = built["office"]
    try:
        hours_ok = office.start_time < office.end_time
        time.fromisoformat(built["digest"].time)
    except ValueError:
        raise ConfigError("[office] start/end and [digest] time must be HH:MM") from None
    if not hours_ok:
        raise ConfigError("[office] start must be before end")
    try:
        _ = office.closing_dates
    except ValueError:
        raise ConfigError("[office] closing_days must be dates as YYYY-MM-DD") from None
    if built["notices"].delay_notice not in ("auto", "ask"):
        raise ConfigError("[notices] delay_notice must be 'auto' or 'ask'")
    lower = {
        "notices": ("recipients",), "escalation": ("backup_contacts",), "digest": ("recipients",),
    }
    for name, keys in lower.items():
        section = built[name]
        built[name] = type(section)(**{
            **section.__dict__, **{k: tuple(a.lower() for a in getattr(section, k)) for k in keys}
        })
    cmds: OfficerCommandsConfig = built["officer_commands"]
    built["officer_commands"] = OfficerCommandsConfig(
        **{**cmds.__dict__,
           "trusted_authserv_ids": tuple(a.lower() for a in cmds.trusted_authserv_ids)}
    )


def _safeguarding(data: Mapping[str, Any]) -> SafeguardingConfig:
    if not isinstance(data, Mapping):
        raise ConfigError("[safeguarding] must be a table")
    unknown = sorted(set(data) - {"acknowledge", "contacts", "kraamzorg_planner"})
    if unknown:
        raise ConfigError(f"[safeguarding] unknown key(s): {', '.join(unknown)}")
    ack = data.get("acknowledge", "immediate")
    if ack not in ("immediate", "on_release"):
        raise ConfigError("[safeguarding] acknowledge must be 'immediate' or 'on_release'")
    contacts_raw = data.get("contacts", {})
    if not isinstance(contacts_raw, Mapping):
        raise ConfigError("[safeguarding.contacts] must be a table of sector = [addresses]")
    allowed = {s.value for s in Sector} | {"all"}
    contacts: dict[str, tuple[str, ...]] = {}
    for key, value in contacts_raw.items():
        if key not in allowed:
            raise ConfigError(f"[safeguarding.contacts] unknown sector {key!r}")
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"[safeguarding.contacts] {key} must be a list of addresses")
        contacts[key] = tuple(value)
    planner = data.get("kraamzorg_planner", [])
    if not isinstance(planner, list) or not all(isinstance(v, str) for v in planner):
        raise ConfigError("[safeguarding] kraamzorg_planner must be a list of addresses")
    return SafeguardingConfig(
        acknowledge=ack, contacts=contacts, kraamzorg_planner=tuple(planner)
    )


def resolve_path(path: str | Path | None, env: Mapping[str, str] | None = None) -> Path:
    """The config path: the explicit one, else ``$MAILBOT_CONFIG``, else ``./config.toml``."""
    env = os.environ if env is None else env
    if path:
        return Path(path)
    if env.get("MAILBOT_CONFIG"):
        return Path(env["MAILBOT_CONFIG"])
    return DEFAULT_CONFIG_PATH


def load(path: str | Path | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Load and validate the configuration file; raise ConfigError with the reason."""
    resolved = resolve_path(path, env)
    try:
        with resolved.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"configuration file not found: {resolved}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{resolved}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{resolved}: cannot read: {exc.strerror}") from None
    config = from_mapping(data, env, source=resolved)
    return _relative_sqlite(config, resolved.parent)


def _relative_sqlite(config: Config, base: Path) -> Config:
    """Resolve a relative SQLite path against the config file's folder, creating the folder."""
    prefix = "sqlite:///"
    url = config.database.url
    if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
        db_path = (base / url[len(prefix) :]).resolve()
        db_path.parent.mkdir(parents=True, exist_ok=True)
        database = DatabaseConfig(**{**config.database.__dict__, "url": prefix + str(db_path)})
        return Config(**{**config.__dict__, "database": database})
    return config

"""Configuration: defaults, validation with clear messages, secrets only from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot import config
from mailbot.domain import Sector
from mailbot.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
ENV = {"MAILBOT_IMAP_PASSWORD": "imap-secret", "MAILBOT_SMTP_PASSWORD": "smtp-secret"}


def test_shipped_config_is_valid_and_complete() -> None:
    cfg = config.load(ROOT / "config.toml", env=ENV)
    assert cfg.imap.password == "imap-secret" and cfg.smtp.password == "smtp-secret"
    assert cfg.imap.processed_folder == "Verwerkt"
    assert cfg.intake.max_message_bytes == 25_000_000
    assert cfg.database.url.startswith("sqlite:////")  # made absolute next to the file


def test_shipped_config_documents_every_key() -> None:
    """Every key of every section appears in config.toml (README: every key commented)."""
    import dataclasses
    import tomllib

    data = tomllib.loads((ROOT / "config.toml").read_text(encoding="utf-8"))
    defaults = config.Config()
    sections = [f.name for f in dataclasses.fields(defaults) if f.name != "source_path"]
    assert len(sections) >= 14
    for section in sections:
        assert section in data, f"[{section}] is not in config.toml"
        keys = {f.name for f in dataclasses.fields(getattr(defaults, section))} - {"password"}
        # contacts is a sub-table ([safeguarding.contacts]); every other key is a line
        assert keys <= set(data[section]) | {"contacts"}, (section, keys - set(data[section]))


def test_unknown_key_is_named() -> None:
    with pytest.raises(ConfigError, match=r"\[imap\] unknown key\(s\): prot"):
        config.from_mapping({"imap": {"prot": 993}}, env={})


def test_unknown_section_is_named() -> None:
    with pytest.raises(ConfigError, match="unknown section"):
        config.from_mapping({"imapp": {}}, env={})


def test_password_in_file_is_refused() -> None:
    with pytest.raises(ConfigError, match="secrets do not belong in the file"):
        config.from_mapping({"smtp": {"password": "hunter2"}}, env={})


def test_missing_secret_is_reported_with_variable_name() -> None:
    with pytest.raises(ConfigError, match="MAILBOT_IMAP_PASSWORD"):
        config.from_mapping({"imap": {"username": "x@y.nl"}, "smtp": {"username": ""}}, env={})


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"imap": {"port": "993"}}, "must be a number"),
        ({"imap": {"security": "ssl"}}, "security must be one of"),
        ({"intake": {"max_attempts": 0}}, "max_attempts must be at least 1"),
        ({"organisation": {"officer_addresses": []}}, "at least one address"),
        ({"organisation": {"mailbox_address": "nope"}}, "must be an e-mail address"),
        ({"safeguarding": {"contacts": {"kraam": ["a@b.nl"]}}}, "unknown sector"),
        ({"safeguarding": {"acknowledge": "later"}}, "immediate"),
        ({"outbox": {"retry_for_hours": -1}}, "must not be negative"),
        ({"intake": {"acknowledge_non_complaints": "yes"}}, "true or false"),
    ],
)
def test_invalid_values(data: dict[str, object], message: str) -> None:
    base: dict[str, object] = {"imap": {"username": ""}, "smtp": {"username": ""}}
    for key, value in data.items():
        base[key] = {**base.get(key, {}), **value}  # type: ignore[dict-item]
    with pytest.raises(ConfigError, match=message):
        config.from_mapping(base, env={})


def test_missing_file_and_bad_toml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        config.load(tmp_path / "none.toml", env={})
    bad = tmp_path / "bad.toml"
    bad.write_text("[imap\nport = 1", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        config.load(bad, env={})


def test_config_path_resolution(tmp_path: Path) -> None:
    assert config.resolve_path(None, env={}) == Path("config.toml")
    assert config.resolve_path(None, env={"MAILBOT_CONFIG": "/etc/m.toml"}) == Path("/etc/m.toml")
    assert config.resolve_path("x.toml", env={"MAILBOT_CONFIG": "/etc/m.toml"}) == Path("x.toml")


def test_safeguarding_recipients_are_officers_plus_sector_contacts() -> None:
    cfg = config.from_mapping(
        {
            "imap": {"username": ""}, "smtp": {"username": ""},
            "organisation": {"officer_addresses": ["Officer@gro-up.nl"]},
            "safeguarding": {"contacts": {"all": ["af@gro-up.nl"],
                                          "kinderopvang": ["houder@gro-up.nl"],
                                          "jeugdhulp": ["kwaliteit@gro-up.nl"]}},
        },
        env={},
    )
    assert cfg.safeguarding_recipients((Sector.KINDEROPVANG,)) == (
        "officer@gro-up.nl", "af@gro-up.nl", "houder@gro-up.nl")

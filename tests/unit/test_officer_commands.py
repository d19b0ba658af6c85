"""The pure parser of officer mail commands and the RFC 8601 sender check."""

from __future__ import annotations

import pytest

from mailbot.commands import (
    Command,
    CommandError,
    authenticated,
    looks_like_command,
    parse_authentication_results,
    parse_command,
)

TRUSTED = ("mx.gro-up.nl",)


@pytest.mark.parametrize(("text", "expected"), [
    ("#afgehandeld gegrond", Command("close", "gegrond")),
    ("\n\n  #Afgehandeld Deels gegrond\n\nGroet", Command("close", "deels-gegrond")),
    ("#afgehandeld ingetrokken\r\n> quoted", Command("close", "ingetrokken")),
    ("#verleng", Command("extend", "")),
    ("#verleng nog niet alle betrokkenen gehoord", Command("extend",
                                                          "nog niet alle betrokkenen gehoord")),
    ("#vrijgeven geen acuut gevaar", Command("release", "geen acuut gevaar")),
    ("#sector kinderopvang", Command("set_sector", "kinderopvang")),
    ("#notitie gebeld\nmet moeder\n\n-- \nAnne", Command("note", "gebeld\nmet moeder")),
    ("#gezien", Command("ack")),
    ("#gezien bedankt", Command("ack")),
    ("#geen-vertraging al gebeld", Command("suppress", "al gebeld")),
])
def test_parse(text: str, expected: Command) -> None:
    assert parse_command(text) == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("#afgehandeld", "#afgehandeld needs"),
    ("#afgehandeld half", "#afgehandeld needs"),
    ("#vrijgeven", "#vrijgeven needs a reason"),
    ("#sector onbekend", "#sector needs"),
    ("#sector school", "#sector needs"),
    ("#notitie", "#notitie needs a text"),
    ("#sluiten", "unknown command #sluiten"),
])
def test_parse_errors(text: str, reason: str) -> None:
    result = parse_command(text)
    assert isinstance(result, CommandError) and result.reason.startswith(reason)


@pytest.mark.parametrize("text", [
    "", "Beste mevrouw,\n#afgehandeld gegrond", "> #gezien", "# gezien", "#1 klacht", "##",
])
def test_not_a_command(text: str) -> None:
    assert parse_command(text) is None
    assert not looks_like_command(text)


def test_parse_authentication_results() -> None:
    ar = parse_authentication_results(
        'mx.gro-up.nl 1; dkim=pass (good (nested) sig) header.d=gro-up.nl header.b="ab;c";'
        " spf=pass smtp.mailfrom=officer@gro-up.nl; dmarc=none"
    )
    assert ar is not None and ar.authserv_id == "mx.gro-up.nl"
    assert [(r.method, r.result) for r in ar.results] == [
        ("dkim", "pass"), ("spf", "pass"), ("dmarc", "none")]
    assert ar.results[0].prop("header.d") == "gro-up.nl"
    assert ar.results[0].prop("header.b") == "ab;c"
    assert parse_authentication_results("spf=pass smtp.mailfrom=x.nl") is None  # no authserv-id
    none = parse_authentication_results("mx.gro-up.nl; none")
    assert none is not None and none.results == ()


@pytest.mark.parametrize(("headers", "ok", "why"), [
    (("mx.gro-up.nl; dkim=pass header.d=gro-up.nl",), True, "dkim=pass"),
    (("mx.gro-up.nl; dkim=pass header.i=@gro-up.nl",), True, "dkim=pass"),
    (("mx.gro-up.nl; dkim=pass header.d=mail.gro-up.nl",), True, "dkim=pass"),
    (("MX.Gro-Up.NL; spf=pass smtp.mailfrom=Officer@Gro-Up.nl",), True, "spf=pass"),
    (("mx.gro-up.nl; spf=pass smtp.mailfrom=gro-up.nl",), True, "spf=pass"),
    (("mx.gro-up.nl; dkim=pass header.d=nl",), False, "no dkim/spf pass"),  # parent domain
    (("mx.gro-up.nl; dkim=pass header.d=evil-gro-up.nl",), False, "no dkim/spf pass"),
    (("mx.gro-up.nl; dkim=fail header.d=gro-up.nl; spf=fail smtp.mailfrom=gro-up.nl",), False,
     "no dkim/spf pass"),
    (("mx.gro-up.nl; dkim=pass (header.d=gro-up.nl) header.d=evil.example",), False,
     "no dkim/spf pass"),  # a comment is not a property
    (("evil.example; dkim=pass header.d=gro-up.nl",), False, "no trusted"),
    # the topmost trusted field decides; a forged pass below it does not count
    (("mx.gro-up.nl; dkim=none; spf=none", "mx.gro-up.nl; dkim=pass header.d=gro-up.nl"),
     False, "no dkim/spf pass"),
    ((), False, "no trusted"),
])
def test_authenticated(headers: tuple[str, ...], ok: bool, why: str) -> None:
    result = authenticated(headers, "officer@gro-up.nl", TRUSTED)
    assert result[0] is ok and result[1].startswith(why)


def test_authenticated_needs_a_trusted_id() -> None:
    headers = ("mx.gro-up.nl; dkim=pass header.d=gro-up.nl",)
    assert authenticated(headers, "officer@gro-up.nl", ()) == (
        False, "no trusted authserv-id configured")

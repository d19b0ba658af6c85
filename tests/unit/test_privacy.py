"""Unit tests of ``mailbot.privacy`` (DOMAIN §6)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailbot.privacy import BSN_PLACEHOLDER, elfproef, mask_address, redact_bsn

# 111222333: 9+8+7+2·(6+5+4)+3·(3+2) − 3 = 66 ≡ 0 (mod 11); 123456782: 165 ≡ 0 (mod 11)
VALID = ["111222333", "123456782", "999999990"]
INVALID = ["123456789", "111222334", "000000000"]


@pytest.mark.parametrize("bsn", VALID)
def test_elfproef_accepts_valid(bsn: str) -> None:
    assert elfproef(bsn)


@pytest.mark.parametrize("number", [*INVALID, "12345678", "1234567820", "12345678a", "١٢٣٤٥٦٧٨٢"])
def test_elfproef_rejects_invalid(number: str) -> None:
    assert not elfproef(number)


@pytest.mark.parametrize(
    "written", ["123456782", "123.456.782", "123 456 782", "BSN:123456782.", "(123456782)"]
)
def test_redacts_bsn_in_all_notations(written: str) -> None:
    out = redact_bsn(f"Mijn zoon heeft BSN {written} en is 4 jaar.")
    assert BSN_PLACEHOLDER in out
    assert "782" not in out


@pytest.mark.parametrize(
    "text",
    [
        "ordernummer 123456789",  # fails the 11-test
        "bel 0612345678",  # 10 digits
        "IBAN NL91ABNA0417164300",
        "reeks 1234567820",  # a valid BSN inside a longer number
        "mixed 123.456 782",  # inconsistent separators
        "datum 12.03.2026",
    ],
)
def test_leaves_other_numbers(text: str) -> None:
    assert redact_bsn(text) == text


def test_several_and_mixed() -> None:
    text = "a 111222333, b 123456789, c 123 456 782"
    assert redact_bsn(text) == f"a {BSN_PLACEHOLDER}, b 123456789, c {BSN_PLACEHOLDER}"


@given(st.text())
def test_redact_is_total_and_idempotent(text: str) -> None:
    once = redact_bsn(text)
    assert redact_bsn(once) == once


@pytest.mark.parametrize(
    ("addr", "masked"),
    [
        ("olga@example.nl", "o***@e***.nl"),
        ("<Jan.deVries@mail.gro-up.nl>", "J***@m***.nl"),
        ("nobody", "***"),
        ("@example.nl", "***"),
        ("", ""),
        ("a@localhost", "a***@l***"),
    ],
)
def test_mask_address(addr: str, masked: str) -> None:
    assert mask_address(addr) == masked


@given(st.text())
def test_mask_never_raises_and_hides_most(addr: str) -> None:
    out = mask_address(addr)
    assert len(out) <= max(len(addr) + 8, 12)

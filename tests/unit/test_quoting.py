"""Quoted history, signatures and disclaimers are stripped before triage (issue 3)."""

from mailbot.quoting import strip_quotes_and_signature as strip


def test_dutch_reply_header_cuts_history() -> None:
    text = (
        "Het is nog steeds niet opgelost.\n\n"
        "Op ma 3 mrt 2025 om 10:00 schreef Klachten <\nk@gro-up.nl>:\n> hij werd geslagen\n"
    )
    assert strip(text) == "Het is nog steeds niet opgelost."


def test_english_and_outlook_headers() -> None:
    assert strip("Thanks.\n\nOn Mon, 3 Mar 2025, Bob wrote:\n> abuse") == "Thanks."
    outlook = "Nieuw.\n\nFrom: A <a@x.nl>\nSent: Monday\nTo: b\nSubject: x\n\nmisbruik"
    assert strip(outlook) == "Nieuw."
    assert strip("Nieuw.\n-----Original Message-----\nmishandeling") == "Nieuw."


def test_quote_lines_dropped_and_signature_cut() -> None:
    text = "> oud\nnieuw bericht\n\nMet vriendelijke groet,\nJan Jansen\n06-12345678"
    assert strip(text) == "nieuw bericht"
    assert strip("tekst\n-- \nJan\nDisclaimer") == "tekst"
    assert strip("tekst\n\nVerzonden vanaf mijn iPhone") == "tekst"


def test_disclaimer_cut_in_second_half() -> None:
    text = "a\nb\nc\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Misbruik..."
    assert strip(text) == "a\nb\nc"


def test_forward_keeps_forwarded_content() -> None:
    text = (
        "Zie hieronder.\n\n---------- Forwarded message ---------\nVan: Piet <p@x.nl>\n"
        "Date: ma 1 jan\nSubject: klacht\nTo: a@b.nl\n\nDe kraamverzorgende kwam niet."
    )
    out = strip(text)
    assert "kraamverzorgende kwam niet" in out
    assert "Van:" not in out


def test_total_on_odd_input() -> None:
    assert strip("") == ""
    assert strip("\r\n\r\n") == ""
    assert strip("x" * 100_000) == "x" * 100_000
    assert strip("Best wel erg dit.") == "Best wel erg dit."

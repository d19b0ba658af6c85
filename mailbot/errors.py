"""The exception hierarchy: one class per distinct reaction (DESIGN §5 rule 6).

Expected outcomes (machine mail, duplicates, a rejected officer command) are return values,
not exceptions. Adapters translate library errors into these at the boundary.
"""


class MailbotError(Exception):
    """Base of every error mailbot raises on purpose."""


class ConfigError(MailbotError):
    """The configuration is invalid or incomplete: stop at start-up with a clear message."""


class TransientError(MailbotError):
    """Something outside us failed in a way that may heal (server down, 4xx, lock): retry later."""


class PermanentError(MailbotError):
    """Retrying cannot help (5xx, a message we cannot store): park it and tell a person."""

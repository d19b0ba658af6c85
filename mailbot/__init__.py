"""mailbot: the complaints-mailbox daemon of gro-up."""

__version__ = "0.1.0"

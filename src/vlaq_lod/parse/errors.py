"""The one error the parser raises, shaped so a person can jump straight to the fault."""

from __future__ import annotations


class ParseError(ValueError):
    """A document that cannot be read; ``str(error)`` is ``FILE:LINE: message`` like a compiler's.

    Every failure, from an impossible date to binary garbage, ends up here, so the CLI
    can report one document and carry on with the next without ever showing a traceback.
    """

    def __init__(self, source: str, line: int, message: str) -> None:
        super().__init__(f"{source}:{line}: {message}")
        self.source = source
        self.line = line
        self.message = message

"""Errors raised while reading a file: one class, one clear reason, never a traceback for users."""


class ReadError(Exception):
    """A file that cannot be read into a document. ``str(err)`` is the reason, for one line."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(reason)

    def __str__(self) -> str:  # the reason only; callers prefix the file
        return self.reason


class NeedsOCR(ReadError):
    """A PDF (or page set) with no usable text layer."""

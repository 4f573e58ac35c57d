"""Errors a user can act on: each message names what is wrong and what to do."""


class IngestError(Exception):
    """A file that cannot be ingested; the batch goes on without it."""

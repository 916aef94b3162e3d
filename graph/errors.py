"""Errors with codes, so a message can be searched for and tested exactly."""
from __future__ import annotations


class ClaimsgraphError(Exception):
    """Base of every error the CLI turns into ``Error: ...`` and exit 1."""

    code = "E000"

    def __init__(self, message: str, path: str | None = None):
        self.path = path
        self.message = message
        prefix = f"{path}: " if path else ""
        super().__init__(f"{prefix}[{self.code}] {message}")

    def __reduce__(self):
        """Pickled as its parts, so an error raised in a worker process reads the same in its parent."""
        return type(self), (self.message, self.path)


class InputRefused(ClaimsgraphError):
    """A corpus file that cannot be read as an article."""

    code = "E010"


class EmptyInput(InputRefused):
    code = "E011"


class BinaryInput(InputRefused):
    code = "E012"


class UndecodableInput(InputRefused):
    code = "E013"


class TooLarge(InputRefused):
    code = "E014"


class NoArticleText(InputRefused):
    code = "E015"


class DuplicateName(InputRefused):
    code = "E016"


class ExtractionFailed(ClaimsgraphError):
    """A bug met while extracting one document: that document is skipped, not the corpus."""

    code = "E090"


class CorpusNotFound(ClaimsgraphError):
    code = "E020"


class GraphNotBuilt(ClaimsgraphError):
    code = "E030"


class QueryError(ClaimsgraphError):
    code = "E040"


class QueryTooLarge(QueryError):
    code = "E041"


class QueryTooDeep(QueryError):
    code = "E042"


class QueryRefused(QueryError):
    """SERVICE or LOAD: the query would make this machine fetch a URL."""

    code = "E043"


class QuerySyntaxError(QueryError):
    code = "E044"


class QueryTimedOut(QueryError):
    code = "E045"


class QueryCrashed(QueryError):
    """The worker running the query died (memory cap, or a crash inside the engine)."""

    code = "E046"


class QueryBusy(QueryError):
    code = "E047"


class FormatRefused(QueryError):
    """No format asked for suits the query's form (the endpoint answers 406)."""

    code = "E048"


class ServeError(ClaimsgraphError):
    code = "E100"


class OntologyError(ClaimsgraphError):
    code = "E050"


class PushError(ClaimsgraphError):
    """The store could not be reached, or refused a request."""

    code = "E070"


class OutputError(ClaimsgraphError):
    code = "E080"


class OutputLocked(OutputError):
    """Another build is writing the same output folder."""

    code = "E081"


class GoldError(ClaimsgraphError):
    code = "E060"

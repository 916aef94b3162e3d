"""Errors with codes, so a message can be searched for and tested exactly."""
from __future__ import annotations

import unicodedata


class ClaimsgraphError(Exception):
    """Base of every error the CLI turns into ``Error: ...`` and exit 1."""

    code = "E000"

    def __init__(self, message: str, path: str | None = None):
        self.path = path
        self.message = message
        prefix = f"{printable(path)}: " if path else ""
        super().__init__(f"{prefix}[{self.code}] {message}")

    def __reduce__(self):
        """Pickled as its parts, so an error raised in a worker process reads the same in its parent."""
        return type(self), (self.message, self.path)


UNPRINTABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})   # controls, format, unassigned, breaks


def printable(text: str) -> str:
    """Text safe to print on one terminal line: controls, line breaks, bidi marks escaped as ``\\x1b``.

    A file name may hold escape sequences, newlines or bytes that are not
    UTF-8 (held as lone surrogates by ``os.fsdecode``); printed raw they would
    rewrite the terminal or stop the print with an encoding error.
    """
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:            # an undecodable byte of a file name
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(ch) in UNPRINTABLE:
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)


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


class UnreadableInput(InputRefused):
    """A file or folder the operating system refuses to read (permissions, I/O error)."""

    code = "E017"


class OutsideCorpus(InputRefused):
    """A symbolic link in the corpus folder that points outside it."""

    code = "E018"


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


class PartialPush(PushError):
    """A push that stopped half way: which graphs the server has from it and which not."""

    def __init__(self, message: str, written: list[str], failed: str, not_written: list[str]):
        self.written, self.failed, self.not_written = tuple(written), failed, tuple(not_written)
        total = len(written) + 1 + len(not_written)
        if written:
            done = f"{len(written)} of {total} graphs were written, the last <{written[-1]}>"
        else:
            done = f"none of the {total} graphs was written"
        rest = f" and the {len(not_written)} after it" if not_written else ""
        super().__init__(f"{message}\n{done}; <{failed}>{rest} not, or not completely; "
                         "push again to finish (graphs go in IRI order)")


class OutputError(ClaimsgraphError):
    code = "E080"


class OutputLocked(OutputError):
    """Another build is writing the same output folder."""

    code = "E081"


class GoldError(ClaimsgraphError):
    code = "E060"

"""The build output folder as one unit: staged beside it, switched in by one atomic rename.

A build writes everything (store, Turtle, TriG, page, manifest) into a fresh
sibling folder ``.NAME.claimsgraph-new-XXXX`` and then exchanges it with NAME
in a single ``renameat2(RENAME_EXCHANGE)``: a reader that opens NAME sees the
old build or the new one, never a mix, and no build changes a folder
once it is switched in. The old build then sits at the staging name and is
deleted. NAME stays a plain folder of plain files, so it can be committed and
browsed like any other.

A lock file ``.NAME.claimsgraph-lock`` held with ``flock`` refuses a second
build into the same folder; the kernel releases it when the process dies, so
a killed build never leaves a stale lock. Whatever a killed build left beside
NAME is deleted by the next build, under the lock.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import OutputError, OutputLocked

# What a build writes; a folder holding anything else is not replaced.
BUILD_ENTRIES = frozenset({"claims.ttl", "claims.trig", "graph.html", "manifest.json", "store", "cache"})
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class OutputTransaction:
    """``with OutputTransaction(out) as tx:`` write into ``tx.path``, then ``tx.commit()``.

    Entering checks the folder and takes the lock, before any work is done;
    leaving without a commit deletes the staged folder and leaves NAME as it was.
    """

    def __init__(self, out: Path, checkpoint: Callable[[str], None] = lambda point: None):
        self.out = Path(out).absolute()
        self.checkpoint = checkpoint
        self.path: Path | None = None
        self._lock_fd: int | None = None

    def __enter__(self) -> OutputTransaction:
        check_output(self.out)
        self._lock()
        try:
            self._clean_leftovers()
            self.path = Path(tempfile.mkdtemp(prefix=self._sibling("new-"), dir=self.out.parent))
            self.path.chmod(0o777 & ~current_umask())
        except OSError as e:
            self._unlock()
            raise OutputError(f"cannot write here: {e.strerror or e}", path=str(self.out)) from None
        return self

    def commit(self) -> None:
        """Switch the staged folder in, in one step, and delete the build it replaced."""
        assert self.path is not None
        _fsync_tree(self.path)
        try:
            if self.out.exists():
                _exchange(self.path, self.out)
            else:
                os.rename(self.path, self.out)
        except OSError as e:
            raise OutputError(f"cannot switch the new build in: {e.strerror or e}", path=str(self.out)) from None
        _fsync_dir(self.out.parent)
        self.checkpoint("switched")
        if self.path.exists():   # the previous build, now at the staging name
            shutil.rmtree(self.path, ignore_errors=True)
        self.path = None

    def __exit__(self, *exc) -> None:
        try:
            if self.path is not None:
                shutil.rmtree(self.path, ignore_errors=True)
        finally:
            self._unlock()

    def _sibling(self, what: str) -> str:
        return f".{self.out.name}.claimsgraph-{what}"

    def _lock(self) -> None:
        lock = self.out.parent / self._sibling("lock")
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise OutputError(f"cannot write here: {e.strerror or e}", path=str(self.out)) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise OutputLocked(f"another build (process {holder}) is writing this folder; "
                               "wait for it to end", path=str(self.out)) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._lock_fd = fd

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)   # releases the flock
            self._lock_fd = None

    def _clean_leftovers(self) -> None:
        """Delete what killed builds left beside the folder; restore it if one died mid-switch."""
        if not self.out.exists():
            for old in sorted(self.out.parent.glob(self._sibling("old-*"))):
                os.rename(old, self.out)   # killed between the two renames of the fallback switch
                break
        for pattern in ("new-*", "old-*"):
            for leftover in self.out.parent.glob(self._sibling(pattern)):
                shutil.rmtree(leftover, ignore_errors=True)


def current_umask() -> int:
    """The process's umask (reading it means setting it: set back at once)."""
    umask = os.umask(0)
    os.umask(umask)
    return umask


def check_output(out: Path) -> None:
    """Refuse, before any work, what cannot take a build: a file, a folder holding things a
    build did not write (they would be deleted), or a place under a file or an unwritable folder."""
    out = Path(out).absolute()
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise OutputError("is a file, not a folder; give a folder for the build", path=str(out))
    parent = next(p for p in out.parents if p.exists())   # the root at least exists
    if not parent.is_dir():
        raise OutputError(f"cannot write here: {parent} is a file, not a folder", path=str(out))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write here: no permission to write in {parent}", path=str(out))
    if out.is_dir():
        try:
            foreign = sorted(n for n in os.listdir(out) if n not in BUILD_ENTRIES and not _old_temp_file(n))
        except OSError as e:
            raise OutputError(f"cannot read this folder: {e.strerror or e}", path=str(out)) from None
        if foreign:
            shown = ", ".join(repr(n) for n in foreign[:5]) + (", ..." if len(foreign) > 5 else "")
            raise OutputError(f"holds files a build did not write ({shown}); a build replaces the whole "
                              "folder, so give an empty or new one", path=str(out))


def _old_temp_file(name: str) -> bool:
    """Temporary files of builds before the switch was atomic: `.claims.ttl.XXXX` and the like."""
    return any(name.startswith(f".{entry}.") for entry in BUILD_ENTRIES)


def _exchange(a: Path, b: Path) -> None:
    """Swap two paths atomically; where the kernel or file system cannot, two renames."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is not None:
        if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
            raise OSError(code, os.strerror(code), str(b))
    # Not atomic: a reader may find no folder for a moment; a build killed in between
    # is repaired by the next one (OutputTransaction._clean_leftovers).
    old = Path(tempfile.mkdtemp(prefix=f".{b.name}.claimsgraph-old-", dir=b.parent))
    os.rename(b, old)
    os.rename(a, b)
    os.rename(old, a)


def _fsync_tree(root: Path) -> None:
    """Everything on disk before the switch, so a crash cannot switch in empty files."""
    for folder, _, files in os.walk(root):
        for name in files:
            fd = os.open(os.path.join(folder, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(Path(folder))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

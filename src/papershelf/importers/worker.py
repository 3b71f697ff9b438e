"""Parsing a large listing in a second process while this one writes the library.

Parsing is pure Python (~0.14 ms a paper), and so is a good part of writing. A thread shares
the writer's GIL (measured 10% slower than no thread); a process parses on another core, and
the records cross over in pickled batches through a pipe. The pipe's small buffer holds the
parser back when the writer is slower, so memory stays flat.

The child is `python -m papershelf.importers.worker PATH ENCODING LAYOUT PREPARE`; it writes pickled
messages to its stdout: ("layout", name), then ("records", batch, bytes read, new warnings)
for each batch, then ("end", ...), or ("error", exception) at any point.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import pickle
import queue
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable, Generator
from pathlib import Path
from typing import IO, Any

from papershelf.core.batching import batched
from papershelf.core.errors import ImportFailed, printable_name
from papershelf.core.records import PaperRecord, ParseWarning
from papershelf.importers import RecordStream, stream_file
from papershelf.importers.decode import ReadCounter

# Below this size starting a process (~0.1 s) costs more than parsing beside the writer saves.
PROCESS_MIN_BYTES = 4 * 2**20
BATCH = 500
AHEAD = 8  # batches the writer may fall behind by
READER_THREAD = "papershelf-parse-reader"


class ParserStopped(ImportFailed):
    """The parsing process ended without saying why (killed, out of memory)."""


def stream_file_beside(
    path: Path,
    encoding: str,
    *,
    layout: str | None = None,
    counter: ReadCounter | None = None,
    prepare: str = "",
) -> RecordStream:
    """Like `stream_file`, with the parsing done by a child process.

    `prepare` names a function ("module:function") the child applies to each record and keeps
    in `record.prepared`: the writer's own per-record work, done on the other core. The
    importers know nothing of the store; the library names the store's function here.
    Call `close()` on the stream when done: it stops the child if the records were not all read.
    """
    child = subprocess.Popen(
        [sys.executable, "-m", __name__, str(path), encoding, layout or "", prepare],
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=_child_environment(),
    )
    assert child.stdout is not None
    try:
        layout_found = _receive(child, str(path))[1]
    except ImportFailed:  # the child said why and is ending by itself
        _stop(child, gently=True)
        raise
    except BaseException:
        _stop(child)
        raise
    warnings: list[ParseWarning] = []
    records = _records(child, str(path), warnings, counter or ReadCounter())

    def close() -> None:
        records.close()  # a started reader is drained and joined now, not when collected
        _stop(child)

    return RecordStream(printable_name(str(path)), layout_found, records, warnings, close=close)


def _child_environment() -> dict[str, str]:
    # The child must import this very copy of the package, installed or not.
    package_root = str(Path(__file__).resolve().parents[2])
    paths = [package_root, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def _records(
    child: subprocess.Popen[bytes], name: str, warnings: list[ParseWarning], counter: ReadCounter
) -> Generator[PaperRecord]:
    # A thread empties the pipe as batches arrive, so the child parses ahead while the writer
    # works; read only on demand, the child would wait on the pipe for every other batch.
    arrived: queue.Queue[tuple[Any, ...] | BaseException] = queue.Queue(maxsize=AHEAD)
    reader = threading.Thread(
        target=_read_ahead, args=(child, name, arrived), daemon=True, name=READER_THREAD
    )
    reader.start()
    told_all = False
    try:
        while True:
            message = arrived.get()
            if isinstance(message, BaseException):
                told_all = isinstance(message, ImportFailed)
                raise message
            kind, batch, done, new_warnings = message
            counter.done = done
            warnings.extend(new_warnings)
            yield from batch
            if kind == "end":
                told_all = True
                break
    finally:
        if not told_all and child.poll() is None:
            child.kill()  # the reader then meets the pipe's end
        while reader.is_alive():  # it may wait to hand over a batch nobody will take
            with contextlib.suppress(queue.Empty):
                arrived.get(timeout=0.05)
        _stop(child, gently=told_all)


def _read_ahead(
    child: subprocess.Popen[bytes],
    name: str,
    arrived: queue.Queue[tuple[Any, ...] | BaseException],
) -> None:
    while True:
        try:
            message = _receive(child, name)
        except (ValueError, OSError):  # the pipe was closed: the writer stopped
            return
        except BaseException as error:
            arrived.put(error)
            return
        arrived.put(message)
        if message[0] == "end":
            return


def _receive(child: subprocess.Popen[bytes], name: str) -> tuple[Any, ...]:
    assert child.stdout is not None
    try:
        message: tuple[Any, ...] = pickle.load(child.stdout)
    except (EOFError, pickle.UnpicklingError):  # a child killed mid-message leaves half of it
        code = child.wait()
        raise ParserStopped(name, f"the parsing process stopped (exit code {code})") from None
    if message[0] == "error":
        raise message[1]
    return message


def _stop(child: subprocess.Popen[bytes], *, gently: bool = False) -> None:
    """Reap the child; one that sent its last message gets a moment to exit by itself."""
    if gently:
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=5)
    if child.poll() is None:
        child.kill()
    child.wait()
    if child.stdout is not None:
        child.stdout.close()


# -- the child ------------------------------------------------------------------------------


def _parse_into(
    out: IO[bytes], path: Path, encoding: str, layout: str | None, prepare: str
) -> None:
    counter = ReadCounter()

    def send(*message: object) -> None:
        pickle.dump(message, out, protocol=pickle.HIGHEST_PROTOCOL)

    try:
        work = _function(prepare) if prepare else None
        stream = stream_file(path, encoding, layout=layout, counter=counter)
        send("layout", stream.layout)
        told = 0
        for batch in batched(stream.records, BATCH):
            if work is not None:
                for record in batch:
                    record.prepared = work(record)
            send("records", batch, counter.done, stream.warnings[told:])
            told = len(stream.warnings)
        send("end", [], counter.done, stream.warnings[told:])
    except BrokenPipeError:  # the writer stopped reading: cancelled or failed
        return
    except Exception as error:
        send("error", _portable(error))
    out.flush()


def _function(name: str) -> Callable[[PaperRecord], Any]:
    module, _, function = name.partition(":")
    found: Callable[[PaperRecord], Any] = getattr(importlib.import_module(module), function)
    return found


def _portable(error: Exception) -> Exception:
    """The exception itself if it survives pickling, else its traceback as text."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError("".join(traceback.format_exception(error)))
    return error


def main(argv: list[str]) -> int:
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but messages may reach the pipe
    path, encoding, layout, prepare = argv
    # Parsing makes no reference cycles: reference counting frees all it drops, and the cycle
    # collector would only walk the entries kept for crossrefs again and again (~10% of the
    # parsing time of a 10k-entry .bib, more as the file grows).
    gc.disable()
    with contextlib.suppress(BrokenPipeError):
        _parse_into(out, Path(path), encoding, layout or None, prepare)
    return 0


__all__ = ["PROCESS_MIN_BYTES", "ParserStopped", "stream_file_beside"]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

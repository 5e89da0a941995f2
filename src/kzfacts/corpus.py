"""The only code that reads corpus files: where the corpus is, which files, their text and metadata."""

from __future__ import annotations

import os
from array import array
from pathlib import Path
from typing import NamedTuple

from kzfacts.formats import HTML_SUFFIXES, SUFFIXES, Document, FormatError, parse
from kzfacts.version import blake2b

ENV_VAR = "KZFACTS_CORPUS"
METADATA_FILE = "sources.toml"
SAVED_PAGE_FOLDER = "_files"  # a browser's "Save page as" puts the page's images and scripts in NAME_files/
MAX_FILE_BYTES = 50 * 1024 * 1024


class CorpusError(Exception):
    """A corpus that cannot be used; the message is one line for the user."""


class CorpusFile(NamedTuple):
    path: str  # corpus-relative, with forward slashes
    abspath: str
    size: int
    mtime_ns: int


def bundled_corpus() -> Path:
    """The corpus shipped inside the package (or, in a source checkout, the repo's corpus/)."""
    packaged = Path(__file__).resolve().parent / "corpus"  # placed there by the wheel build
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "corpus"


def resolve_corpus(option: str | os.PathLike | None = None) -> Path:
    """--corpus, else $KZFACTS_CORPUS, else the bundled corpus; checked to be a readable folder."""
    if option is not None and not str(option).strip():
        raise CorpusError("--corpus needs a folder; it was given an empty name")
    chosen = option or os.environ.get(ENV_VAR) or bundled_corpus()
    path = Path(chosen).expanduser()
    if not path.exists():
        raise CorpusError(f"corpus folder not found: {path}")
    if not path.is_dir():
        raise CorpusError(f"corpus must be a folder of .txt articles, not a file: {path}")
    return path.resolve()


def discover(root: Path, problems: list[str] | None = None) -> list[CorpusFile]:
    """Article files under root, sorted by relative path; hidden files and folders, and the NAME_files/
    folder of a saved page NAME.html, are skipped.

    A folder that cannot be read, a folder reached twice through links, or a file name that is not
    valid text is left out, with a one-line message in `problems`. Uses os.scandir and plain strings:
    every command stats every file, so this is on every command's path.
    """
    problems = problems if problems is not None else []
    found: list[CorpusFile] = []
    pages: set[str] = set()  # saved pages seen, whose NAME_files/ folders are not articles
    seen: set[str] = set()
    stack = [("", str(root))]
    while stack:
        prefix, folder = stack.pop()
        real = os.path.realpath(folder)
        if real in seen:
            problems.append(f"{prefix or '.'}: a link back to a folder already read, skipped")
            continue
        seen.add(real)
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    name = entry.name
                    if name.startswith("."):
                        continue
                    try:
                        is_dir = entry.is_dir()
                        is_file = not is_dir and name.lower().endswith(SUFFIXES) and entry.is_file()
                        st = entry.stat() if is_file else None
                    except OSError:
                        continue  # a dangling link or a file gone since the listing
                    if is_dir or is_file:
                        if not _printable(name):
                            problems.append(f"{_shown(prefix + name)}: the name is not valid UTF-8, skipped")
                        elif is_dir:
                            if name.endswith(SAVED_PAGE_FOLDER):
                                pages.add(prefix + name)
                            stack.append((f"{prefix}{name}/", entry.path))
                        else:
                            found.append(CorpusFile(prefix + name, entry.path, st.st_size, st.st_mtime_ns))
        except OSError as exc:
            if not prefix:
                raise CorpusError(f"cannot read corpus folder {root}: {exc.strerror}") from None
            problems.append(f"{_shown(prefix)}: cannot read this folder ({exc.strerror}), skipped")
    if pages:  # a saved page's own folder holds its parts (frames, scripts), not articles
        names = {f.path for f in found}
        stem = len(SAVED_PAGE_FOLDER)
        saved = {p for p in pages if any(p[:-stem] + suffix in names for suffix in HTML_SUFFIXES)}
        found = [f for f in found if not _inside(f.path, saved)]
    found.sort(key=lambda f: f.path)
    return found


def _inside(path: str, folders: set[str]) -> bool:
    parts = path.split("/")[:-1]
    return any("/".join(parts[: i + 1]) in folders for i in range(len(parts)))


def _printable(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False  # undecodable bytes (os.fsdecode's surrogates)
    return True


def _shown(name: str) -> str:
    return name.encode("utf-8", "backslashreplace").decode("utf-8")


def read_bytes(file: CorpusFile) -> bytes:
    if file.size is not None and file.size > MAX_FILE_BYTES:
        raise CorpusError(f"{file.path}: larger than {MAX_FILE_BYTES // 2**20} MB, skipped")
    try:
        with open(file.abspath, "rb") as fh:
            return fh.read()
    except FileNotFoundError:  # listed, then removed or renamed before it could be read
        raise CorpusError(f"{file.path}: disappeared before it could be read, skipped") from None
    except OSError as exc:
        raise CorpusError(f"{file.path}: cannot read ({exc.strerror}), skipped") from None


def read_document(file: CorpusFile, data: bytes | None = None) -> Document:
    """The file's text as citations count it, its articles and their metadata (see formats.py)."""
    try:
        return parse(file.path, read_bytes(file) if data is None else data)
    except FormatError as exc:
        raise CorpusError(f"{file.path}: {exc}, skipped") from None


def read_text(file: CorpusFile) -> str:
    """The text records' offsets count in: a plain file's text as `open()` reads it (after its
    byte-order mark, in its encoding), or the article text taken from a page or JSON Lines file."""
    return read_document(file).text


def signature(files: list[CorpusFile]) -> str:
    """One hash of every file's path, size and mtime: equal signatures mean nothing changed."""
    digest = blake2b(digest_size=16)
    digest.update("\0".join([f.path for f in files]).encode("utf-8", "surrogateescape"))
    digest.update(array("q", [n for f in files for n in (f.size, f.mtime_ns)]).tobytes())
    return digest.hexdigest()


def content_hash(data: bytes) -> str:
    """Of a file's bytes: equal hashes mean the same content, whatever its format."""
    return blake2b(data, digest_size=16).hexdigest()


def metadata_stamp(root: Path) -> str:
    """Size and modification time of sources.toml ("-" when there is none)."""
    try:
        st = os.stat(root / METADATA_FILE)
    except OSError:
        return "-"
    return f"{st.st_size}.{st.st_mtime_ns}"


def load_metadata(root: Path) -> dict[str, dict]:
    """sources.toml: per-file title/date/author/publisher; empty values are dropped."""
    meta_path = root / METADATA_FILE
    if not meta_path.is_file():
        return {}
    import tomllib

    try:
        data = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise CorpusError(f"{meta_path}: cannot read metadata ({exc})") from None
    return {
        name: {k: v for k, v in fields.items() if isinstance(v, str) and v.strip()}
        for name, fields in data.items()
        if isinstance(fields, dict)
    }

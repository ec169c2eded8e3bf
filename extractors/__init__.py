"""Pure extractors: str in, dataclasses out. They never open a file, a store or an index."""
from .models import Extraction, Figure, FigureKind, Reference
from .figures import find_figures
from .references import find_references
from .symbols import canonical_number, number_key



# Modules that link stored extractions rather than produce them: changing them re-links (index/links.py
# fingerprints them), it does not re-read the corpus.
_LINKING = {"resolve.py", "checks.py", "progress.py"}


def _version() -> str:
    """'0.1.0+<hash>': the hash of the reading and extracting code and data, so that a build
    re-extracts every stored document whenever either changes."""
    import hashlib
    from pathlib import Path

    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for pkg in (here, here.parent / "corpus"):
        for f in sorted(pkg.rglob("*")):
            if f.suffix in (".py", ".json", ".txt") and "__pycache__" not in f.parts and f.name not in _LINKING:
                h.update(f.name.encode())
                h.update(f.read_bytes())
    return "0.1.0+" + h.hexdigest()[:12]


EXTRACTOR_VERSION = _version()


def extract(text: str, metadata=None) -> Extraction:
    """References and figures of one normalized text."""
    return Extraction(references=find_references(text, metadata), figures=find_figures(text, metadata))


__all__ = ["EXTRACTOR_VERSION", "Extraction", "Figure", "FigureKind", "Reference", "canonical_number",
           "extract", "find_figures", "find_references", "number_key"]

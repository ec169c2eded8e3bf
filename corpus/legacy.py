"""Vietnamese typed in the legacy 8-bit encodings TCVN3 (ABC, ``.VnTime`` fonts) and VNI
(``VNI-Times`` fonts) back to Unicode NFC.

Such text reaches us as the Windows-1252 characters the legacy font draws for each byte:
``Céng hßa x· héi chñ nghÜa ViÖt Nam`` (TCVN3), ``Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam``
(VNI). The mapping tables are data (``data/legacy_encodings.json``, with examples). Text is
converted only when it carries no Unicode-only Vietnamese letter and its conversion turns
markedly more words into real Vietnamese syllables: Unicode text, including Unicode typed in a
``.VnTime`` font (common in .docx templates), is never touched.
"""
from __future__ import annotations

import codecs
import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable

# Letters Windows-1252 cannot show: a text with a fair share of them is Unicode Vietnamese.
UNICODE_ONLY = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
                          "\u1ea0-\u1ef9]")
SAMPLE = 20_000  # characters looked at to decide; the decision holds for the whole text
GAIN = 0.10  # share of words that must become real syllables before a text is converted
WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Encoding:
    name: str
    title: str
    fonts: re.Pattern
    capital_fonts: re.Pattern | None
    to_unicode: dict[str, str]  # legacy string -> Unicode letter
    examples: tuple[tuple[str, str], ...]  # (unicode, legacy)

    def decode(self, text: str) -> str:
        """Legacy text to Unicode NFC (every character converted, no detection)."""
        out = unicodedata.normalize("NFC", _pattern(self.name).sub(lambda m: self.to_unicode[m.group()], text))
        return _restore_u(out) if self.name == "tcvn3" else out

    def encode(self, text: str) -> str:
        """Unicode to legacy text (for tests and examples); letters without a code stay as they are."""
        back = {u: v for v, u in self.to_unicode.items()}
        return "".join(back.get(c, c) for c in unicodedata.normalize("NFC", text))


@lru_cache(maxsize=1)
def encodings() -> dict[str, Encoding]:
    data = json.loads(resources.files("corpus").joinpath("data/legacy_encodings.json").read_text("utf-8"))
    return {e["name"]: Encoding(
        name=e["name"], title=e["title"], fonts=re.compile(e["fonts"], re.I),
        capital_fonts=re.compile(e["capital_fonts"], re.I) if e["capital_fonts"] else None,
        to_unicode={v: u for u, v in e["map"].items()},
        examples=tuple((x["unicode"], x["legacy"]) for x in e["examples"])) for e in data}


# TCVN3 "ư" is byte 0xAD, a soft hyphen to every other program: antiword drops it, and so does a PDF
# made by a program that does not draw soft hyphens ("tíng" -> "tớng" for "tướng").
_LOST_U = re.compile(r"(?i)\b([b-df-hj-np-tv-zđ]+)([ơớờởỡợ][^\W\d_]*)")


def _restore_u(text: str) -> str:
    """Put back an "ư" lost before "ơ" where that alone makes a word a Vietnamese syllable."""
    known = syllables()

    def fix(m: re.Match) -> str:
        word = m.group()
        if word.lower() in known:
            return word
        u = "Ư" if m.group(2)[0].isupper() else "ư"
        fixed = m.group(1) + u + m.group(2)
        return fixed if fixed.lower() in known else word

    return _LOST_U.sub(fix, text)


@lru_cache(maxsize=4)
def _pattern(name: str) -> re.Pattern:
    keys = sorted(encodings()[name].to_unicode, key=len, reverse=True)  # "oä" (ộ) before "ô" (ơ)
    return re.compile("|".join(map(re.escape, keys)))


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Vietnamese syllables (lower case, NFC) from the word list underthesea ships (Viet74K)."""
    spec = importlib.util.find_spec("underthesea")
    words: set[str] = set()
    if spec and spec.submodule_search_locations:
        path = Path(next(iter(spec.submodule_search_locations))) / "corpus" / "data" / "Viet74K.txt"
        if path.exists():
            for line in path.read_text("utf-8").splitlines():
                words.update(unicodedata.normalize("NFC", line.lower()).split())
    return frozenset(w for w in words if WORD.fullmatch(w))


def syllable_share(text: str) -> float:
    """Share of the words of ``text`` that are Vietnamese syllables (0 when it has no words)."""
    words = WORD.findall(text.lower())
    if not words:
        return 0.0
    known = syllables()
    return sum(w in known for w in words) / len(words)


def _legacy_part(text: str) -> str:
    """The lines of ``text`` that could be legacy text: those without a Unicode-only letter."""
    return "".join(line for line in text[:SAMPLE].splitlines(keepends=True) if not UNICODE_ONLY.search(line))


def detect(text: str) -> str | None:
    """'tcvn3' or 'vni' when ``text`` is (mostly) in that legacy encoding, else None (Unicode, or too
    little evidence). Lines with a Unicode-only letter are Unicode and are left out of the decision."""
    sample = _legacy_part(text)
    if sum(ch.isalpha() for ch in sample) < 8:
        return None
    base = syllable_share(sample)
    best, name = max((syllable_share(e.decode(sample)), e.name) for e in encodings().values())
    return name if best >= base + GAIN and best >= 0.5 else None


def decode_lines(text: str, name: str) -> str:
    """``text`` decoded from the legacy encoding ``name``, except lines already in Unicode (a line
    with a Unicode-only letter: a mixed document, or a note typed later)."""
    enc = encodings()[name]
    return "".join(line if UNICODE_ONLY.search(line) else enc.decode(line) for line in text.splitlines(keepends=True))


def fix_text(text: str) -> tuple[str, str | None]:
    """(text in Unicode, the legacy encoding it was in or None). Unicode text comes back unchanged."""
    name = detect(text)
    return (decode_lines(text, name), name) if name else (text, None)


def sniff_utf8(path) -> str | None:
    """The legacy encoding of a UTF-8 text file holding TCVN3/VNI mojibake ("Céng hßa x· héi" saved
    as UTF-8), from its first bytes; None for anything else (Unicode text, or bytes that are not UTF-8)."""
    with open(path, "rb") as f:
        head = f.read(SAMPLE * 2)
    try:
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(head)  # a cut last letter waits
    except UnicodeDecodeError:
        return None
    return detect(text)


def fix_pages(pages: list[str]) -> tuple[list[str], str | None]:
    """The pages of one document (a PDF text layer), converted together when the document as a whole
    is in a legacy encoding."""
    name = detect("\n".join(pages)[:SAMPLE])
    return ([decode_lines(p, name) for p in pages], name) if name else (pages, None)


def _cp1252_errors(err: UnicodeDecodeError):
    # 0x81, 0x8D, 0x8F, 0x90, 0x9D have no Windows-1252 character: keep them as Latin-1.
    return err.object[err.start:err.end].decode("latin-1"), err.end


codecs.register_error("vanban-latin1", _cp1252_errors)


def decode_bytes(data: bytes) -> tuple[str, str] | None:
    """Bytes of a file typed in TCVN3 or VNI: (Unicode text, encoding name), or None when they are
    not. Call it after UTF-8 fails and before trying Windows-1258, which would accept them."""
    text = data.decode("cp1252", errors="vanban-latin1")
    name = detect(text)
    return (encodings()[name].decode(text), name) if name else None


def detect_bytes(data: bytes) -> str | None:
    """The codec name (``vanban-tcvn3``, ``vanban-vni``) for the first bytes of a file typed in a
    legacy encoding, else None. Call it after UTF-8 fails and before trying Windows-1258, which would
    accept such bytes and give nonsense."""
    name = detect(data[:SAMPLE].decode("cp1252", errors="vanban-latin1"))
    return f"vanban-{name}" if name else None


class _IncrementalDecoder(codecs.IncrementalDecoder):
    """Streams legacy bytes to Unicode; the last character of a chunk waits for the next one, since
    a VNI letter is a base character and a mark ("o" + "ä" = "ộ")."""

    encoding_name = ""

    def __init__(self, errors: str = "strict"):
        super().__init__(errors)
        self.pending = ""

    def decode(self, data: bytes, final: bool = False) -> str:
        text = self.pending + bytes(data).decode("cp1252", errors="vanban-latin1")
        self.pending = "" if final or not text else text[-1]
        text = text if final or not text else text[:-1]
        return encodings()[self.encoding_name].decode(text)

    def reset(self) -> None:
        self.pending = ""

    def getstate(self):
        return (self.pending.encode("utf-8"), 0)

    def setstate(self, state) -> None:
        self.pending = state[0].decode("utf-8")


def _codec(name: str) -> codecs.CodecInfo | None:
    if not name.startswith("vanban_") and not name.startswith("vanban-"):
        return None
    enc = name[len("vanban-"):]
    if enc not in ("tcvn3", "vni"):
        return None

    def decode(data, errors="strict"):
        return encodings()[enc].decode(bytes(data).decode("cp1252", errors="vanban-latin1")), len(data)

    def encode(text, errors="strict"):
        return encodings()[enc].encode(text).encode("cp1252", errors="replace"), len(text)

    class Encoder(codecs.IncrementalEncoder):
        def encode(self, text, final=False):
            return encode(text)[0]

    decoder = type(f"{enc}Decoder", (_IncrementalDecoder,), {"encoding_name": enc})
    return codecs.CodecInfo(encode, decode, name=f"vanban-{enc}", incrementalencoder=Encoder,
                            incrementaldecoder=decoder)


codecs.register(_codec)


def font_encoding(font: str | None) -> str | None:
    """The legacy encoding a font name implies: '.VnTime' -> 'tcvn3', 'VNI-Times' -> 'vni'."""
    if font:
        for e in encodings().values():
            if e.fonts.search(font):
                return e.name
    return None


def convert_runs(runs: Iterable[tuple[str, str | None]]) -> list[str] | None:
    """The text of word-processor runs ``(text, font)`` with the runs in legacy fonts converted, or
    None when nothing needs converting. The decision is taken over all legacy-font runs together
    (a run of three letters says nothing), so Unicode typed in a ``.VnTime`` font stays as it is.
    Runs in capital fonts (``.VnTimeH``) come out in capitals."""
    runs = list(runs)
    by_enc: dict[str, list[int]] = {}
    for i, (_, font) in enumerate(runs):
        name = font_encoding(font)
        if name:
            by_enc.setdefault(name, []).append(i)
    out = [t for t, _ in runs]
    changed = False
    for name, idx in by_enc.items():
        enc = encodings()[name]
        idx = [i for i in idx if not UNICODE_ONLY.search(runs[i][0])]  # Unicode typed in a legacy font
        joined = " ".join(runs[i][0] for i in idx)[:SAMPLE]
        if sum(ch.isalpha() for ch in joined) < 8:
            continue
        if syllable_share(enc.decode(joined)) < max(syllable_share(joined) + GAIN, 0.5):
            continue
        for i in idx:
            text, font = runs[i]
            new = enc.decode(text)
            out[i] = new.upper() if enc.capital_fonts and enc.capital_fonts.search(font or "") else new
        changed = True
    return out if changed else None


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_converter(document) -> Callable[[object], str] | None:
    """For a python-docx Document with runs in legacy fonts that need converting: a function
    ``paragraph -> text`` to use instead of ``paragraph.text``; None otherwise (the usual case,
    found by one look at the font names, so it costs nothing on Unicode documents)."""
    from docx.text.run import Run

    styles = document.styles.element
    body = document.element.body
    names = {el.get(f"{W}ascii") or el.get(f"{W}hAnsi") for root in (styles, body) for el in root.iter(f"{W}rFonts")}
    if not any(font_encoding(f) for f in names):
        return None
    style_font = _style_fonts(styles)
    default = _font_of(styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
    paragraphs = list(body.iter(f"{W}p"))
    runs: list[tuple[str, str | None]] = []
    spans = []
    for p in paragraphs:
        pstyle = p.find(f"{W}pPr/{W}pStyle")
        pfont = style_font.get(pstyle.get(f"{W}val")) if pstyle is not None else style_font.get(None)
        start = len(runs)
        for r in p.iter(f"{W}r"):
            rpr = r.find(f"{W}rPr")
            rstyle = rpr.find(f"{W}rStyle") if rpr is not None else None
            font = (_font_of(rpr) or (style_font.get(rstyle.get(f"{W}val")) if rstyle is not None else None)
                    or pfont or default)
            runs.append((_run_text(r) if font_encoding(font) else Run(r, None).text, font))
        spans.append((start, len(runs)))
    texts = convert_runs(runs)
    if texts is None:
        return None
    # keyed by the lxml element itself: the dict keeps every proxy alive, so identity holds
    fixed = {p: "".join(texts[a:b]) for p, (a, b) in zip(paragraphs, spans)}

    def paragraph_text(paragraph) -> str:
        return fixed.get(paragraph._p, paragraph.text)

    return paragraph_text


_RUN_PARTS = {f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-",
              f"{W}softHyphen": "\u00ad"}


def _run_text(r) -> str:
    """A legacy-font run's text. Word (and LibreOffice saving a .doc) stores byte 0xAD, TCVN3 "ư", as
    a soft hyphen element, which python-docx leaves out."""
    return "".join(el.text or "" if el.tag == f"{W}t" else _RUN_PARTS.get(el.tag, "") for el in r)


def _font_of(rpr) -> str | None:
    fonts = rpr.find(f"{W}rFonts") if rpr is not None else None
    return fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") if fonts is not None else None


def _style_fonts(styles) -> dict[str | None, str | None]:
    """styleId -> font, following basedOn; key None is the default paragraph style's font."""
    own, based, default_id = {}, {}, None
    for st in styles.iter(f"{W}style"):
        sid = st.get(f"{W}styleId")
        own[sid] = _font_of(st.find(f"{W}rPr"))
        b = st.find(f"{W}basedOn")
        based[sid] = b.get(f"{W}val") if b is not None else None
        if st.get(f"{W}default") in ("1", "true") and st.get(f"{W}type") == "paragraph":
            default_id = sid
    out: dict[str | None, str | None] = {}
    for sid in own:
        seen, cur = set(), sid
        while cur is not None and cur not in seen and own.get(cur) is None:
            seen.add(cur)
            cur = based.get(cur)
        out[sid] = own.get(cur) if cur is not None else None
    out[None] = out.get(default_id)
    return out


__all__ = ["Encoding", "convert_runs", "decode_bytes", "decode_lines", "detect", "detect_bytes", "docx_converter", "encodings", "fix_text",
           "fix_pages", "font_encoding", "sniff_utf8", "syllable_share", "syllables"]

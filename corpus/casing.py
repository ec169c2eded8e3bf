"""Titles in their written capitals: an ALL CAPS title in sentence case, keeping the capitals the document's
own body gives each word, the names of bodies and the places the header names."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from extractors.symbols import canonical_number

from .normalize import LOWER
from .org_names import _FIXED

# Bodies whose names keep their capitals inside a title written in ALL CAPS.
_TITLE_NAMES = tuple(_FIXED.values()) + (
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Quân đội nhân dân Việt Nam", "Công an nhân dân", "Bộ Quốc phòng",
    "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Tài chính", "Bộ Xây dựng", "Bộ Y tế",
    "Bộ Nông nghiệp và Môi trường", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ",
    "Bộ Giáo dục và Đào tạo", "Bộ Dân tộc và Tôn giáo", "Bộ Kế hoạch và Đầu tư", "Bộ Thông tin và Truyền thông",
    "Bộ Tài nguyên và Môi trường", "Bộ Giao thông vận tải", "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Nông nghiệp và Phát triển nông thôn", "Đảng Cộng sản Việt Nam", "Mặt trận Tổ quốc Việt Nam")


def _known_names(title: str) -> str:
    for name in sorted(_TITLE_NAMES, key=len, reverse=True):
        title = re.sub(rf"(?i)(?<!\w){re.escape(name)}(?!\w)", lambda m: name if m.start() else name, title)
    return title


_PLACE_STOP = {"giai", "năm", "và", "về", "trên", "tại", "đến", "của", "theo", "với", "có", "các", "trong",
               "đối", "thuộc", "từ", "để", "cho", "khi", "là", "được", "đã", "sau", "trước", "mới", "cũ"}


def _names_in_title(title: str, names: list[str]) -> str:
    """Write the places the header names ('Đắk Lắk') with their capitals, and a place right after an
    administrative word ('trên địa bàn tỉnh quảng trị' -> '... tỉnh Quảng Trị')."""
    for name in names:
        if name:
            title = re.sub(rf"(?i)(?<!\w){re.escape(name)}(?!\w)", name, title)

    def cap(m: re.Match) -> str:
        words = m.group(2).split(" ")
        keep = []
        for w in words:
            if w.lower() in _PLACE_STOP or not w.isalpha() or len(keep) == 3:
                break
            keep.append(w[:1].upper() + w[1:])
        return m.group(1) + " ".join(keep + words[len(keep):])
    return re.sub(rf"(\b(?:tỉnh|thành phố|huyện|quận|thị xã) )([{LOWER}]+(?: [{LOWER}]+){{0,2}})",
                  cap, title)


_VOWEL = re.compile(r"[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
_TOKEN = re.compile(r"[\wÀ-ỹ]+(?:[/.\-][\wÀ-ỹ]+)*")


# Words a title writes in lower case whatever the body does: looking them up would cost the most (they
# are everywhere) and change nothing.
_ALWAYS_LOWER = frozenset(
    "và của về trên tại đến các cho với từ theo trong đối năm giai đoạn số một những được để khi là có "
    "việc thực hiện phê duyệt sửa đổi bổ sung tầm nhìn".split())
CASING_CHARS = 40_000  # of body read for capitals
CASING_SAMPLES = 40  # occurrences of one word looked at
_SENTENCE_START = (".", ":", ";", "!", "?", "-", "“", '"', "|", "+", "•")


def _casing(body: str, words: frozenset) -> tuple[dict, dict]:
    """How the body writes each of ``words`` when not at the start of a sentence, nor in a line of
    capitals: by word alone, and by word in context (left neighbour, right neighbour, both). Only the
    title's words are looked up (one regex pass), so this costs little even for long bodies."""
    uni: dict[str, Counter] = defaultdict(Counter)
    ctx: dict[tuple, Counter] = defaultdict(Counter)
    if not words:
        return uni, ctx
    body = body[:CASING_CHARS]
    lowered = body.lower()
    if len(lowered) != len(body):  # a letter whose lower case is longer: keep offsets aligned
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in body)
    pattern = re.compile(r"(?<![\w/.\-])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) +
                         r")(?![\w/]|[.\-]\w)")
    seen: Counter = Counter()
    for m in pattern.finditer(lowered):  # on the lower-cased text: no IGNORECASE, C speed
        lw = m.group()
        if seen[lw] >= CASING_SAMPLES:
            continue  # enough evidence for this word already
        seen[lw] += 1
        start, end = m.start(), m.end()
        w = body[start:end]
        line_start = body.rfind("\n", 0, start) + 1
        before = body[line_start:start].rstrip()
        if not before or before.endswith(_SENTENCE_START):
            continue
        line_end = body.find("\n", end)
        line = body[line_start:line_end if line_end >= 0 else len(body)]
        if line.upper() == line:
            continue  # a heading in capitals says nothing about case
        prev_tok = _TOKEN.findall(before[-40:])
        next_tok = _TOKEN.match(body[end:end + 40].lstrip(" "))
        if w.isupper() and len(w) > 1 and any(t and t.isupper() and len(t) > 1 for t in (
                prev_tok[-1] if prev_tok else None, next_tok.group() if next_tok else None)):
            continue  # a run of capitals in a mixed line ('CHƯƠNG TRÌNH ... (Kèm theo'): a heading
        prv = prev_tok[-1].lower() if prev_tok else None
        nxt = next_tok.group().lower() if next_tok and body[end:end + 1] == " " else None
        uni[lw][w] += 1
        ctx[(prv, lw, nxt)][w] += 1
        ctx[(None, lw, nxt)][w] += 1
        ctx[(prv, lw, None)][w] += 1
    return uni, ctx


def _pick(forms: Counter, lw: str) -> str | None:
    """The capitalised form only when the body prefers it over the lower-case one."""
    if not forms:
        return None
    lower = forms.get(lw, 0)
    best, n = max(((f, k) for f, k in forms.items() if f != lw), key=lambda x: x[1], default=(lw, 0))
    return best if n > lower else lw


def sentence_case(s: str, body: str = "") -> str:
    """An ALL CAPS title in sentence case, keeping the capitals the document's own body gives each word
    in the same context ('PHÁT TRIỂN ... TỈNH ĐỒNG NAI' -> 'Phát triển ... tỉnh Đồng Nai'); numbers keep
    their canonical form ('06/QĐ-TTG' -> '06/QĐ-TTg')."""
    toks = list(_TOKEN.finditer(s))
    low = [m.group().lower() for m in toks]
    uni, ctx = _casing(body, frozenset(w for w in low if w not in _ALWAYS_LOWER and not w.isdigit()))
    out, pos = [], 0
    for i, m in enumerate(toks):
        w, lw = m.group(), low[i]
        out.append(s[pos:m.start()])
        pos = m.end()
        if re.search(r"\d", w) and "/" in w:
            out.append(canonical_number(w))
            continue
        if lw in _ALWAYS_LOWER:
            out.append(lw)
            continue
        prv = low[i - 1] if i else None
        nxt = low[i + 1] if i + 1 < len(toks) else None
        form = None
        for key in ((prv, lw, nxt), (prv, lw, None), (None, lw, nxt)):
            form = _pick(ctx.get(key), lw)
            if form:
                break
        if form is None and uni.get(lw) and lw not in uni[lw]:
            form = uni[lw].most_common(1)[0][0]  # never lower case in the body: a proper name, an acronym
        if form is None:
            # a word with a digit, or with no vowel (no Vietnamese syllable: "HĐND", "UBND", "TTHC") keeps its form
            form = w if re.search(r"\d", w) or re.fullmatch(r"[A-ZĐ]{2,}", w) and not _VOWEL.search(lw) else lw
        out.append(form)
    out.append(s[pos:])
    text = "".join(out)
    return text[:1].upper() + text[1:]

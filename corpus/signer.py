"""The signer (người ký) of a document: the name under the signature block's role line."""
from __future__ import annotations

import re

from .normalize import LOWER, UPPER

_SIGNER = re.compile(rf"^(?:[{UPPER}][{LOWER}]+\s){{1,4}}[{UPPER}][{LOWER}]+$")
_SIGN_ROLE = re.compile(r"^(?:KT\.|TM\.|TL\.|T/M\.?\s|T/L\.?\s|Q\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|BỘ TRƯỞNG|"
                        r"THỨ TRƯỞNG|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHÁNH|TRƯỞNG|PHÓ TRƯỞNG|CHỦ NHIỆM|TỔNG BÍ THƯ|"
                        r"BÍ THƯ|CỤC TRƯỞNG|VỤ TRƯỞNG|\(Đã ký\)|\(đã ký\))")


_VI_MARKS = re.compile(r"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", re.I)


# After the name on its line: a footnote ("Phạm Minh Chính [1] Thông báo số 627/TB-VPCP ...").
_NOTE = re.compile(r"\s*\[\d{1,3}\].*$")
# Before the name: a military rank or an academic title ("Thượng tướng Nguyễn Văn Hiền", "Đại tướng Tô Lâm",
# "PGS.TS. Nguyễn Văn A").
_RANK = re.compile(r"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)|(?:Chuẩn|Phó)\s+[Đđ]ô\s+đốc|[Đđ]ô\s+đốc|"
                   r"(?:GS|PGS|TS|ThS|BS|KS)\.(?:\s*(?:TS|ThS|BS|KS)\.)*)\s+")
# "(Đã ký)", "( Đã ký)": the mark of a signed copy; the name may follow it on the same line
# ("PHÓ THỦ TƯỚNG(Đã ký)Hồ Đức Phớc", a .docx cell whose lines were joined).
_SIGNED = re.compile(r"\(\s*[Đđ]ã\s+ký\s*\)")
# The columns of a line: a table's " | ", or a run of spaces in a text dump laid out in two columns
# ("Nơi nhận:                 KT. CHỦ TỊCH").
_COLUMNS = re.compile(r"\s*\|\s*|\s{3,}")
# "Nơi nhận: TM. CHÍNH PHỦ": the recipients' label before the role, on its line.
_RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*:\s*", re.I)
# A heading joined to the name's line when a line break was repaired ("Lâm Văn Bi Mẫu biểu số 01",
# "Nguyễn Thị Bích Ngọc Thông tư 112/2025/TT-BTC sửa đổi ..."): the name ends before it.
_HEADING_AFTER = re.compile(r"\s+(?:Mẫu|Phụ\s+lục|PHỤ\s+LỤC|Biểu|Danh\s+mục|DANH\s+MỤC|Thông\s+tư|Quyết\s+định|"
                            r"Nghị\s+định|Nghị\s+quyết|Chỉ\s+thị|Kế\s+hoạch|Công\s+văn|Luật)\b.*$")
# A line of the recipients' list ("- Bộ Tư pháp;", "~ Lưu: VT" where OCR read the dash as a tilde).
_RECIPIENT = re.compile(r"^\s*[-~+]\s")
_ROLE_WORDS = re.compile(rf"^(?:[{UPPER}]+\.?\s+)+")
TAIL_CHARS = 4000  # the signature block closes the document, unless appendices follow it


def _scan(lines: list[str]) -> str | None:
    since_role, prev = None, ""
    for i, line in enumerate(lines):
        cells = [c.strip() for c in _COLUMNS.split(line.strip())]
        if sum(1 for c in cells if c) > 2:
            cells = []  # a row of a data table ('I | Bắc Bộ | 2.411,5'), not the signature block
        recipient = bool(_RECIPIENT.match(line))
        if recipient and cells and ";" in cells[-1]:
            # the recipients' column and the block's joined when spaces were squeezed:
            # "- Chính phủ; TM. ỦY BAN NHÂN DÂN", "- Các BQL dự án ĐTXD tỉnh, Khu vực; Nguyễn Thế Phước"
            cells.append(cells[-1].rsplit(";", 1)[1].strip())
        for s in reversed(cells):
            s = _RECIPIENTS.sub("", s)
            signed = _SIGNED.search(s)
            if _SIGN_ROLE.match(s) or signed:
                since_role, prev = 0, ""
                # the name after the mark, or after the role's words in capitals on the same line
                # ("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Bùi Thanh Sơn", a .docx cell whose lines were joined)
                after = s[signed.end():] if signed else _ROLE_WORDS.sub("", s)
                after = _RANK.sub("", after.strip())
                if after and _SIGNER.match(after) and _VI_MARKS.search(after):
                    return after
                break
            if since_role is not None and since_role <= 15:
                name = _RANK.sub("", _NOTE.sub("", s))
                if not _SIGNER.match(name):
                    name = _HEADING_AFTER.sub("", name)
                if _SIGNER.match(name) and _VI_MARKS.search(name):
                    # a surname wrapped onto its own line: 'Phùng / Thị Hồng Hà'
                    if prev and _SIGNER.match(f"{prev} {name}"):
                        return f"{prev} {name}"
                    # a two-word name whose last word wrapped: 'Nguyễn Quỳnh / Thiện'
                    nxt = next((ln.strip() for ln in lines[i + 1:i + 3] if ln.strip()), "")
                    if name.count(" ") == 1 and re.fullmatch(rf"[{UPPER}][{LOWER}]+", nxt):
                        return f"{name} {nxt}"
                    return name
                if s:
                    prev = name if re.fullmatch(rf"[{UPPER}][{LOWER}]+", name) else ""
        if since_role is not None and line.strip() and not recipient:
            since_role += 1  # the list of recipients runs beside the block: its lines do not count
    return None


def signer(text: str) -> str | None:
    """The name under the signature block's role line ('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / ... / Nguyễn Văn A'):
    within a few lines of the role, and a Vietnamese name (diacritics), not a table's last cell. A rank
    before the name and a footnote after it are not part of it. The block is looked for at the end, then,
    when appendices follow the signature, from the start."""
    return _scan(text[-TAIL_CHARS:].split("\n")) or (
        _scan(text[:-TAIL_CHARS].split("\n")) if len(text) > TAIL_CHARS else None)

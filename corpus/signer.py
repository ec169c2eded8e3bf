"""The signer (người ký) of a document: the name under the signature block's role line."""
from __future__ import annotations

import re

from .normalize import LOWER, UPPER

_SIGNER = re.compile(rf"^(?:[{UPPER}][{LOWER}]+\s){{1,4}}[{UPPER}][{LOWER}]+$")
_SIGN_ROLE = re.compile(r"^(?:KT\.|TM\.|TL\.|Q\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|BỘ TRƯỞNG|"
                        r"THỨ TRƯỞNG|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHÁNH|TRƯỞNG|PHÓ TRƯỞNG|CHỦ NHIỆM|TỔNG BÍ THƯ|"
                        r"BÍ THƯ|CỤC TRƯỞNG|VỤ TRƯỞNG|\(Đã ký\)|\(đã ký\))")


_VI_MARKS = re.compile(r"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", re.I)


# After the name on its line: a footnote ("Phạm Minh Chính [1] Thông báo số 627/TB-VPCP ...").
_NOTE = re.compile(r"\s*\[\d{1,3}\].*$")
# Before the name: a military rank or an academic title ("Thượng tướng Nguyễn Văn Hiền", "Đại tướng Tô Lâm",
# "PGS.TS. Nguyễn Văn A").
_RANK = re.compile(r"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)|(?:Chuẩn|Phó)\s+[Đđ]ô\s+đốc|[Đđ]ô\s+đốc|"
                   r"(?:GS|PGS|TS|ThS|BS|KS)\.(?:\s*(?:TS|ThS|BS|KS)\.)*)\s+")
TAIL_CHARS = 4000  # the signature block closes the document, unless appendices follow it


def _scan(lines: list[str]) -> str | None:
    since_role, prev = None, ""
    for line in lines:
        cells = [c.strip() for c in line.split("|")]
        if sum(1 for c in cells if c) > 2:
            cells = []  # a row of a data table ('I | Bắc Bộ | 2.411,5'), not the signature block
        for s in reversed(cells):
            if _SIGN_ROLE.match(s) or "(Đã ký)" in s or "(đã ký)" in s:
                since_role, prev = 0, ""
                break
            if since_role is not None and since_role <= 15:
                name = _RANK.sub("", _NOTE.sub("", s))
                if _SIGNER.match(name) and _VI_MARKS.search(name):
                    # a surname wrapped onto its own line: 'Phùng / Thị Hồng Hà'
                    return f"{prev} {name}" if prev and _SIGNER.match(f"{prev} {name}") else name
                if s:
                    prev = name if re.fullmatch(rf"[{UPPER}][{LOWER}]+", name) else ""
        if since_role is not None and line.strip():
            since_role += 1
    return None


def signer(text: str) -> str | None:
    """The name under the signature block's role line ('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / ... / Nguyễn Văn A'):
    within a few lines of the role, and a Vietnamese name (diacritics), not a table's last cell. A rank
    before the name and a footnote after it are not part of it. The block is looked for at the end, then,
    when appendices follow the signature, from the start."""
    return _scan(text[-TAIL_CHARS:].split("\n")) or (
        _scan(text[:-TAIL_CHARS].split("\n")) if len(text) > TAIL_CHARS else None)

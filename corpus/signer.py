"""The signer (người ký) of a document: the name under the signature block's role line."""
from __future__ import annotations

import re

from .normalize import LOWER, UPPER

_SIGNER = re.compile(rf"^(?:[{UPPER}][{LOWER}]+\s){{1,4}}[{UPPER}][{LOWER}]+$")
_SIGN_ROLE = re.compile(r"^(?:KT\.|TM\.|TL\.|Q\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|BỘ TRƯỞNG|"
                        r"THỨ TRƯỞNG|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHÁNH|TRƯỞNG|PHÓ TRƯỞNG|CHỦ NHIỆM|TỔNG BÍ THƯ|"
                        r"BÍ THƯ|CỤC TRƯỞNG|VỤ TRƯỞNG|\(Đã ký\)|\(đã ký\))")


_VI_MARKS = re.compile(r"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", re.I)


def signer(text: str) -> str | None:
    """The name under the signature block's role line ('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / ... / Nguyễn Văn A'):
    within a few lines of the role, and a Vietnamese name (diacritics), not a table's last cell."""
    lines = text[-4000:].split("\n")
    since_role = None
    for line in lines:
        cells = [c.strip() for c in line.split("|")]
        for s in reversed(cells):
            if _SIGN_ROLE.match(s) or "(Đã ký)" in s or "(đã ký)" in s:
                since_role = 0
                break
            if since_role is not None and since_role <= 15 and _SIGNER.match(s) and _VI_MARKS.search(s):
                return s
        if since_role is not None and line.strip():
            since_role += 1
    return None

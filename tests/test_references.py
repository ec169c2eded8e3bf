"""References (gold/GUIDELINES.md, "References"): table-driven, real sentences from the corpus.

In a case's text, ``[[...]]`` marks each expected reference span, in order; the expected fields
follow as dicts (only the keys given are checked, "-" for the title means None).
"""
from __future__ import annotations

import json
import re

import pytest

from corpus import read_document
from corpus.document import Metadata
from extractors import find_references

from conftest import FIXTURES, SAMPLES, SEED

NGHE_AN = Metadata(type="Kế hoạch", number="987/KH-UBND", issuer="Ủy ban nhân dân tỉnh Nghệ An", place="Nghệ An")


def parse(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """'căn cứ [[Luật Đất đai]];' -> ('căn cứ Luật Đất đai;', [(7, 19)])."""
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\[\[(.*?)\]\]", marked, re.S):
        text += marked[pos:m.start()]
        spans.append((len(text), len(text) + len(m.group(1))))
        text += m.group(1)
        pos = m.end()
    return text + marked[pos:], spans


def check(marked: str, expected: list[dict], metadata=None):
    text, spans = parse(marked)
    got = find_references(text, metadata)
    assert [(r.start, r.end) for r in got] == spans, [r.text for r in got]
    for r, exp in zip(got, expected):
        for k, v in exp.items():
            assert getattr(r, k) == (None if v == "-" else v), (k, r)
        assert r.text == text[r.start:r.end]
        if r.title is not None and r.title_start is not None:
            assert re.sub(r"\s+", " ", text[r.title_start:r.title_end]) == r.title


def ref(type=None, number=None, date=None, issuer=None, title=None, **more) -> dict:
    d = {k: v for k, v in dict(type=type, number=number, date=date, issuer=issuer, title=title).items()
         if v is not None}
    return d | more


NUMBERED = [
    # typing slips of real texts: a word glued to the symbol (nd-306-2025, nq-35-2025-nq-hdnd), an en dash
    # inside it, the year joined by a hyphen
    ("Sửa đổi, bổ sung một số điều của [[Nghị định số 156/2020/NĐ-CPngày 31 tháng 12 năm 2020 của Chính phủ]] "
     "quy định xử phạt vi phạm hành chính",
     [ref("Nghị định", "156/2020/NĐ-CP", "2020-12-31", "Chính phủ", "quy định xử phạt vi phạm hành chính")]),
    ("Căn cứ [[Quyết định số 35/2025/QĐ-TTgcủa Thủ tướng Chính phủ]] sửa đổi, bổ sung một số điều;",
     [ref("Quyết định", "35/2025/QĐ-TTg", None, "Thủ tướng Chính phủ", "sửa đổi, bổ sung một số điều")]),
    ("Theo [[Quyết định số 1947/QĐ–UBND ngày 16/7/2015 của UBND tỉnh Quảng Bình]] phê duyệt quy hoạch.",
     [ref("Quyết định", "1947/QĐ-UBND", "2015-07-16", "Ủy ban nhân dân tỉnh Quảng Bình", "phê duyệt quy hoạch")]),
    ("Chính phủ ban hành [[Nghị quyết 19-2017/NQ-CP ngày 6/2/2017]] về tiếp tục cải thiện môi trường kinh doanh.",
     [ref("Nghị quyết", "19/2017/NQ-CP", "2017-02-06", "Chính phủ", "về tiếp tục cải thiện môi trường kinh doanh")]),
    # administrative, with date, issuer and a trích yếu ending where the next clause starts
    ("Thực hiện [[Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ]] phê duyệt Chiến lược phát "
     "triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030, UBND tỉnh "
     "đã chỉ đạo các sở, ngành.",
     [ref("Quyết định", "942/QĐ-TTg", "2021-06-15", "Thủ tướng Chính phủ",
          "phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, "
          "định hướng đến năm 2030")]),
    # legal-normative; the issuer inferred from the symbol
    ("Căn cứ [[Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020]] về thực hiện thủ tục hành chính trên môi "
     "trường điện tử;",
     [ref("Nghị định", "45/2020/NĐ-CP", "2020-04-08", "Chính phủ",
          "về thực hiện thủ tục hành chính trên môi trường điện tử")]),
    ("theo [[Thông tư số 13/2023/TT-BTTTT]] quy định chi tiết và hướng dẫn một số điều của Luật Giao dịch điện tử.",
     [ref("Thông tư", "13/2023/TT-BTTTT", None, "Bộ Thông tin và Truyền thông",
          "quy định chi tiết và hướng dẫn một số điều của Luật Giao dịch điện tử")]),
    # laws: "Luật số", a named law with its number, "Nghị quyết số:"
    ("Căn cứ [[Luật số 20/2023/QH15]];", [ref("Luật", "20/2023/QH15", None, "Quốc hội", "-")]),
    ("Căn cứ [[Luật Giao dịch điện tử số 20/2023/QH15 ngày 22 tháng 6 năm 2023]];",
     [ref("Luật", "20/2023/QH15", "2023-06-22", "Quốc hội", "Giao dịch điện tử")]),
    ("Thực hiện [[Nghị quyết số: 170/2024/QH15 ngày 30 tháng 11 năm 2024 của Quốc hội]];",
     [ref("Nghị quyết", "170/2024/QH15", "2024-11-30", "Quốc hội")]),
    # Party documents keep their own form
    ("Căn cứ [[Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị]] về đột phá phát triển khoa "
     "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
     [ref("Nghị quyết", "57-NQ/TW", "2024-12-22", "Bộ Chính trị",
          "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia")]),
    ("Căn cứ [[Kế hoạch hành động số 328-KH/TU, ngày 24/4/2025 của Tỉnh ủy]];",
     [ref("Kế hoạch", "328-KH/TU", "2025-04-24", "Tỉnh ủy Nghệ An")]),
    ("Căn cứ [[Kế hoạch số 01-KH/BCĐ ngày 28/06/2025]];", [ref("Kế hoạch", "01-KH/BCĐ", "2025-06-28")]),
    ("Căn cứ [[Nghị quyết số 57- NQ/TW của Bộ Chính trị]];", [ref("Nghị quyết", "57-NQ/TW", None, "Bộ Chính trị")]),
    # a decimal number
    ("Căn cứ [[Nghị quyết số 66.2/2025/NQ-CP ngày 28 tháng 8 năm 2025 của Chính phủ]] Quy định xử lý khó khăn, "
     "vướng mắc về việc điều chỉnh quy hoạch;",
     [ref("Nghị quyết", "66.2/2025/NQ-CP", "2025-08-28", "Chính phủ",
          "Quy định xử lý khó khăn, vướng mắc về việc điều chỉnh quy hoạch")]),
    # công văn named by their issuer code
    ("Trước đó, vào ngày 6/1, Bộ Tài chính đã gửi [[Công văn số 211/BTC-TCDN]] báo cáo Thủ tướng Chính phủ về "
     "việc các bộ, địa phương thực hiện báo cáo giám sát tài chính.",
     [ref("Công văn", "211/BTC-TCDN", None, "Bộ Tài chính",
          "về việc các bộ, địa phương thực hiện báo cáo giám sát tài chính")]),
    ("theo hướng dẫn tại [[văn bản số 4338/BTTTT-CĐSQG]];",
     [ref("Công văn", "4338/BTTTT-CĐSQG", None, "Bộ Thông tin và Truyền thông")]),
    ("[[Văn bản hợp nhất số 57/VBHN-BCT]] hợp nhất Nghị định về phân bón.",
     [ref("Văn bản hợp nhất", "57/VBHN-BCT", None, "Bộ Công Thương")]),
    # a national technical regulation with a part number or a letter
    ("tiếp tục áp dụng [[QCVN 05A:2020/BCT]] về an toàn; ([[QCVN 16-1:2025/BYT]])",
     [ref("Quy chuẩn kỹ thuật quốc gia", "QCVN05A:2020/BCT", None, "Bộ Công Thương"),
      ref("Quy chuẩn kỹ thuật quốc gia", "QCVN16-1:2025/BYT", None, "Bộ Y tế")]),
    ("Thực hiện [[Phương án số 728/PA-UBND ngày 28/02/2025 của UBND tỉnh Quảng Trị]], và để nâng cao",
     [ref("Phương án", "728/PA-UBND", "2025-02-28", "Ủy ban nhân dân tỉnh Quảng Trị")]),
    # in news, a trích yếu in parentheses
    ("[[Nghị quyết 53 của Quốc hội]] (về việc thông qua chủ trương đầu tư Dự án đường cao tốc) đã được triển khai.",
     [ref("Nghị quyết", "53", None, "Quốc hội", "về việc thông qua chủ trương đầu tư Dự án đường cao tốc")]),
    ("Căn cứ [[Giấy phép số 197/GP-BNNMT]];", [ref("Giấy phép", "197/GP-BNNMT", None, "Bộ Nông nghiệp và Môi trường")]),
    # numbers as written in the wild
    ("Căn cứ [[Quyết định số 44 /2025/QĐ-TTg]];", [ref("Quyết định", "44/2025/QĐ-TTg", None, "Thủ tướng Chính phủ")]),
    ("Căn cứ [[Nghị quyết số 24/2026//NQ-CP]];", [ref("Nghị quyết", "24/2026/NQ-CP", None, "Chính phủ")]),
    ("Thực hiện [[Quyết định số 942/QD-TTg]];", [ref("Quyết định", "942/QĐ-TTg", None, "Thủ tướng Chính phủ")]),
    ("BAN HÀNH KẾ HOẠCH TRIỂN KHAI [[QUYẾT ĐỊNH SỐ\n06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ]]",
     [ref("Quyết định", "06/QĐ-TTg", "2025-01-02", "Thủ tướng Chính phủ")]),
    ("Căn cứ [[Nghị quyết số\n57-NQ/TW ngày 22 tháng 12 năm\n2024 của Bộ Chính trị]];",
     [ref("Nghị quyết", "57-NQ/TW", "2024-12-22", "Bộ Chính trị")]),
    ("Căn [[Luật Đầu tư công số 58/2024/QH15]];", [ref("Luật", "58/2024/QH15", None, "Quốc hội", "Đầu tư công")]),
    ("Căn cứ [[Nghị định số 1 25/2025/NĐ-CP của Chính phủ]];", [ref("Nghị định", "125/2025/NĐ-CP", None, "Chính phủ")]),
    # OCR: "sô" for "số", "nắm" for "năm"
    ("Căn cứ [[Nghị định sô 10/2021/NĐ-CP ngày 09 tháng 02 nắm 2021 của Chính phủ]] về quản lý chi phí;",
     [ref("Nghị định", "10/2021/NĐ-CP", "2021-02-09", "Chính phủ", "về quản lý chi phí")]),
    ("Căn cứ [[Luật Xây dựng sô 50/2014/QH13]];", [ref("Luật", "50/2014/QH13", None, "Quốc hội", "Xây dựng")]),
    ("Căn cứ [[Nghị quyết số 57-NQ/TW ngày 22 tháng 12 nám 2024 của Bộ Chính trị]];",
     [ref("Nghị quyết", "57-NQ/TW", "2024-12-22", "Bộ Chính trị")]),
    # issuer before the date
    ("Căn cứ [[Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022]] phê duyệt Chiến lược quốc gia "
     "phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030;",
     [ref("Quyết định", "411/QĐ-TTg", "2022-03-31", "Thủ tướng Chính phủ",
          "phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030")]),
    # a date written just before the mention
    ("Ngày 3/11/2016, Bộ Tài chính đã có [[công văn số 15700/BTC-TCDN]] gửi các cơ quan đại diện chủ sở hữu "
     "(bộ, cơ quan ngang bộ, UBND các tỉnh) về việc đôn đốc thực hiện nộp báo cáo giám sát tài chính.",
     [ref("Công văn", "15700/BTC-TCDN", "2016-11-03", "Bộ Tài chính",
          "về việc đôn đốc thực hiện nộp báo cáo giám sát tài chính")]),
    # the issuer written in full, the province from the text
    ("Căn cứ [[Quyết định số 14/2021/QĐ-UBND ngày 20 tháng 8 năm 2021 của Ủy ban\nnhân dân tỉnh Yên Bái]] Ban hành "
     "quy định chi tiết một số nội dung về cấp giấy phép;",
     [ref("Quyết định", "14/2021/QĐ-UBND", "2021-08-20", "Ủy ban nhân dân tỉnh Yên Bái",
          "Ban hành quy định chi tiết một số nội dung về cấp giấy phép")]),
    ("Chương trình chuyển đổi số trên địa bàn tỉnh Điện Biên: [[Quyết định số 2001/QĐ-UBND ngày 31/10/2022]] về "
     "việc phê duyệt Đề án “Xác định Bộ chỉ số đánh giá chuyển đổi số”; ",
     [ref("Quyết định", "2001/QĐ-UBND", "2022-10-31", "Ủy ban nhân dân tỉnh Điện Biên",
          "về việc phê duyệt Đề án “Xác định Bộ chỉ số đánh giá chuyển đổi số”")]),
    # quoted title ending at ";"
    ("Căn cứ [[Quyết định số\n749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ]] về phê duyệt "
     "\"Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030\";\nCăn cứ",
     [ref("Quyết định", "749/QĐ-TTg", "2020-06-03", "Thủ tướng Chính phủ",
          "về phê duyệt \"Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030\"")]),
    # the slash left out; a title ends where the sentence's own verb starts
    ("việc chi trả theo [[Quyết định 309 QĐ-TTg của Thủ tướng Chính phủ]] còn chậm",
     [ref("Quyết định", "309/QĐ-TTg", None, "Thủ tướng Chính phủ", "-")]),
    # a date after a short title is the document's; a deadline is not
    ("tại [[Nghị định 57/2003/NĐ-CP của Chính phủ]] về quỹ hỗ trợ ngày 2-6-2003 đã quy định mức chi",
     [ref("Nghị định", "57/2003/NĐ-CP", "2003-06-02", "Chính phủ", "về quỹ hỗ trợ")]),
    ("theo [[Quyết định số 12/QĐ-UBND]] về việc nộp báo cáo trước ngày 30/6/2017 đã được",
     [ref("Quyết định", "12/QĐ-UBND", "-", None, "về việc nộp báo cáo trước ngày 30/6/2017")]),
    ("[[Nghị định 89/1999/NĐ-CP của Chính phủ]] về bảo hiểm tiền gửi đã quy định số tiền bảo hiểm",
     [ref("Nghị định", "89/1999/NĐ-CP", None, "Chính phủ", "về bảo hiểm tiền gửi")]),
    # an issuer said once holds for the same number again
    ("Bộ Chính trị ban hành [[Nghị quyết 08-NQ/TW]] về phát triển du lịch. [[Nghị quyết 08-NQ/TW]] là",
     [ref("Nghị quyết", "08-NQ/TW", None, "Bộ Chính trị"), ref("Nghị quyết", "08-NQ/TW", None, "Bộ Chính trị")]),
    # a title ends at the next sibling reference
    ("Ủy ban nhân dân tỉnh Lào Cai đã ban hành 02 Quyết định phê duyệt trữ lượng khoáng sản, cụ thể: "
     "[[Quyết định số 1311/QĐ-UBND ngày 19/6/2025]] phê duyệt trữ lượng đá vôi khu vực Khe Chằm, xã An Thịnh "
     "và [[Quyết định số 1437/QĐ-UBND ngày 13/10/2025]] công nhận kết quả thăm dò khoáng sản đá vôi.",
     [ref("Quyết định", "1311/QĐ-UBND", "2025-06-19", "Ủy ban nhân dân tỉnh Lào Cai",
          "phê duyệt trữ lượng đá vôi khu vực Khe Chằm, xã An Thịnh"),
      ref("Quyết định", "1437/QĐ-UBND", "2025-10-13", "Ủy ban nhân dân tỉnh Lào Cai",
          "công nhận kết quả thăm dò khoáng sản đá vôi")]),
    # ... but references the title governs stay inside it
    ("Căn cứ [[Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ]] sửa đổi, bổ sung cập nhật "
     "Chương trình hành động của Chính phủ thực hiện [[Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ "
     "Chính trị]] về đột phá phát triển khoa học;",
     [ref("Nghị quyết", "71/NQ-CP", "2025-04-01", "Chính phủ",
          "sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày "
          "22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học"),
      ref("Nghị quyết", "57-NQ/TW", "2024-12-22", "Bộ Chính trị", "về đột phá phát triển khoa học")]),
    # after a comma a title starts only as one; else it is the next clause or a sibling
    ("Sau khi triển khai [[Nghị quyết số 18-NQ/TW]], một số cơ quan đã được tinh gọn.",
     [ref("Nghị quyết", "18-NQ/TW", None, None, "-")]),
    ("Thực hiện [[Chỉ thị số 31-CT/TU ngày 06/6/2023]], [[Kế hoạch số 134-KH/TU ngày 29/12/2023 của Ban Thường vụ "
     "Tỉnh ủy]];",
     [ref("Chỉ thị", "31-CT/TU", "2023-06-06", title="-"), ref("Kế hoạch", "134-KH/TU", "2023-12-29")]),
    ("Căn cứ [[Nghị định số 08/2026/NĐ-CP ngày 16/01/2026 của Chính phủ]], quy định về hồ sơ tham gia đấu giá;",
     [ref("Nghị định", "08/2026/NĐ-CP", "2026-01-16", "Chính phủ", "quy định về hồ sơ tham gia đấu giá")]),
    # the type word, a few words saying which, then the number
    ("Xét [[Tờ trình số 428/TTr-UBND]]; [[Báo cáo thẩm tra số 165/BC-KTNS ngày 24 tháng 11 năm 2025 của Ban Kinh "
     "tế ngân sách]]; [[Báo cáo tiếp thu, giải trình số 507/UBND-KT ngày 26 tháng 11 năm 2025]];",
     [ref("Tờ trình", "428/TTr-UBND"), ref("Báo cáo", "165/BC-KTNS", "2025-11-24", "Ban Kinh tế ngân sách"),
      ref("Báo cáo", "507/UBND-KT", "2025-11-26")]),
    ("theo [[Quy chế phối hợp số 49/QCPH-UBND-UBMT ngày 24/01/2025]];",
     [ref("Quy chế", "49/QCPH-UBND-UBMT", "2025-01-24")]),
    # "&" inside a code
    ("Xét đề xuất của Sở Xây dựng tại [[Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025]] về rà soát "
     "dữ liệu số nhà;",
     [ref("Công văn", "15972/SXD-QLN&TTBĐS", "2025-11-14", None, "về rà soát dữ liệu số nhà")]),
    ("trên cơ sở [[Kế hoạch số 515/KH-BCA-BNN&MT ngày 31 tháng 8 năm 2025 của Bộ Công an và Bộ Nông nghiệp và Môi "
     "trường]].",
     [ref("Kế hoạch", "515/KH-BCA-BNN&MT", "2025-08-31", "Bộ Công an và Bộ Nông nghiệp và Môi trường")]),
    # a Party's Thông tri: its code TT is no Thông tư's; a city's Party committee keeps the level written
    ("Thực hiện [[Thông tri số 02-TT/TU ngày 03 tháng 10 năm 2025 của Thành ủy Thành phố Hồ Chí Minh]] về lãnh đạo "
     "thực hiện phong trào;",
     [ref("Thông tri", "02-TT/TU", "2025-10-03", "Thành ủy Thành phố Hồ Chí Minh", "về lãnh đạo thực hiện phong trào")]),
    # a numbered court judgment is a document of its own kind
    ("Thuế thành phố Hà Nội không có [[Bản án số 159/2022/HSST ngày 24/5/2022]] của TAND thành phố Hà Nội.",
     [ref("Bản án", "159/2022/HSST", "2022-05-24")]),
    # an article of another document is a reference to that document
    ("theo quy định tại khoản 2 Điều 5 [[Nghị định số 87/2015/NĐ-CP]].",
     [ref("Nghị định", "87/2015/NĐ-CP", None, "Chính phủ", "-")]),
]

WRITTEN_ISSUERS = [
    # a company writes too (tax guidance letters answer them)
    ("Cục Thuế nhận được [[công văn số 291/STSG-HC ngày 29/9/2025 của Công ty cổ phần siêu thị Sài Gòn]] về việc đề "
     "nghị điều chỉnh đơn giá thuê đất.",
     [ref("Công văn", "291/STSG-HC", "2025-09-29", "Công ty cổ phần siêu thị Sài Gòn",
          "về việc đề nghị điều chỉnh đơn giá thuê đất")]),
    # the body whose direction a mention carries out ("theo chỉ đạo của Bộ Chính trị tại ..."), a known body only
    ("Bám sát quan điểm chỉ đạo của Bộ Chính trị tại [[Kết luận số 132- KL/TW]]; [[Nghị quyết 93/NQ-CP của Chính phủ]].",
     [ref("Kết luận", "132-KL/TW", None, "Bộ Chính trị"), ref("Nghị quyết", "93/NQ-CP", None, "Chính phủ")]),
    # symbols of the Party's Central Office and the electricity group
    ("Các văn bản của Văn phòng Trung ương Đảng: [[Quy định số 09-QĐ/VPTW ngày 22/9/2017]] quy định một số chế độ chi "
     "tiêu; EVN đề xuất tại [[Văn bản số 862/EVN-KH ngày 11/02/2025]].",
     [ref("Quy định", "09-QĐ/VPTW", "2017-09-22", "Văn phòng Trung ương Đảng"),
      ref("Công văn", "862/EVN-KH", "2025-02-11", "Tập đoàn Điện lực Việt Nam")]),
    # a province's tax office named by its place; "BTV Tỉnh ủy" is the Ban Thường vụ
    ("Cục Thuế nhận được [[công văn số 276/QNI-KTr ngày 24/7/2025 của Thuế tỉnh Vĩnh Long]] về chính sách thuế giá "
     "trị gia tăng (GTGT).",
     [ref("Công văn", "276/QNI-KTR", "2025-07-24", "Thuế tỉnh Vĩnh Long", "về chính sách thuế giá trị gia tăng (GTGT)")]),
    ("[[Chương trình hành động số 39-CTr/TU ngày 29/01/2026 của BTV Tỉnh ủy Lào Cai]] thực hiện [[Nghị quyết số "
     "10-NQ/TW]];",
     [ref("Chương trình", "39-CTr/TU", "2026-01-29", "Ban Thường vụ Tỉnh ủy Lào Cai", "thực hiện Nghị quyết số 10-NQ/TW"),
      ref("Nghị quyết", "10-NQ/TW")]),
    # two offices of one holder sign for the body
    ("Căn cứ [[Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ]] hướng dẫn "
     "về nghiệp vụ kiểm soát thủ tục hành chính;",
     [ref("Thông tư", "02/2017/TT-VPCP", "2017-10-31", "Văn phòng Chính phủ",
          "hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính")]),
    # a Party body's plenum issues as the body; its term ("khóa XII") is read with it, so the title follows
    ("Sau 8 năm triển khai thực hiện\n[[Nghị quyết số 21-NQ/TW ngày 25 tháng 10 năm 2017 của Hội nghị lần thứ sáu Ban "
     "Chấp hành Trung ương Khóa XII]] về công tác dân số trong tình hình mới (sau đây viết tắt là [[Nghị quyết số 21-NQ/TW]]), "
     "Thành ủy đã ban hành nhiều chương trình;",
     [ref("Nghị quyết", "21-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương",
          "về công tác dân số trong tình hình mới"), ref("Nghị quyết", "21-NQ/TW", issuer="Ban Chấp hành Trung ương")]),
    ("tổ chức thực hiện [[Kết luận số 24-KL/TW của Bộ Chính trị khóa XI]] về đẩy mạnh công tác quy hoạch và luân "
     "chuyển cán bộ lãnh đạo, quản lý đến năm 2020;",
     [ref("Kết luận", "24-KL/TW", None, "Bộ Chính trị",
          "về đẩy mạnh công tác quy hoạch và luân chuyển cán bộ lãnh đạo, quản lý đến năm 2020")]),
    ("theo [[Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 Ban Chấp hành Trung ương Đảng (khóa XII)]] về một số "
     "vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy.",
     [ref("Nghị quyết", "18-NQ/TW", None, "Ban Chấp hành Trung ương",
          "về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy")]),
    # an office holder signs for the body: the issuer is the body, and the title follows it
    ("Căn cứ [[Thông tư số 38/2015/TT-BTC ngày 25 tháng 03 năm 2015\ncủa Bộ trưởng Bộ Tài chính]] quy định về "
     "thủ tục hải quan, kiểm tra giám sát hải quan;",
     [ref("Thông tư", "38/2015/TT-BTC", "2015-03-25", "Bộ Tài chính",
          "quy định về thủ tục hải quan, kiểm tra giám sát hải quan")]),
    ("Bãi bỏ [[Quyết định số 15/QĐ-UBND ngày 10/3/2016 của Chủ tịch UBND TP Rạch Giá]] về việc giải quyết khiếu "
     "nại.",
     [ref("Quyết định", "15/QĐ-UBND", "2016-03-10", "Ủy ban nhân dân thành phố Rạch Giá",
          "về việc giải quyết khiếu nại")]),
    ("Đề nghị xem xét lại [[Quyết định 15 của Chủ tịch UBND TP Rạch Giá]]\nTheo hồ sơ, hộ gia đình đã nộp đơn",
     [ref("Quyết định", "15", None, "Ủy ban nhân dân thành phố Rạch Giá", "-")]),
    ("Căn cứ [[Quyết định số 03/2025/QĐ-UBND ngày 03 tháng 02 năm 2025 của CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH YÊN "
     "BÁI]];", [ref("Quyết định", "03/2025/QĐ-UBND", "2025-02-03", "Ủy ban nhân dân tỉnh Yên Bái")]),
    # a local symbol names a body of some province: the one the clause's subject or another mention writes
    ("Ủy ban nhân dân tỉnh Yên Bái đã phê duyệt khu vực cấm hoạt động khoáng sản tại [[Quyết định số "
     "1658/QĐ-UBND ngày 01/9/2015]].",
     [ref("Quyết định", "1658/QĐ-UBND", "2015-09-01", "Ủy ban nhân dân tỉnh Yên Bái")]),
    ("Quy định tại [[Quyết định số 09/2019/QĐ-UBND ngày 28 tháng 5 năm 2019]]; bãi bỏ [[Quyết định số "
     "09/2019/QĐ-UBND ngày 28/5/2019 của Ủy ban nhân dân tỉnh Kon Tum]].",
     [ref("Quyết định", "09/2019/QĐ-UBND", "2019-05-28", "Ủy ban nhân dân tỉnh Kon Tum"),
      ref("Quyết định", "09/2019/QĐ-UBND", "2019-05-28", "Ủy ban nhân dân tỉnh Kon Tum")]),
    # the old placement of the tone mark
    ("[[Văn bản số 2930/UBND-CNXDKH ngày 07/3/2025 của UBND tỉnh Thanh Hoá]] (đấu nối đồng bộ)",
     [ref("Công văn", "2930/UBND-CNXDKH", "2025-03-07", "Ủy ban nhân dân tỉnh Thanh Hóa", "-")]),
    # a joint document: every issuer written, as its symbol names them
    ("Căn cứ [[Thông tư liên tịch số 38/2015/TTLT-BTTTT-BTC ngày 25 tháng 12 năm 2015 của Bộ trưởng Bộ Thông tin "
     "và Truyền thông, Bộ trưởng Bộ Tài chính]] quy định về quản lý;",
     [ref("Thông tư liên tịch", "38/2015/TTLT-BTTTT-BTC", "2015-12-25",
          "Bộ Thông tin và Truyền thông và Bộ Tài chính", "quy định về quản lý")]),
    # the central steering committee by its full name, written after the number or once elsewhere in the text
    ("Căn cứ [[Kế hoạch số 02-KH/BCĐTW ngày 19 tháng 6 năm 2025 của Ban Chỉ đạo Trung ương về phát triển khoa "
     "học, công nghệ, đổi mới sáng tạo và chuyển đổi số]];",
     [ref("Kế hoạch", "02-KH/BCĐTW", "2025-06-19", "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi "
          "mới sáng tạo và chuyển đổi số", "-")]),
    ("Thực hiện chỉ đạo của Ban Chỉ đạo Trung ương\nvề phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
     "đổi số (KHCN, ĐMST, CĐS). Thực hiện [[Kế hoạch số 02-KH/BCĐTW ngày 19 tháng 6 năm 2025 của Ban Chỉ\nđạo Trung "
     "ương]]; các nhiệm vụ",
     [ref("Kế hoạch", "02-KH/BCĐTW", "2025-06-19", "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi "
          "mới sáng tạo và chuyển đổi số")]),
    ("Thực hiện [[Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025 của Ban Chỉ đạo Trung ương]], Ủy ban nhân dân tỉnh",
     [ref("Kế hoạch", "02-KH/BCĐTW", "2025-06-19", "Ban Chỉ đạo Trung ương")]),
    # a body the table does not know, when the symbol names none
    ("Căn cứ [[Thông báo số 30-TB/TGV ngày 13/6/2025 của Tổ giúp việc Ban chỉ đạo\nTrung ương về phát triển khoa "
     "học, công nghệ, đổi mới sáng tạo và chuyển đổi số]] thông báo kết luận cuộc họp;",
     [ref("Thông báo", "30-TB/TGV", "2025-06-13", "Tổ giúp việc Ban Chỉ đạo Trung ương về phát triển khoa học, công "
          "nghệ, đổi mới sáng tạo và chuyển đổi số", "thông báo kết luận cuộc họp")]),
    ("theo [[Quyết định số 146/QĐ-BVTV-KH ngày 16/01/2018 của Cục trưởng Cục Bảo vệ thực vật]]\nỦy ban nhân dân",
     [ref("Quyết định", "146/QĐ-BVTV-KH", "2018-01-16", "Cục Bảo vệ thực vật")]),
    ("Ngày 3/4/2018, Cục Trồng trọt đã ban hành [[Công văn số 210/CTT-VP]] về việc báo cáo số liệu.",
     [ref("Công văn", "210/CTT-VP", "2018-04-03", "Cục Trồng trọt", "về việc báo cáo số liệu")]),
    ("Ban hành [[Chương trình hỗ trợ các doanh nghiệp thực hiện chuyển đổi AI giai đoạn 2026 - 2030]].",
     [ref("Chương trình", issuer="-")]),
    ("Năm 2006, Bộ Công nghiệp (nay là Bộ Công Thương) đã ban hành [[Quyết định số 12/2006/QĐ-BCN]] phê duyệt "
     "quy hoạch ngành cơ khí.",
     [ref("Quyết định", "12/2006/QĐ-BCN", None, "Bộ Công nghiệp", "phê duyệt quy hoạch ngành cơ khí")]),
    ("Năm 1990, UBND thị xã (nay là TP) Rạch Giá ra [[Văn bản số 120/UB-QĐ ngày 05/3/1990]] về việc giao đất.",
     [ref("Công văn", "120/UB-QĐ", "1990-03-05", "Ủy ban nhân dân thị xã Rạch Giá")]),
    # ministries as news abbreviates them; "BNN" is the ministry of agriculture and rural development
    ("[[Quyết định số 1819/QĐ-BNN-TCTS ngày 16/5/2017 của Bộ NN&PTNT]] về việc giao nhiệm vụ.",
     [ref("Quyết định", "1819/QĐ-BNN-TCTS", "2017-05-16", "Bộ Nông nghiệp và Phát triển nông thôn",
          "về việc giao nhiệm vụ")]),
    ("Bộ GD&ĐT vừa ban hành [[Thông tư số 04/2017/TT-BGDĐT]] về Quy chế tuyển sinh.",
     [ref("Thông tư", "04/2017/TT-BGDĐT", None, "Bộ Giáo dục và Đào tạo", "về Quy chế tuyển sinh")]),
    # Hồ Chí Minh City as news writes it
    ("UBND TPHCM đã có [[văn bản số 123/UBND-ĐT]] gửi Bộ Xây dựng; [[Quyết định số 12/QĐ-UBND của UBND Tp. HCM]].",
     [ref("Công văn", "123/UBND-ĐT", None, "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
      ref("Quyết định", "12/QĐ-UBND", None, "Ủy ban nhân dân Thành phố Hồ Chí Minh")]),
    # a provincial department, its province written or the document's
    ("Căn cứ [[Văn bản số 300/SCT-QLNL ngày 07/3/2025 của Sở Công Thương tỉnh Hà Giang]];",
     [ref("Công văn", "300/SCT-QLNL", "2025-03-07", "Sở Công Thương tỉnh Hà Giang")]),
    # the signer's name after the issuer is no title
    ("Theo [[báo cáo 245/SYT-KHTC do Giám đốc Sở Y tế]] Nguyễn Văn An ký gửi Bộ Y tế.",
     [ref("Báo cáo", "245/SYT-KHTC", None, "Sở Y tế", "-")]),
    # "do ... ban hành", or "do" the body the symbol names; not who carries out a task
    ("theo [[Thông tư số 40/2017/TT-BTC do Bộ Tài chính ban hành]] quy định chế độ công tác phí;",
     [ref("Thông tư", "40/2017/TT-BTC", None, "Bộ Tài chính", "quy định chế độ công tác phí")]),
    ("nhiệm vụ quy định tại [[Nghị định số 45/2023/NĐ-CP]] do Bộ trưởng Bộ Công Thương thực hiện.",
     [ref("Nghị định", "45/2023/NĐ-CP", None, "Chính phủ")]),
]

DATES_WITHOUT_YEAR = [
    # the year from the mention's own number
    ("Ngày 15/3 vừa qua, Chính phủ đã ban hành [[Nghị định 20/2019/NĐ-CP]] về phí.",
     [ref("Nghị định", "20/2019/NĐ-CP", "2019-03-15", "Chính phủ")]),
    # in news, from the latest full date of the article, a year back when it would fall months later
    ("Ngày 9/2, Bộ Tài chính đã gửi [[Công văn số 300/BTC-NSNN]] đề nghị các tỉnh báo cáo trước ngày 30/3/2018.",
     [ref("Công văn", "300/BTC-NSNN", "2018-02-09", "Bộ Tài chính")]),
    ("Ngày 20/12, Bộ Tài chính đã có [[Công văn số 301/BTC-NSNN]]. Đến ngày 15/1/2018, các tỉnh đã báo cáo.",
     [ref("Công văn", "301/BTC-NSNN", "2017-12-20", "Bộ Tài chính")]),
    # a year is nowhere: no date
    ("Ngày 9/2, Bộ Tài chính đã gửi [[Công văn số 302/BTC-NSNN]].",
     [ref("Công văn", "302/BTC-NSNN", "-", "Bộ Tài chính")]),
]

NAMED = [
    ("Căn cứ [[Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015]];",
     [ref("Luật", None, "2015-06-19", "Quốc hội", "Tổ chức chính quyền địa phương")]),
    ("người lao động theo quy định của [[Bộ luật Lao động]].",
     [ref("Bộ luật", None, None, "Quốc hội", "Lao động")]),
    ("thực hiện theo các [[Luật Xây dựng]], [[Luật Đầu tư công]].",
     [ref("Luật", title="Xây dựng"), ref("Luật", title="Đầu tư công")]),
    ("theo đúng quy định của [[Luật Khoáng sản năm 2010]] (có hiệu lực thi hành đến ngày 01/7/2025);",
     [ref("Luật", None, None, "Quốc hội", "Khoáng sản")]),
    ("Căn cứ [[Luật Phòng, chống tham nhũng]];", [ref("Luật", title="Phòng, chống tham nhũng")]),
    # a new clause after a law's name, after a comma or "và"
    ("theo quy định của [[Luật Đất đai]], trừ trường hợp quy định tại khoản 2;", [ref("Luật", title="Đất đai")]),
    ("Căn cứ [[Luật Bảo hiểm y tế]], mức hỗ trợ do địa phương quyết định.",
     [ref("Luật", title="Bảo hiểm y tế")]),
    ("theo quy định của [[Luật PPP]] và dự án áp dụng loại hợp đồng BT", [ref("Luật", title="PPP")]),
    ("Căn cứ [[Luật Bảo vệ và kiểm dịch thực vật số 41/2013/QH13]];",
     [ref("Luật", "41/2013/QH13", title="Bảo vệ và kiểm dịch thực vật")]),
    ("Căn cứ [[Luật Tiêu chuẩn và quy chuẩn kỹ thuật ngày 29 tháng 6 năm 2006]];",
     [ref("Luật", None, "2006-06-29", "Quốc hội", "Tiêu chuẩn và quy chuẩn kỹ thuật")]),
    ("Căn cứ [[Luật Đầu tư theo phương thức đối tác công tư ngày 18 tháng 6 năm 2020]];",
     [ref("Luật", None, "2020-06-18", "Quốc hội", "Đầu tư theo phương thức đối tác công tư")]),
    ("theo [[Luật Đầu tư công]] và quy định của pháp luật", [ref("Luật", title="Đầu tư công")]),
    ("Luật và", []),
    ("quy định tại Điều 71 [[Luật Khoa học, Công nghệ và Đổi mới sáng tạo số 93/2025/QH15 ngày 27/6/2025]] quy "
     "định", [ref("Luật", "93/2025/QH15", "2025-06-27", "Quốc hội", "Khoa học, Công nghệ và Đổi mới sáng tạo")]),
    ("Căn cứ [[Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ năm 2024]];",
     [ref("Luật", None, None, "Quốc hội", "Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ")]),
    ("Căn cứ [[Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015]];",
     [ref("Luật", None, "2015-06-19", "Quốc hội", "tổ chức Chính phủ")]),
    ("Luật này có hiệu lực; [[Luật an toàn thực phẩm]] và các văn bản", [ref("Luật", title="an toàn thực phẩm")]),
    ("Căn cứ [[Quyết định số 52/2021/QĐ-\nUBND ngày 29/10/2021 của UBND tỉnh Bắc Giang]] quy định",
     [ref("Quyết định", "52/2021/QĐ-UBND", "2021-10-29", "Ủy ban nhân dân tỉnh Bắc Giang")]),
    ("Căn cứ [[Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh Đồng Nai]] về việc triển khai;",
     [ref("Kế hoạch", "92/KH-UBND", "2025-09-15", "Ủy ban nhân dân tỉnh Đồng Nai", "về việc triển khai")]),
    ("[[Quyết định số 12/2020/QĐ-UBND của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu]];",
     [ref("Quyết định", "12/2020/QĐ-UBND", None, "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu")]),
    ("[[NGHỊ QUYẾT SỐ 66-NQ/TW]]\nNgày 28 tháng 11 năm 2025, tại Hà Nội", [ref("Nghị quyết", "66-NQ/TW", None)]),
    ("Ngày 25/8/2016, Phó Chủ tịch UBND tỉnh Mai Văn Huỳnh tổ chức đối thoại theo [[Quyết định số 01/QĐ-UBND]] "
     "của tỉnh Kiên Giang.", [ref("Quyết định", "01/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh Kiên Giang")]),
    # a law's number written without its symbol stays as written
    ("Căn cứ [[Luật Ban hành văn bản quy phạm pháp luật số 64/2025]] được sửa đổi, bổ sung bởi [[Luật số "
     "87/2025/QH15]];",
     [ref("Luật", "64/2025", None, "Quốc hội", "Ban hành văn bản quy phạm pháp luật"),
      ref("Luật", "87/2025/QH15", None, "Quốc hội")]),
    ("phù hợp với [[Luật các tổ chức tín dụng]] hiện hành.",
     [ref("Luật", None, None, "Quốc hội", "các tổ chức tín dụng")]),
    ("Căn cứ [[Chương trình hành động số 10- CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy]] về thực hiện "
     "Nghị quyết;",
     [ref("Chương trình", "10-CTr/TU", "2025-08-13", "Ban Thường vụ Tỉnh ủy Nghệ An", "về thực hiện Nghị quyết")]),
    # a table row: the title ends at the next cell
    ("| [[Nghị định số 113/2025/NĐ-CP ngày 03/6/2025 của Chính phủ]] quy định chi tiết một số điều của Luật Lưu "
     "trữ | Khoản 5 Điều 32 | Bộ Nội vụ |",
     [ref("Nghị định", "113/2025/NĐ-CP", "2025-06-03", "Chính phủ",
          "quy định chi tiết một số điều của Luật Lưu trữ")]),
    # a Party congress's resolution, named by the congress
    ("Trên cơ sở Báo cáo chính trị và [[Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - "
     "2030]], khẩn trương xây dựng chương trình; cập nhật theo [[Nghị quyết của Đại hội đại biểu toàn quốc lần thứ "
     "XIV của Đảng]].",
     [ref("Nghị quyết", None, None, "Đại hội đại biểu Đảng bộ tỉnh lần thứ I",
          "Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030"),
      ref("Nghị quyết", None, None, "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
          "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng")]),
    ("phù hợp với Nghị quyết Đại hội Đảng bộ tỉnh và quy hoạch", []),
    ("thực hiện [[Nghị quyết Trung ương 4 (khóa XII)]] về xây dựng Đảng",
     [ref("Nghị quyết", None, None, "Ban Chấp hành Trung ương", "Trung ương 4 (khóa XII)")]),
    ("Theo [[Hiến pháp 2013]], quyền con người được bảo đảm.", [ref("Hiến pháp", None, None, "Quốc hội")]),
    ("Căn cứ [[Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam]];",
     [ref("Hiến pháp", None, None, "Quốc hội", "nước Cộng hòa xã hội chủ nghĩa Việt Nam")]),
    ("Điều 5 [[Luật Đầu tư công]] quy định", [ref("Luật", title="Đầu tư công")]),
    # plans named by their trích yếu, with the issuer that adopted them
    ("UBND tỉnh đã ban hành nhiều kế hoạch: [[Kế hoạch triển khai Nền tảng địa chỉ số quốc gia gắn với bản đồ "
     "số]]; [[Kế hoạch thực hiện Đề án phát triển thanh toán không dùng tiền mặt trên địa bàn tỉnh Điện Biên giai "
     "đoạn 2021 - 2025]]...",
     [ref("Kế hoạch", None, None, "Ủy ban nhân dân tỉnh Điện Biên",
          "triển khai Nền tảng địa chỉ số quốc gia gắn với bản đồ số"),
      ref("Kế hoạch", None, None, "Ủy ban nhân dân tỉnh Điện Biên",
          "thực hiện Đề án phát triển thanh toán không dùng tiền mặt trên địa bàn tỉnh Điện Biên giai đoạn "
          "2021 - 2025")]),
    ("đạt mục tiêu của [[Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025]];",
     [ref("Chương trình", None, None, None, "mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025")]),
    ("vốn của Chương trình mục tiêu quốc gia là 1.200 tỷ đồng; ông A, Phó Trưởng Ban Chỉ đạo Chương trình mục tiêu "
     "quốc gia xây dựng nông thôn mới, cho biết", []),
    ("Cụ thể hóa việc triển khai đúng mục tiêu [[Chương trình phát triển kinh tế số và xã hội số giai đoạn "
     "2026 - 2030]] của Trung ương.",
     [ref("Chương trình", None, None, None, "phát triển kinh tế số và xã hội số giai đoạn 2026 - 2030")]),
]

# "BNN" coded the Bộ Nông nghiệp và Phát triển nông thôn, and is still written for the ministry that took its
# place on 1 March 2025: the date decides, or, undated, the ministry the text names.
AGRICULTURE = [
    ("Cắt giảm thời gian giải quyết từ 30 ngày xuống 15 ngày theo QĐ số [[2490/QĐ- BNN ngày 01/7/2025]]",
     [ref("Quyết định", "2490/QĐ-BNN", "2025-07-01", "Bộ Nông nghiệp và Môi trường")]),
    ("Căn cứ [[Quyết định số 1819/QĐ-BNN-TCTS ngày 20/5/2016]];",
     [ref("Quyết định", "1819/QĐ-BNN-TCTS", "2016-05-20", "Bộ Nông nghiệp và Phát triển nông thôn")]),
    ("Sở đã báo cáo Bộ Nông nghiệp và Môi trường kết quả thực hiện [[Quyết định số 4255/QĐ-BNN-KHCN]].",
     [ref("Quyết định", "4255/QĐ-BNN-KHCN", None, "Bộ Nông nghiệp và Môi trường")]),
]

TITLES = [
    # in prose a title ends where the sentence's own predicate starts ("là", "thì", "được ban hành", "đề ra",
    # "nêu rõ"), before an aside that holds it, and at a comma before a new subject ("Bộ Tài chính", "Ban ...")
    ("Theo ông Minh, [[Nghị định 23/2016/NĐ-CP]] quy định về điều kiện hỗ trợ lãi suất là chưa hợp lý.",
     [ref("Nghị định", "23/2016/NĐ-CP", title="quy định về điều kiện hỗ trợ lãi suất")]),
    ("[[Nghị quyết 41/NQ-CP]] về phát triển hợp tác xã đến năm 2025 được ban hành tháng 4 năm 2019.",
     [ref("Nghị quyết", "41/NQ-CP", title="về phát triển hợp tác xã đến năm 2025")]),
    ("[[Chỉ thị số 12-CT/TW]] về công tác thanh niên đề ra mục tiêu “nâng cao chất lượng đoàn viên”.",
     [ref("Chỉ thị", "12-CT/TW", title="về công tác thanh niên")]),
    ("Về [[Quyết định 31]] về việc cấp phép có thời hạn (thường được gọi là cấp phép tạm), ông Hải cho hay.",
     [ref("Quyết định", "31", title="về việc cấp phép có thời hạn")]),
    ("Thực hiện [[Thông tư 14/2016/TT-BNV]] về quản lý hồ sơ công chức, Bộ Nội vụ đã hướng dẫn các tỉnh rà soát.",
     [ref("Thông tư", "14/2016/TT-BNV", title="về quản lý hồ sơ công chức")]),
    # a normative document is not sent with a subject line: a later "về ..." is no trích yếu of it
    ("theo mức chi phí quản lý bằng 1,7% theo quy định tại [[Thông tư số 44/2022/TT-BTC]] gửi Bộ Tài chính tổng hợp, "
     "đảm bảo thời gian theo quy định của pháp luật về ngân sách nhà nước.",
     [ref("Thông tư", "44/2022/TT-BTC", None, "Bộ Tài chính", "-")]),
]

# A programme's name goes on past commas and "cho" to the period that closes it; a quoted name runs to its quote.
PROGRAMMES = [
    ("triển khai [[Chương trình phòng, chống ma túy trong thanh, thiếu niên đến năm 2030]] trên địa bàn thành phố;",
     [ref("Chương trình", None, title="phòng, chống ma túy trong thanh, thiếu niên đến năm 2030")]),
    ("thực hiện [[Chương trình hỗ trợ việc làm cho thanh niên nông thôn, miền núi giai đoạn 2026-2030]] theo kế "
     "hoạch được giao.",
     [ref("Chương trình", None, title="hỗ trợ việc làm cho thanh niên nông thôn, miền núi giai đoạn 2026-2030")]),
    ("triển khai thực hiện [[Đề án “Nâng cao nhận thức cộng đồng và Quản lý rủi ro thiên tai dựa vào cộng đồng, đến "
     "năm 2030”]] trên địa bàn Thành phố;",
     [ref("Đề án", None, title="“Nâng cao nhận thức cộng đồng và Quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm "
          "2030”")]),
    ("tổng kết [[Đề án “Trồng một tỷ cây xanh”]] và xây dựng chương trình cho giai đoạn 2026 - 2030.",
     [ref("Đề án", None, title="“Trồng một tỷ cây xanh”")]),
    # a decision is no programme: its name does not run past the comma
    ("Ủy ban nhân dân tỉnh ban hành Quyết định phê duyệt danh sách các dân tộc còn gặp nhiều khó khăn, có khó khăn "
     "đặc thù giai đoạn 2026 - 2030.", []),
]

# A plan under the Law on Planning, named by its scope and its period ("thời kỳ"), commas and all.
PLANS = [
    ("+ Đối với Hồ sơ điều chỉnh [[Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản thời kỳ "
     "2021-2030, tầm nhìn đến năm 2050]] (khoáng sản nhóm I): Trên cơ sở xin ý kiến",
     [ref("Quy hoạch", None, None, None,
          "thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản thời kỳ 2021-2030, tầm nhìn đến năm 2050")]),
    ("Sớm hoàn thành việc rà soát và điều chỉnh [[Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng "
     "sản thời kỳ 2021-2030, tầm nhìn 2050]] đã được Thủ tướng Chính phủ phê duyệt",
     [ref("Quy hoạch", None, title="thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản thời kỳ 2021-2030, "
          "tầm nhìn 2050")]),
    # named inside a title: the title's object, neither a reference nor a sibling that ends the title
    ("Căn cứ [[Quyết định số 1569/QĐ-TTg ngày 12/12/2024 của Thủ tướng Chính phủ]] về việc phê duyệt Quy hoạch Thủ "
     "đô Hà Nội thời kỳ 2021-2030, tầm nhìn đến năm 2050 và [[Nghị quyết số 18-NQ/TU ngày 30/12/2022 của Thành ủy "
     "Hà Nội]] về chuyển đổi số;",
     [ref("Quyết định", "1569/QĐ-TTg",
          title="về việc phê duyệt Quy hoạch Thủ đô Hà Nội thời kỳ 2021-2030, tầm nhìn đến năm 2050"),
      ref("Nghị quyết", "18-NQ/TU", "2022-12-30", "Thành ủy Hà Nội", "về chuyển đổi số")]),
    # without its period a plan is a kind, not one document
    ("- Đối với Quy hoạch tỉnh Lào Cai: Ủy ban nhân dân tỉnh đã giao Sở Tài chính; Phương án khai thác khoáng sản "
     "nhóm IV phải thể hiện các nội dung về kỹ thuật an toàn.", []),
]

# A document named by its trích yếu and the numbered one that adopted it.
ADOPTED = [
    ("theo quy định tại khoản 1 Điều 9 của [[Quy chế ứng phó sự cố chất thải]] ban hành kèm theo [[Quyết định số "
     "11/2025/QĐ-TTg ngày 23 tháng 4 năm 2025 của Thủ tướng Chính phủ]].",
     [ref("Quy chế", None, None, None, "ứng phó sự cố chất thải"),
      ref("Quyết định", "11/2025/QĐ-TTg", "2025-04-23", "Thủ tướng Chính phủ")]),
    ("các CCN đã được hình thành trước khi [[Quy chế hoạt động của Cụm công nghiệp]] được ban hành kèm theo "
     "[[Quyết định số 105/2009/QĐ-TTg]];",
     [ref("Quy chế", title="hoạt động của Cụm công nghiệp"), ref("Quyết định", "105/2009/QĐ-TTg")]),
    # a part of the document itself is none
    ("1. Quy chế quản lý, vận hành Hệ thống thư điện tử công vụ ban hành kèm theo Quyết định này.", []),
]

# a law's number written without "số"; an item of a list wrapped onto a new line after "số"
WRAPPED_AND_BARE = [
    ("sửa đổi, bổ sung khoản 1 và khoản 2 Điều 13 [[Luật Thuế GTGT 13/2008/QH12]] quy định về hoàn thuế GTGT;",
     [ref("Luật", "13/2008/QH12", None, "Quốc hội", "Thuế GTGT")]),
    ("Căn cứ các Nghị định của Chính phủ: số [[48/2013/NĐ-CP ngày 14/5/2013]] sửa đổi, bổ sung một số điều;\nsố "
     "[[118/2025/NĐ-CP ngày 09/6/2025]] về việc thực hiện thủ tục hành chính theo cơ chế một cửa;",
     [ref("Nghị định", "48/2013/NĐ-CP", "2013-05-14", "Chính phủ"),
      ref("Nghị định", "118/2025/NĐ-CP", "2025-06-09", "Chính phủ", "về việc thực hiện thủ tục hành chính theo cơ chế "
          "một cửa")]),
]

# "của" inside a law's name: "tác hại của ...", or the law's own number ahead in the same clause
LAW_NAMES_WITH_OF = [
    ("Căn cứ [[Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam số 47/2014/QH13]] được "
     "sửa đổi, bổ sung bởi [[Luật số 51/2019/QH14]];",
     [ref("Luật", "47/2014/QH13", None, "Quốc hội",
          "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam"), ref("Luật", "51/2019/QH14")]),
    ("Căn cứ [[Luật Trách nhiệm bồi thường của Nhà nước số 10/2017/QH14]];",
     [ref("Luật", "10/2017/QH14", title="Trách nhiệm bồi thường của Nhà nước")]),
    ("theo quy định của [[Luật Phòng, chống tác hại của thuốc lá năm 2012]].",
     [ref("Luật", None, None, "Quốc hội", "Phòng, chống tác hại của thuốc lá")]),
    # not an issuer, nor a name without the law's number ahead
    ("Căn cứ [[Luật Đất đai]] của Quốc hội số [[45/2013/QH13]];", [ref("Luật", None), ref("Luật", "45/2013/QH13")]),
    ("thực hiện theo [[Luật Thuế thu nhập doanh nghiệp]] của Việt Nam;", [ref("Luật", None, title="Thuế thu nhập doanh nghiệp")]),
    # a law's name stops before the sentence's verb; "Pháp Luật TP.HCM" is a newspaper
    ("[[Luật Đất đai]] và [[Luật Đầu tư]] lại quy định không thống nhất về thu hồi đất.",
     [ref("Luật", title="Đất đai"), ref("Luật", title="Đầu tư")]),
    ("Theo [[Luật Xây dựng]] yêu cầu trường hợp cấp phép có thời hạn phải phù hợp quy hoạch.",
     [ref("Luật", title="Xây dựng")]),
    ("Trả lời phóng viên Pháp Luật TP.HCM, ông Hải cho biết.", []),
    ("Ủy ban trình bày Báo cáo thẩm tra dự án [[Luật sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng]] và "
     "trình bày Báo cáo thẩm tra dự thảo Nghị quyết.",
     [ref("Luật", title="sửa đổi, bổ sung một số điều của Luật các tổ chức tín dụng")]),
]

LISTS = [
    # a list sharing a type: the second item inherits it and starts at its number
    ("Căn cứ các [[Nghị định số 45/2020/NĐ-CP]], [[47/2020/NĐ-CP]];",
     [ref("Nghị định", "45/2020/NĐ-CP"), ref("Nghị định", "47/2020/NĐ-CP")]),
    ("theo các quy định tại [[Nghị định số 87/2015/NĐ-CP]] và [[Thông tư số 200/2015/TT-BTC]].",
     [ref("Nghị định", "87/2015/NĐ-CP", issuer="Chính phủ", title="-"),
      ref("Thông tư", "200/2015/TT-BTC", issuer="Bộ Tài chính")]),
    # an amending law naming one law: the number is the amending law's
    ("Căn cứ [[Luật sửa đổi, bổ sung một số điều của\nLuật xây dựng số 62/2020/QH14 ngày 17 tháng 06 năm 2020]];",
     [ref("Luật", "62/2020/QH14", "2020-06-17", "Quốc hội", "sửa đổi, bổ sung một số điều của Luật xây dựng")]),
    # ... naming several: no number of its own; the numbered laws listed are references too
    ("Căn cứ [[Luật sửa đổi, bổ sung một số điều của [[Luật Đất đai số 31/2024/QH15]], [[Luật Nhà ở\nsố "
     "27/2023/QH15]]]];",
     None),
    ("Căn cứ [[Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu ngày 29 "
     "tháng 11 năm 2024]];",
     [ref("Luật", None, "2024-11-29", "Quốc hội",
          "sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu")]),
]

NOT_REFERENCES = [
    "Quyết định này có hiệu lực kể từ ngày ký.",
    "Kế hoạch này được triển khai trên địa bàn tỉnh.",
    "Thông tư này quy định chi tiết một số điều.",
    "rà soát, hệ thống hóa các văn bản quy phạm pháp luật trong năm 2022",
    "Nghị quyết nêu trên và văn bản trên",
    "theo quy định tại khoản 2 Điều 3 và Điều 5.",
    "Ủy ban nhân dân tỉnh Lào Cai đã ban hành 02 Quyết định phê duyệt trữ lượng khoáng sản.",
    "quyết định thành lập Tổ công tác; kế hoạch năm 2025",
    "Số: 1332/KH-BCĐ\nĐiện Biên, ngày 6 tháng 5 năm 2022",
    "Tỷ lệ đạt 8/12 CSDL trọng yếu, ngày 15/6/2021.",
    # after "(sau đây viết tắt là Chương trình)", "Chương trình ..." is that document again
    "phê duyệt Chương trình mục tiêu quốc gia (sau đây viết tắt là Chương trình), Ủy ban nhân dân thành phố ban hành "
    "Kế hoạch. Các nội dung của Chương trình bảo đảm “rõ người, rõ việc”.",
    # a form's number is no document's
    "lập dự toán thu, chi hằng năm (Mẫu số 01/QĐ-QLDA, Mẫu số 02/QĐ-QLDA) theo quy định",
    "thực hiện theo các Mẫu số 03, 04, 05 và 06/BHYT-QĐ ban hành kèm theo Thông tư này",
    # a kind of decision, named by an institution it creates or a list it issues
    "Quyết định thành lập Hội đồng thi hành án tử hình phải ghi rõ ngày, tháng, năm.",
    "Cơ quan chủ quản ban hành Quyết định phê duyệt Văn kiện dự án hỗ trợ kỹ thuật.",
    "Bộ Công Thương ban hành Quyết định công nhận kết quả đăng ký sản phẩm vật liệu nổ vào Danh mục vật liệu nổ.",
    # a plan attached to the document itself, and a form's name
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện chuyển đổi số năm 2026 của tỉnh.",
    "Mẫu số 68: Quyết định phê duyệt Phương án đưa tàu lặn vào hoạt động giai đoạn 2026 - 2030",
]


@pytest.mark.parametrize("marked,expected", NUMBERED + WRITTEN_ISSUERS + DATES_WITHOUT_YEAR + NAMED + AGRICULTURE + TITLES + PROGRAMMES + PLANS + ADOPTED + LAW_NAMES_WITH_OF + WRAPPED_AND_BARE + LISTS, ids=lambda v: str(v)[:40])
def test_references(marked, expected):
    if expected is None:
        return check_nested(marked)
    check(marked, expected, NGHE_AN if "Tỉnh ủy" in marked else None)


def check_nested(marked: str):
    """Nested marks ("[[Luật sửa đổi ... [[Luật Đất đai số 31/2024/QH15]] ...]]"): spans only."""
    spans, stack, out = [], [], ""
    i = 0
    while i < len(marked):
        if marked.startswith("[[", i):
            stack.append(len(out)); i += 2
        elif marked.startswith("]]", i):
            spans.append((stack.pop(), len(out))); i += 2
        else:
            out += marked[i]; i += 1
    got = find_references(out)
    assert sorted((r.start, r.end) for r in got) == sorted(spans), [r.text for r in got]


def test_the_standard_keeps_its_number():
    (r,) = find_references("(QCVN:109/2017/BTTTT)")
    assert (r.number, r.type, r.issuer) == ("QCVN:109/2017/BTTTT", "Quy chuẩn kỹ thuật quốc gia",
                                            "Bộ Thông tin và Truyền thông")


def test_an_amending_law_does_not_cite_itself():
    text = read_document(SAMPLES / "luat-147-2025-qh15-2025.txt")
    refs = find_references(text.text, text.metadata)
    enact = [r for r in refs if r.number == "54/2024/QH15"][0]
    assert (enact.text, enact.title) == ("Luật Địa chất và khoáng sản số 54/2024/QH15", "Địa chất và khoáng sản")
    assert not any(r.number == "147/2025/QH15" or (r.title or "").startswith("sửa đổi") for r in refs[:3])


@pytest.mark.parametrize("text", NOT_REFERENCES)
def test_not_references(text):
    assert find_references(text, Metadata(number="1332/KH-BCĐ")) == []


SHORT_FORMS = [
    # linked to the full mention (antecedent), number as written, only the fields its own words state
    # (GUIDELINES "Short forms"; gold baomoi-22280912: "Nghị quyết 19" has no issuer)
    ("theo tinh thần của Nghị quyết 19/NQ-CP như về thời gian thành lập doanh nghiệp. Đa số các tỉnh đều đạt "
     "chỉ tiêu Nghị quyết 19 và cam kết đề ra.",
     [dict(number="19/NQ-CP", id="r1", issuer="Chính phủ"),
      dict(text="Nghị quyết 19", number="19", type="Nghị quyết", antecedent="r1", issuer=None, date=None,
           short_form=True)]),
    ("Quyết định 942 đã đặt mục tiêu. Thực hiện Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ.",
     [dict(text="Quyết định 942", number="942", antecedent="r2", date=None, issuer=None, title=None),
      dict(number="942/QĐ-TTg", date="2021-06-15", issuer="Thủ tướng Chính phủ")]),
    # no antecedent: stays as written, never guessed
    ("công tác phát triển KHCN, ĐMST, CĐS và ĐA 06 đã đạt kết quả nổi bật; (6) Đề án\n06 mang lại",
     [dict(text="ĐA 06", type="Đề án", number="06", antecedent=None, issuer=None),
      dict(text="Đề án\n06", type="Đề án", number="06", antecedent=None)]),
    ("Một khu dân cư được hình thành từ Quyết định 33/2014 về tách thửa tại quận 12.",
     [dict(text="Quyết định 33/2014", number="33/2014", type="Quyết định", title="về tách thửa tại quận 12")]),
    ("theo Nghị định 105 năm 2014 của Chính phủ quy định chi tiết Luật Bảo hiểm y tế",
     [dict(text="Nghị định 105 năm 2014 của Chính phủ", number="105", date=None, issuer="Chính phủ",
           title="quy định chi tiết Luật Bảo hiểm y tế")]),
    ("Kế hoạch 5 năm và Quyết định 12 tháng 3", []),
    # a short number followed by its date
    ("Căn cứ Quyết định số 845 ngày 12/9/2018 của UBND tỉnh Điện Biên, dự án được điều chỉnh",
     [dict(text="Quyết định số 845 ngày 12/9/2018 của UBND tỉnh Điện Biên", number="845", date="2018-09-12",
           issuer="Ủy ban nhân dân tỉnh Điện Biên")]),
    ("trong thời hạn theo Quyết định 12 ngày làm việc", []),
    ("Bộ Tài chính đã ban hành Thông tư 130 hướng dẫn cách tính thuế tiêu thụ đặc biệt mới.",
     [dict(text="Thông tư 130", number="130", issuer="Bộ Tài chính", antecedent=None,
           title="hướng dẫn cách tính thuế tiêu thụ đặc biệt mới")]),
    ("kiểm tra thực hiện Chỉ thị 13 của Thủ tướng Chính phủ.",
     [dict(text="Chỉ thị 13 của Thủ tướng Chính phủ", number="13", issuer="Thủ tướng Chính phủ")]),
    ("sửa đổi bổ sung một số điều của các Luật về thuế (Luật số 71). Luật số 71/2014/QH13 có hiệu lực",
     [dict(text="Luật số 71", number="71", type="Luật", antecedent="r2", issuer="Quốc hội"),
      dict(number="71/2014/QH13")]),
    ("Căn cứ Luật số 8 7⁄202%⁄QHI5;", []),  # OCR-mangled: no short form "Luật số 8"
    ("nền tảng CSDL trọng yếu theo Kế hoạch 02 được hình thành cơ bản",
     [dict(text="Kế hoạch 02", type="Kế hoạch", number="02", antecedent=None)]),
    # in lower case, a short form of a document the text names; else no reference
    ("Chính phủ ban hành Nghị định 20/2019/NĐ-CP về phí. Theo nghị định 20, các đơn vị phải nộp phí.",
     [dict(number="20/2019/NĐ-CP"),
      dict(text="nghị định 20", type="Nghị định", number="20", antecedent="r1", issuer=None)]),
    ("Việc thực hiện Nghị quyết 35 còn chậm; nhiều địa phương chưa thực hiện nghị quyết 35 đúng yêu cầu.",
     [dict(text="Nghị quyết 35", number="35"), dict(text="nghị quyết 35", number="35", antecedent=None)]),
    ("theo kế hoạch 2 và quyết định 15 của tỉnh", []),
    ("so sánh Phương án 1 và Phương án 2 của dự án", []),
]


@pytest.mark.parametrize("text,expected", SHORT_FORMS, ids=lambda v: str(v)[:40])
def test_short_forms(text, expected):
    got = find_references(text)
    assert len(got) == len(expected), [r.text for r in got]
    for r, exp in zip(got, expected):
        for k, v in exp.items():
            assert getattr(r, k) == v, (k, r)


def test_ids_in_text_order_and_offsets_index_the_text():
    text = read_document(SAMPLES / "kh-179-kh-ubnd-2025.txt").text
    refs = find_references(text)
    assert [r.id for r in refs] == [f"r{i}" for i in range(1, len(refs) + 1)]
    assert [r.start for r in refs] == sorted(r.start for r in refs)
    assert all(text[r.start:r.end] == r.text for r in refs)


def test_province_from_the_document_header():
    doc = read_document(SAMPLES / "kh-179-kh-ubnd-2025.txt")
    by_number = {}
    for r in find_references(doc.text, doc.metadata):
        by_number.setdefault(r.number, r)
    assert by_number["92/KH-UBND"].issuer == "Ủy ban nhân dân tỉnh Đồng Nai"
    assert by_number["469-KH/TU"].issuer == "Tỉnh ủy Đồng Nai"
    assert "179/KH-UBND" not in by_number  # the document's own "Số:" line


def test_the_seed_article_exactly_as_the_gold():
    gold = json.loads((FIXTURES / "seed_references.json").read_text("utf-8"))["references"]
    text = read_document(SEED).text
    got = find_references(text)
    assert len(got) == len(gold) == 8
    for r, g in zip(got, gold):
        assert (r.start, r.end, r.text) == (g["start"], g["end"], g["text"])
        assert (r.type, r.number, r.date, r.issuer, r.title) == (g["type"], g.get("number"), g.get("date"),
                                                                 g["issuer"], g["title"])

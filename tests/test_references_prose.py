"""References as prose and results sections write them (second round): who issued a document named by
its body's plenum, the trích yếu after an aside or before "do ... ban hành", siblings after a programme
named in a title, and a mention restated in parentheses after its trích yếu.

Legal text from the corpus, or sentences made up for the case (no news text). ``[[...]]`` marks each
expected span, in order; only the keys given are checked ("-" means None).
"""
from __future__ import annotations

import pytest

from corpus.document import Metadata

from test_references import check

THANH_HOA = Metadata(type="Kế hoạch", number="235/KH-UBND", issuer="Ủy ban nhân dân tỉnh Thanh Hóa", place="Thanh Hóa")

CASES = [
    # a plenum named alone, by its number and term, is the Ban Chấp hành Trung ương (constructed)
    ("Việc phát triển kinh tế tập thể đã được xác định tại [[Nghị quyết số 13 của Hội nghị Trung ương 5 (khóa IX)]] "
     "về phát triển kinh tế tập thể.",
     [dict(number="13", issuer="Ban Chấp hành Trung ương", title="về phát triển kinh tế tập thể")], None),
    ("Thực hiện [[Nghị quyết số 18-NQ/TW của Hội nghị Trung ương lần thứ sáu khóa XII]] về tinh gọn tổ chức bộ máy, "
     "tỉnh đã sắp xếp các cơ quan.",
     [dict(number="18-NQ/TW", issuer="Ban Chấp hành Trung ương", title="về tinh gọn tổ chức bộ máy")], None),
    # the issuer's present name in an aside does not hide the trích yếu; the programme the decision adopted is
    # part of it, and the plan after "và" is a sibling (KH 235/KH-UBND Thanh Hóa)
    ("Căn cứ [[Quyết định số 4255/QĐ-BNN-KHCN ngày 04/12/2024 của Bộ Nông nghiệp và Phát triển nông thôn]] (nay là Bộ "
     "Nông nghiệp và Môi trường) về việc phê duyệt Chương trình “Quan trắc môi trường phục vụ quản lý ngành Nông nghiệp "
     "và Phát triển nông thôn đến năm 2040*” và [[Kế hoạch 223/KH- UBND ngày 24/10/2025 của UBND tỉnh]] về quan trắc, "
     "cảnh báo môi trường nuôi trồng thủy sản giai đoạn 2026 - 2030; Ủy ban nhân dân tỉnh ban hành Kế hoạch quan trắc, "
     "cảnh báo môi trường nuôi trồng thủy sản trên địa bàn tỉnh Thanh Hóa năm 2026, cụ thể như sau:",
     [dict(number="4255/QĐ-BNN-KHCN", date="2024-12-04", issuer="Bộ Nông nghiệp và Phát triển nông thôn",
           title="về việc phê duyệt Chương trình “Quan trắc môi trường phục vụ quản lý ngành Nông nghiệp và Phát "
                 "triển nông thôn đến năm 2040*”"),
      dict(number="223/KH-UBND", date="2025-10-24", issuer="Ủy ban nhân dân tỉnh Thanh Hóa",
           title="về quan trắc, cảnh báo môi trường nuôi trồng thủy sản giai đoạn 2026 - 2030")], THANH_HOA),
    # the mention restated in parentheses after its trích yếu is no part of it (QĐ 161/2025/QĐ-UBND)
    ("2. Tiêu chuẩn về truy cập thông tin áp dụng theo [[Thông tư số 39/2017/TT- BTTTT ngày 15 tháng 12 năm 2017 của "
     "Bộ trưởng Bộ Thông tin và Truyền thông]] (nay là Bộ Khoa học và Công nghệ) về việc ban hành Danh mục tiêu chuẩn "
     "kỹ thuật về ứng dụng công nghệ thông tin trong cơ quan nhà nước ([[Thông tư số 39/2017/TT-BTTTT]]).",
     [dict(number="39/2017/TT-BTTTT", date="2017-12-15",
           title="về việc ban hành Danh mục tiêu chuẩn kỹ thuật về ứng dụng công nghệ thông tin trong cơ quan nhà nước"),
      dict(number="39/2017/TT-BTTTT", title="-")], None),
    # but a name in parentheses inside the trích yếu stays in it (QĐ 44/2025/QĐ-TTg)
    ("19. [[Quyết định số 03/2019/QĐ-TTg ngày 15 tháng 01 năm 2019 của Thủ tướng Chính phủ]] ban hành tiêu chí xác "
     "định xã, thôn hoàn thành mục tiêu Dự án 2 ([[Chương trình 135]]) thuộc Chương trình mục tiêu quốc gia Giảm nghèo "
     "bền vững giai đoạn 2016 - 2020.",
     [dict(number="03/2019/QĐ-TTg",
           title="ban hành tiêu chí xác định xã, thôn hoàn thành mục tiêu Dự án 2 (Chương trình 135) thuộc Chương "
                 "trình mục tiêu quốc gia Giảm nghèo bền vững giai đoạn 2016 - 2020"),
      dict(number="135")], None),
    # the closing mark "./." ends the trích yếu (KH 556/KH-UBND)
    ("Kế hoạch này thay thế [[Kế hoạch số 371/KH-UBND ngày 31/7/2023 của Ủy ban nhân dân tỉnh Tiền Giang]] (nay là "
     "tỉnh Đồng Tháp) về thực hiện [[Nghị Quyết số 48/NQ-CP ngày 03/4/2023 của Chính phủ]] về việc phê duyệt Chiến "
     "lược khai thác, sử dụng bền vững tài nguyên, bảo vệ môi trường biển và hải đảo đến năm 2030, tầm nhìn đến năm "
     "2050./.\nNơi nhận:",
     [dict(number="371/KH-UBND", title="về thực hiện Nghị Quyết số 48/NQ-CP ngày 03/4/2023 của Chính phủ về việc "
           "phê duyệt Chiến lược khai thác, sử dụng bền vững tài nguyên, bảo vệ môi trường biển và hải đảo đến năm "
           "2030, tầm nhìn đến năm 2050"),
      dict(number="48/NQ-CP", date="2023-04-03")], None),
    # documents of one kind listed before the subject they share take it (constructed) ...
    ("Theo [[Nghị quyết số 916/NQ-UBTVQH13 ngày 05/05/2015]] và [[Nghị quyết số 1096/NQ-UBTVQH13 ngày 22/12/2015 của "
     "Ủy ban Thường vụ Quốc hội]] về phân bổ vốn trái phiếu Chính phủ dự phòng.",
     [dict(number="916/NQ-UBTVQH13", issuer="Ủy ban Thường vụ Quốc hội", title="về phân bổ vốn trái phiếu Chính phủ dự phòng"),
      dict(number="1096/NQ-UBTVQH13", title="về phân bổ vốn trái phiếu Chính phủ dự phòng")], None),
    ("Các quận vẫn áp dụng [[Quyết định 135/2007]], [[Quyết định 45/2012 của UBND Thành phố Hồ Chí Minh]] về quy chế quản lý kiến trúc "
     "nhà liên kế.",
     [dict(number="135/2007", issuer="Ủy ban nhân dân Thành phố Hồ Chí Minh", title="về quy chế quản lý kiến trúc nhà liên kế"),
      dict(number="45/2012", title="về quy chế quản lý kiến trúc nhà liên kế")], None),
    # ... and the issuer written after the last of them, when their symbols name none other (constructed)
    ("Các cấp ủy đã quán triệt [[Nghị quyết số 57-NQ/TW]], [[Nghị quyết số 66-NQ/TW]] và [[Nghị quyết số 68-NQ/TW của "
     "Bộ Chính trị]] đến cán bộ, đảng viên.",
     [dict(issuer="Bộ Chính trị"), dict(issuer="Bộ Chính trị"), dict(issuer="Bộ Chính trị")], None),
    ("Căn cứ [[Quyết định số 12/QĐ-UBND]] và [[Quyết định số 34/QĐ-TTg của Thủ tướng Chính phủ]];",
     [dict(issuer="Ủy ban nhân dân"), dict(issuer="Thủ tướng Chính phủ")], None),
    # ... but not a trích yếu that names what one of them amends (NĐ 139/2025/NĐ-CP, constructed after it)
    ("Căn cứ [[Nghị định số 17/2020/NĐ-CP ngày 05 tháng 02 năm 2020]] và [[Nghị định số 82/2022/NĐ-CP ngày 18 tháng 10 "
     "năm 2022 của Chính phủ]] sửa đổi, bổ sung một số điều của [[Nghị định số 113/2017/NĐ-CP]];",
     [dict(number="17/2020/NĐ-CP", title="-"),
      dict(number="82/2022/NĐ-CP", title="sửa đổi, bổ sung một số điều của Nghị định số 113/2017/NĐ-CP")], None),
    # after a document its title names, a comma and one cited in full with its own trích yếu is the next item of a
    # list (TT 61/2025/TT-BCT)
    ("[[Nghị định số 69/2018/NĐ-CP ngày 15 tháng 5 năm 2018 của Chính phủ]] quy định chi tiết một số điều của "
     "Luật Quản lý ngoại thương, [[Nghị định số 146/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ]] quy định về "
     "phân quyền, phân cấp trong lĩnh vực công nghiệp và thương mại;",
     [dict(number="69/2018/NĐ-CP", title="quy định chi tiết một số điều của Luật Quản lý ngoại thương"),
      dict(number="146/2025/NĐ-CP", title="quy định về phân quyền, phân cấp trong lĩnh vực công nghiệp và thương mại")],
     None),
    # a quoted text's closing period ends the trích yếu (TT 112/2025/TT-BTC)
    ("“Điều 5. Thực hiện theo [[Nghị định số 32/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ]] quy định chi tiết "
     "một số điều và biện pháp thi hành Luật đấu thầu về lựa chọn nhà thầu.”",
     [dict(title="quy định chi tiết một số điều và biện pháp thi hành Luật đấu thầu về lựa chọn nhà thầu")], None),
    # news writes a list of short forms with the type once, and the trích yếu in parentheses (constructed)
    ("Quy định này từng có tại [[Quyết định 19/2009]] do thành phố ban hành về diện tích tối thiểu khi tách thửa và tại "
     "[[Quyết định 54]] (sửa đổi, bổ sung [[Quyết định 19]]). Sau đó thành phố ban hành [[Quyết định 33/2014]] thay thế "
     "[[Quyết định 19]] và [[54]].",
     [dict(number="19/2009", title="về diện tích tối thiểu khi tách thửa"),
      dict(number="54", title="sửa đổi, bổ sung Quyết định 19"), dict(number="19"),
      dict(number="33/2014", title="thay thế Quyết định 19 và 54"), dict(number="19"),
      dict(type="Quyết định", number="54")], None),
    ("Hiệp hội kiến nghị Chính phủ sớm thay thế [[Quyết định 09]], [[80]], [[86]] về việc sử dụng đất khi cổ phần hóa.",
     [dict(number="09", title="về việc sử dụng đất khi cổ phần hóa"), dict(number="80"),
      dict(number="86", title="về việc sử dụng đất khi cổ phần hóa")], None),
    ("Theo [[Quyết định 19]] và 54 hộ dân được hỗ trợ.", [dict(number="19")], None),
    # a trích yếu may start with "giải quyết khiếu nại", "công bố", "thay thế" (constructed; QĐ 1521/QĐ-UBND)
    ("Ông khiếu nại [[Quyết định số 9589/QĐ-UBND ngày 26/9/2016 của Chủ tịch UBND thành phố Thái Bình]] giải quyết "
     "khiếu nại của ông.",
     [dict(date="2016-09-26", title="giải quyết khiếu nại của ông")], None),
    # a table's next cell joined on after a name ends the trích yếu (QĐ 1521/QĐ-UBND Bắc Ninh)
    ("Nông nghiệp\n[[Quyết định số 1717/QĐ- UBND ngày 18/12/2024 của UBND tỉnh Bắc Ninh]] công bố thủ tục hành chính "
     "đặc thù mới thuộc chức năng quản lý của Sở Nông nghiệp và Phát triển nông thôn áp dụng trên địa bàn tỉnh Bắc Ninh "
     "[[Nghị quyết số 16/2024/NQ-HĐND ngày 11/12/2024 của HĐND tỉnh Bắc Ninh]] về việc Quy định hỗ trợ về phát triển "
     "nông nghiệp",
     [dict(number="1717/QĐ-UBND", title="công bố thủ tục hành chính đặc thù mới thuộc chức năng quản lý của Sở Nông "
           "nghiệp và Phát triển nông thôn áp dụng trên địa bàn tỉnh Bắc Ninh"),
      dict(number="16/2024/NQ-HĐND", issuer="Hội đồng nhân dân tỉnh Bắc Ninh")], None),
    # a Party document of two bodies, and a plenum written without "của" (constructed)
    ("Theo [[Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư]] về triển khai nghiên cứu, đề xuất tiếp "
     "tục sắp xếp tổ chức bộ máy, các địa phương khẩn trương thực hiện.",
     [dict(issuer="Bộ Chính trị, Ban Bí thư", title="về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy")],
     None),
    ("[[Nghị quyết 18-NQ/TW ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII]] về một số vấn "
     "đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy.",
     [dict(date="2017-10-25", issuer="Ban Chấp hành Trung ương",
           title="về một số vấn đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy")], None),
    # in prose the trích yếu ends where the sentence goes on: "cho thấy", a new subject after a comma (constructed)
    ("[[Báo cáo số 120/BC-UBND ngày 15/6/2025 của UBND tỉnh]] về kết quả thực hiện nhiệm vụ 6 tháng đầu năm cho thấy "
     "nhiều chỉ tiêu đạt khá.", [dict(title="về kết quả thực hiện nhiệm vụ 6 tháng đầu năm")], None),
    ("Quán triệt [[Chỉ thị 05-CT/TW của Bộ Chính trị]] về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
     "Chí Minh, các cấp ủy đã triển khai nhiều mô hình.",
     [dict(title="về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")], None),
    ("Theo [[Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ]] quy định chi tiết thi hành một số điều của Luật Đất "
     "đai, trường hợp của ông A có cơ sở để xem xét cấp giấy chứng nhận.",
     [dict(title="quy định chi tiết thi hành một số điều của Luật Đất đai")], None),
    ("[[Quyết định số 1947/QĐ-UBND của UBND tỉnh Quảng Bình]] phê duyệt đề án tuyến du lịch “Hang Va” lại quy định luôn "
     "cả giá dịch vụ.", [dict(title="phê duyệt đề án tuyến du lịch “Hang Va”")], None),
    ("Ban Bí thư ban hành [[Chỉ thị số 10-CT/TW]] về tăng cường sự lãnh đạo của Đảng với cuộc vận động xây dựng nông thôn "
     "mới và Quốc hội thông qua [[Nghị quyết số 32/2016/QH14]] về tiếp tục nâng cao hiệu lực thực hiện Chương trình.",
     [dict(title="về tăng cường sự lãnh đạo của Đảng với cuộc vận động xây dựng nông thôn mới"),
      dict(issuer="Quốc hội", title="về tiếp tục nâng cao hiệu lực thực hiện Chương trình")], None),
    ("Theo [[Luật số 71/2014/QH13]] sửa đổi các luật về thuế, doanh nghiệp đã được khấu trừ thuế.",
     [dict(issuer="Quốc hội", title="sửa đổi các luật về thuế")], None),
    ("[[Nghị quyết số 01/NQ-CP ngày 8/1/2025 của Chính phủ]] về nhiệm vụ, giải pháp chủ yếu năm 2025 đặt mục tiêu tăng "
     "trưởng 8%.", [dict(title="về nhiệm vụ, giải pháp chủ yếu năm 2025")], None),
    # in news a paragraph may open with a plan's name (constructed)
    ("Hội nghị đã bế mạc.\n[[Chiến lược phát triển kinh tế - xã hội 10 năm 2021-2030]] xác định ba đột phá chiến lược. "
     "Trong đó, hoàn thiện thể chế là đột phá quan trọng hàng đầu, tạo động lực cho tăng trưởng. Các địa phương cần cụ "
     "thể hóa thành chương trình hành động.",
     [dict(type="Chiến lược", number="-", title="phát triển kinh tế - xã hội 10 năm 2021-2030")], None),
    # a report named by its known author and its subject is one document; lower case, or without a subject, none
    # (constructed)
    ("Quốc hội đã nghe trình bày [[Báo cáo của Ủy ban Thường vụ Quốc hội về việc thực hiện chính sách, pháp luật về an "
     "toàn thực phẩm giai đoạn 2011-2016]]. Báo cáo nêu rõ nhiều hạn chế.",
     [dict(type="Báo cáo", number="-", issuer="Ủy ban Thường vụ Quốc hội",
           title="về việc thực hiện chính sách, pháp luật về an toàn thực phẩm giai đoạn 2011-2016")], None),
    ("Đoàn đã xem xét các báo cáo của Chính phủ về an toàn thực phẩm và Báo cáo của Chính phủ.", [], None),
    # "Ngày ..., tại Thông báo số ...": the date is the document's (CĐ 230/CĐ-TTg)
    ("Ngày 22/10/2025, tại [[Thông báo số 569/TB-VPCP của\nVăn phòng Chính phủ]], Phó Thủ tướng Thường trực Chính phủ "
     "giao các Bộ chủ động rà soát.", [dict(date="2025-10-22", issuer="Văn phòng Chính phủ")], None),
    # a sentence whose period was lost ends a name; a name keeps no trailing space (constructed)
    ("Các xã đã hoàn thành [[Chương trình xây dựng nông thôn mới giai đoạn 2021-2025]] Tuy nhiên, nguồn lực còn hạn chế.",
     [dict(title="xây dựng nông thôn mới giai đoạn 2021-2025")], None),
    ("Bộ đang xây dựng [[Đề án quản lý giám sát hàng hóa thông qua Cơ chế một cửa quốc gia]]  (NSW) để trình Chính phủ.",
     [dict(type="Đề án", title="quản lý giám sát hàng hóa thông qua Cơ chế một cửa quốc gia")], None),
    # a count of years before a period is no short form (constructed)
    ("Kế hoạch 5 năm 2021-2025 đã hoàn thành; [[Nghị định 105 năm 2014]] vẫn còn hiệu lực.",
     [dict(number="105", date="-")], None),
    # a department of Hồ Chí Minh City as news writes it (constructed)
    ("[[Công văn 789/STNMT-QLĐĐ của Sở TN&MT TP.HCM]] về cấp giấy chứng nhận đã được gửi các quận.",
     [dict(issuer="Sở Tài nguyên và Môi trường Thành phố Hồ Chí Minh", title="về cấp giấy chứng nhận")], None),
    # an aside the title's end cut off is no part of it (CV 5485/CT-CS); "đã được ban hành ngày" ends a title
    ("- [[Nghị định số 100/2016/NĐ-CP ngày 1/7/2016]] sửa đổi, bổ sung Điều 10 [[Nghị định số 209/2013/NĐ-CP ngày "
     "18/12/2013 của Chính phủ]] (đã\nđược sửa đổi, bổ sung) quy định:",
     [dict(title="sửa đổi, bổ sung Điều 10 Nghị định số 209/2013/NĐ-CP ngày 18/12/2013 của Chính phủ"), dict()], None),
    ("[[Nghị định số 21/2026/NĐ-CP]] sửa đổi, bổ sung một số điều của [[Nghị định số 193/2025/NĐ-CP]] đã được ban hành "
     "ngày 10/01/2026 chưa quy định trường hợp này.",
     [dict(title="sửa đổi, bổ sung một số điều của Nghị định số 193/2025/NĐ-CP"), dict()],
     Metadata(type="Báo cáo", number="12/BC-UBND")),
    ("[[Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị (khóa X)]] về công tác phụ nữ thời kỳ mới xác định “phải "
     "xây dựng đội ngũ cán bộ nữ”.", [dict(issuer="Bộ Chính trị", title="về công tác phụ nữ thời kỳ mới")], None),
    # a quotation that closes after the mention opens no title (constructed)
    ('"Phải giảm biên chế theo đúng tinh thần [[Nghị quyết 39 của Bộ Chính trị]]", ông nói.',
     [dict(number="39", issuer="Bộ Chính trị", title="-")], None),
    # law names: a verb ends one, a list label or a dash on the next line is none, and a law inside an amending law's
    # name stops at a preposition (KH 172/KH-UBND, KH 7360/KH-UBND, QĐ 44/2025/QĐ-UBND)
    ("tổ chức thi hành [[Luật Việc làm]] bảo đảm kịp thời, đồng bộ; đưa Luật vào cuộc sống hiệu quả.",
     [dict(type="Luật", title="Việc làm")], None),
    ("- Thời gian: sau khi có văn bản hướng dẫn thi hành Luật\na) Cơ quan chủ trì: Sở Khoa học và Công nghệ.", [], None),
    ("báo cáo kết quả thi hành [[Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật]] về Sở "
     "Khoa học và Công nghệ để tổng hợp.",
     [dict(title="sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật")], None),
    ("Căn cứ [[Luật sửa đổi, bổ sung một số điều của luật đấu thầu, luật đầu tư theo phương thức đối tác công tư, luật "
     "hải quan]];", [dict(type="Luật")], None),
    # an alias in parentheses ends a title; so does a capitalised "Đối với" (a table's next cell) (QĐ 2740/QĐ-UBND)
    ("[[Nghị định số 272/2025/NĐ-CP ngày 16/10/2025 của Chính phủ]] về phân định vùng dân tộc thiểu số và miền núi giai "
     "đoạn 2026 - 2030 (gọi tắt là [[Nghị định số 272/2025/NĐ-CP]]);",
     [dict(title="về phân định vùng dân tộc thiểu số và miền núi giai đoạn 2026 - 2030"), dict()], None),
    # joint regulations and plans by their symbols; a year glued to a law's name (KH 0129/KH-UBND, QĐ 2913/QĐ-UBND)
    ("theo [[Quy chế phối hợp số 49/QCPH-UBND-UBMT-HCTĐ]] và theo [[49/QCPH-UBND-UBMT-HCTĐ]];",
     [dict(type="Quy chế", number="49/QCPH-UBND-UBMT-HCTĐ"), dict(type="Quy chế")], None),
    ("Điều 35 [[Luật Bảo vệ môi trường]] năm2020 quy định", [dict(type="Luật", title="Bảo vệ môi trường")], None),
    # a Party symbol split by a page break in a footnote (CV 5973/UBND-KT Lào Cai)
    ("1 Các quy định của [[Luật Địa chất và Khoáng sản]]; [[Nghị quyết số 10-\n\nNQ/TW ngày 10/02/2022 của Bộ Chính trị]] về "
     "định hướng chiến lược địa chất, khoáng sản;",
     [dict(type="Luật"), dict(number="10-NQ/TW", date="2022-02-10", issuer="Bộ Chính trị")], None),
    # in prose, who issued it ends the trích yếu (constructed)
    ("Nhiều ý kiến băn khoăn về [[Quyết định 26]] về cấp phép xây dựng do UBND thành phố ban hành, có hiệu lực từ "
     "ngày 30-6.",
     [dict(number="26", title="về cấp phép xây dựng")], None),
]


@pytest.mark.parametrize("marked,expected,metadata", CASES, ids=lambda v: str(v)[:40])
def test_prose_references(marked, expected, metadata):
    check(marked, expected, metadata)

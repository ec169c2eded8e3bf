"""Bad input, made for real in the test: each file is named on one line with its reason, the build goes
on, and nothing stored before is lost."""
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

import cli
from conftest import ROOT, SAMPLES
from corpus import ReadError, read_document
from index import Store

GOOD = SAMPLES / "kh-179-kh-ubnd-2025.txt"
PDF = SAMPLES / "QD-1074-QD-BXD-29-6-2026.pdf"
SCAN = SAMPLES / "CV-813-CucHoaChat.pdf"


def encrypted_pdf(path):
    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_page(pypdf.PdfReader(PDF).pages[0])
    writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu", algorithm="AES-256")
    with open(path, "wb") as f:
        writer.write(f)


def junk(n=4096):
    return bytes((i * 151 + 7) % 256 for i in range(n))  # every byte value, NULs included


# (file name, how to make it, the reason vanban gives)
BAD = [
    ("rong.txt", lambda p: p.write_bytes(b""), "empty file (0 bytes)"),
    ("rong.pdf", lambda p: p.write_bytes(b""), "empty file (0 bytes)"),
    ("cut.pdf", lambda p: p.write_bytes(PDF.read_bytes()[:150_000]), "truncated PDF (no %%EOF end marker)"),
    ("khoa.pdf", encrypted_pdf, "encrypted PDF (password required)"),
    ("text.pdf", lambda p: p.write_text("Quyết định số 942/QĐ-TTg", encoding="utf-8"),
     "not a PDF file (no %PDF header)"),
    ("rac.txt", lambda p: p.write_bytes(junk()), "binary file, not text (NUL bytes)"),
    ("latin1.txt", lambda p: p.write_bytes("Café crème brûlée, naïve façade".encode("latin-1")),
     "not UTF-8, UTF-16 or Windows-1258 text (undecodable byte at 3)"),
    ("hong.docx", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0" + junk(2000)), "not a .docx file (not a zip archive)"),
    ("scan.pdf", lambda p: shutil.copy(SCAN, p), "no usable text layer: needs OCR"),
    ("mat-lien-ket.txt", lambda p: os.symlink(p.parent / "da-xoa.txt", p), "broken symbolic link"),
    ("ong-dan.txt", lambda p: os.mkfifo(p), "not a regular file"),
]


@pytest.mark.parametrize("name,make,reason", BAD, ids=[b[0] for b in BAD])
def test_read_document_names_the_reason(tmp_path, name, make, reason):
    path = tmp_path / name
    make(path)
    with pytest.raises(ReadError) as e:
        read_document(path, ocr="never")
    assert str(e.value) == reason
    assert e.value.path == str(path)


def test_build_names_each_bad_file_on_one_line_and_goes_on(tmp_path):
    folder = tmp_path / "vb"
    folder.mkdir()
    for name, make, _ in BAD:
        make(folder / name)
    shutil.copy(GOOD, folder / "tot.txt")
    shutil.copy(PDF, folder / "tot.pdf")
    (folder / "ghi-chu.md").write_text("không phải văn bản", encoding="utf-8")  # not read, not a failure
    r = CliRunner().invoke(cli.main, ["build", "--ocr", "never", "--data", str(tmp_path / "data"), str(folder)])
    assert r.exit_code == 1
    assert "Traceback" not in r.output
    hint = {"scan.pdf": "; read it with --ocr auto"}  # the CLI says how to read a scan
    expected = sorted(f"failed: {folder / name}: {reason}{hint.get(name, '')}" for name, _, reason in BAD)
    assert sorted(r.stderr.splitlines()) == expected
    assert r.stdout.startswith(f"stored 2, unchanged 0, failed {len(BAD)} ")
    by_type = r.stdout.splitlines()[1]
    assert by_type.startswith("by type: ") and sorted(by_type[9:].split(", ")) == ["Kế hoạch 1", "Quyết định 1"]


def test_nothing_stored_before_is_lost(tmp_path):
    folder = tmp_path / "vb"
    folder.mkdir()
    shutil.copy(GOOD, folder / "kh.txt")
    shutil.copy(PDF, folder / "qd.pdf")
    data = str(tmp_path / "data")
    assert CliRunner().invoke(cli.main, ["build", "--ocr", "never", "--data", data, str(folder)]).exit_code == 0
    with Store(data) as store:
        before = {r["source"]: (r["sha256"], r["text"]) for r in store.documents(with_text=True)}
    # the PDF is replaced by a cut copy, the text by binary junk, and an empty file joins them
    (folder / "qd.pdf").write_bytes(PDF.read_bytes()[:100_000])
    (folder / "kh.txt").write_bytes(junk())
    (folder / "moi.txt").write_bytes(b"")
    r = CliRunner().invoke(cli.main, ["build", "--ocr", "never", "--data", data, str(folder)])
    assert r.exit_code == 1
    assert sorted(r.stderr.splitlines()) == [
        f"failed: {folder / 'kh.txt'}: binary file, not text (NUL bytes)",
        f"failed: {folder / 'moi.txt'}: empty file (0 bytes)",
        f"failed: {folder / 'qd.pdf'}: truncated PDF (no %%EOF end marker)",
    ]
    with Store(data) as store:
        after = {r["source"]: (r["sha256"], r["text"]) for r in store.documents(with_text=True)}
    assert after == before


def test_a_directory_named_like_a_file_is_read_as_a_folder(tmp_path):
    odd = tmp_path / "x.txt"
    odd.mkdir()
    shutil.copy(GOOD, odd / "kh.txt")
    r = CliRunner().invoke(cli.main, ["build", "--data", str(tmp_path / "data"), str(odd)])
    assert r.exit_code == 0 and r.stdout.startswith("stored 1, unchanged 0, failed 0 ")
    with pytest.raises(ReadError) as e:
        read_document(odd)
    assert str(e.value) == "is a directory, not a file"


def test_fifty_megabyte_text_is_streamed_in_bounded_memory(tmp_path):
    """50 MB of real text: read whole, in less memory than a few copies of it (measured in a child
    process: peak RSS over its baseline)."""
    big = tmp_path / "big.txt"
    block = GOOD.read_bytes()
    with open(big, "wb") as f:
        for _ in range(50_000_000 // len(block) + 1):
            f.write(block)
    size = big.stat().st_size
    code = (
        "import resource, sys\n"
        "from corpus import read_document\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        f"doc = read_document({str(big)!r})\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(len(doc.text), doc.metadata.number, (peak - base) * 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    chars, number, grown = out.stdout.split()
    assert number == "179/KH-UBND"
    assert int(chars) > 0.7 * size
    # the text itself is ~1.5 bytes a character as UTF-8 and 2 as a Python str; the old way (read the
    # bytes, decode, NFC, translate, split, join) peaked above 6 copies of the file
    assert int(grown) < 4.5 * size

"""The HTML review report (nlp_pipeline/review.py, `vanban review`): exact highlighting, escaping,
and a real headless Chromium that loads the file and finds the highlighted spans.

CI must install Debian's chromium (apt-get install -y chromium) for the browser test."""
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from cli import main
from conftest import FIXTURES, SEED
from nlp_pipeline.review import highlight, render_review

SCRIPT_DOC = FIXTURES / "links" / "bc-script.txt"


@pytest.mark.parametrize("text, refs, figures, expected", [
    ("theo <x>", [], [], "theo &lt;x&gt;"),
    ("Thực hiện Kế hoạch số 1332/KH-BCĐ, đạt 53%.", [{"id": "r1", "start": 10, "end": 33, "number": "1332/KH-BCĐ"}],
     [{"id": "f1", "start": 35, "end": 42, "value": 53.0, "unit": "%"}],
     'Thực hiện <mark class="vb-span vb-ref vb-start" data-kind="ref" data-id="r1" title="id: r1\nnumber: 1332/KH-BCĐ">'
     'Kế hoạch số 1332/KH-BCĐ<span class="vb-label">REF</span></mark>, '
     '<mark class="vb-span vb-fig vb-start" data-kind="fig" data-id="f1" title="id: f1\nvalue: 53.0\nunit: %">'
     'đạt 53%<span class="vb-label">FIG</span></mark>.'),
    # overlapping spans are cut where they cross, so the markup nests
    ("ab<cd", [{"id": "r1", "start": 0, "end": 3}], [{"id": "f1", "start": 2, "end": 5}],
     '<mark class="vb-span vb-ref vb-start" data-kind="ref" data-id="r1" title="id: r1">ab</mark>'
     '<mark class="vb-span vb-ref" data-kind="ref" data-id="r1" title="id: r1">'
     '<mark class="vb-span vb-fig vb-start" data-kind="fig" data-id="f1" title="id: f1">&lt;'
     '</mark><span class="vb-label">REF</span></mark>'
     '<mark class="vb-span vb-fig" data-kind="fig" data-id="f1" title="id: f1">cd<span class="vb-label">FIG</span></mark>'),
    # spans outside the text are left out, not a crash
    ("abc", [{"id": "r1", "start": 2, "end": 9}], [], "abc"),
])
def test_highlight(text, refs, figures, expected):
    assert highlight(text, refs, figures) == expected


def test_everything_from_the_document_is_escaped():
    rec = {"source": "a<b>.txt", "kind": "document", "text": "x <script>alert(1)</script> y",
           "metadata": {"title": "<i>t</i>"}, "references": [{"id": "r1", "start": 0, "end": 1, "title": '"><script>'}],
           "figures": [], "problems": [{"line": 1, "severity": "error", "kind": "date", "text": "<s>",
                                       "message": "<script>"}], "links": []}
    page = render_review([rec])
    assert "<script" not in page and "<i>" not in page and "<s>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "a&lt;b&gt;.txt" in page
    assert 'title="id: r1\ntitle: &quot;&gt;&lt;script&gt;"' in page


class _Marks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.marks, self.title, self._in_title, self.scripts = [], "", False, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "mark" and a.get("data-id"):
            self.marks.append((a["data-kind"], a["data-id"], a.get("title", "")))
        self._in_title = tag == "title"
        self.scripts += tag == "script"

    def handle_data(self, data):
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag):
        self._in_title = False


def test_review_report_in_headless_chromium(tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    assert browser, "the review test needs Debian's chromium: apt-get install -y chromium"
    report = tmp_path / "report.html"
    runner = CliRunner()
    r = runner.invoke(main, ["review", str(SEED), str(SCRIPT_DOC), "-o", str(report), "--data", str(tmp_path / "d")])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["review", str(SEED), str(SCRIPT_DOC), "--format", "json", "--data", str(tmp_path / "d")])
    records = json.loads(r.output)
    dom = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
         report.as_uri()], capture_output=True, text=True, timeout=120).stdout
    parsed = _Marks()
    parsed.feed(dom)
    assert parsed.title == "vanban review" and parsed.scripts == 0  # the document's <script> stayed text
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in dom
    found = {(k, i) for k, i, _ in parsed.marks}
    expected = set()
    for rec in records:
        expected |= {("ref", x["id"]) for x in rec["references"]} | {("fig", x["id"]) for x in rec["figures"]}
    assert found == expected
    seed = records[0]
    assert len(seed["references"]) >= 8 and any(f["kind"] == "result" for f in seed["figures"])
    tips = [t for k, i, t in parsed.marks if k == "ref" and "942/QĐ-TTg" in t]
    assert tips and re.search(r"type: Quyết định\nnumber: 942/QĐ-TTg\ndate: 2021-06-15", tips[0])


@pytest.mark.parametrize("args, code, message", [
    (["review", str(SCRIPT_DOC)], 2, "the HTML report goes to a file: give its path with -o report.html"),
    (["review", str(SCRIPT_DOC), "-o", "/nonexistent-dir/r.html"], 1, "Error: cannot write /nonexistent-dir/r.html: "
                                                                        "No such file or directory"),
    (["review", "/nonexistent.txt", "-o", "{tmp}/r.html"], 1, "failed: /nonexistent.txt: no such file or folder"),
])
def test_review_errors_are_one_line(tmp_path, args, code, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    r = CliRunner().invoke(main, args + ["--data", str(tmp_path / "d")])
    assert r.exit_code == code and message in r.output and "Traceback" not in r.output

"""The main text of a legal portal or news page, with a real HTML parser (BeautifulSoup + lxml).

Scripts, styles, forms and page chrome (menus, breadcrumbs, footers, share bars, "related" boxes) are
dropped; the main block is ``<article>``/``<main>`` when the page has one with real text, else the
element holding the most paragraph text (the content ``div`` of vbpl.vn or thuvienphapluat.vn pages).
Table rows become lines with cells joined by `` | ``, as the .docx reader writes them.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString

_DROP = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
         "select", "input", "template", "link", "meta"]
_CHROME = re.compile(r"(?:^|[-_\s])(?:menu|nav|navbar|footer|header|sidebar|breadcrumbs?|banner|ads?|advert|"
                     r"comments?|share|social|related|login|search|toolbar|popup|cookie)(?:$|[-_\s])", re.I)
_BLOCKS = ["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "pre",
           "table", "ul", "ol", "dd", "dt"]
MIN_MAIN = 200  # characters: an <article> shorter than this is a teaser, not the page's text


def _chrome(tag) -> bool:
    if tag.attrs is None:
        return False
    names = " ".join(tag.get("class", []) or []) + " " + (tag.get("id") or "") + " " + (tag.get("role") or "")
    return bool(_CHROME.search(names))


def _main(soup):
    for name in ("article", "main"):
        tag = soup.find(name)
        if tag and len(tag.get_text(" ", strip=True)) >= MIN_MAIN:
            return tag
    best, best_len = None, 0
    for tag in soup.find_all(["div", "section", "td"]):
        direct = sum(len(p.get_text(" ", strip=True)) for p in tag.find_all(["p", "tr"], recursive=False))
        if direct > best_len:
            best, best_len = tag, direct
    if best is not None and best_len >= MIN_MAIN:
        return best
    return soup.body or soup


def _row_lines(row) -> list[str]:
    """A table row as lines, cells side by side (`` | ``), a cell's paragraphs one under another, as the
    .docx reader writes the header table: 'ỦY BAN NHÂN DÂN | CỘNG HÒA ...' / 'TỈNH NGHỆ AN | Độc lập ...'."""
    cols = []
    for cell in row.find_all(["td", "th"], recursive=False):
        for br in cell.find_all("br"):
            br.replace_with("\n")
        for block in cell.find_all(_BLOCKS):
            block.insert_before("\n")
            block.insert_after("\n")
        cols.append([ln.strip() for ln in cell.get_text().split("\n") if ln.strip()])
    lines = []
    for i in range(max((len(c) for c in cols), default=0)):
        parts = [c[i] if i < len(c) else "" for c in cols]
        while parts and not parts[-1]:
            parts.pop()
        lines.append(" | ".join(parts))
    return lines


def html_text(markup: str) -> str:
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(_DROP):
        tag.decompose()
    for tag in soup.find_all(_chrome):
        if tag.name not in ("html", "body"):
            tag.decompose()
    main = _main(soup)
    for br in main.find_all("br"):
        br.replace_with("\n")
    for part in main.find_all(["table", "thead", "tbody", "tfoot", "tr"]):
        for child in list(part.children):
            if isinstance(child, NavigableString) and not child.strip():
                child.extract()  # source indentation between rows, not text
    for row in main.find_all("tr"):
        if row.parent is None:
            continue  # inside a row already written out
        row.replace_with("\n".join(_row_lines(row)) + "\n")
    for block in main.find_all(_BLOCKS):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    return main.get_text()

"""The main text of a legal portal or news page, with a real HTML parser (BeautifulSoup + lxml)."""
from __future__ import annotations

from bs4 import BeautifulSoup

_DROP = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button"]
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article"}


def html_text(markup: str) -> str:
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(_DROP):
        tag.decompose()
    main = soup.find("article") or soup.find("main") or soup.body or soup
    for br in main.find_all("br"):
        br.replace_with("\n")
    for cell in main.find_all(["td", "th"]):
        cell.insert_after(" | ")
    for block in main.find_all(_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    return main.get_text()

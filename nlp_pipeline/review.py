"""The review report: one self-contained HTML file (no network, opens from disk) for people who
check what vanban found.

For each document: its metadata; its text with references and figures highlighted in two colours
(the look of spaCy's displaCy span view), each with a tooltip of its fields; the citation checks;
the figures table; the links of results to plans and targets. Every piece of document text goes
through ``html.escape``: a document holding ``<script>`` shows it as text.

``render_review(records)`` takes the records of ``index.link_review.review_records``.
"""
from __future__ import annotations

import html
from typing import Iterable

REF_FIELDS = ("id", "type", "number", "date", "issuer", "title", "resolved_number", "resolved_source")
FIG_FIELDS = ("id", "value", "value_max", "unit", "qualifier", "indicator", "scope", "period", "kind", "parent")

CSS = """
body { font-family: -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; margin: 0 auto;
       max-width: 1100px; padding: 1rem 2rem; color: #222; background: #fff; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; border-bottom: 2px solid #ddd; padding-bottom: .3rem;
     margin-top: 2.5rem; word-break: break-all; }
h3 { font-size: 1rem; margin-top: 1.4rem; }
table { border-collapse: collapse; font-size: .85rem; margin: .5rem 0; }
td, th { border: 1px solid #ddd; padding: .2rem .45rem; vertical-align: top; text-align: left; }
th { background: #f4f4f4; }
.legend mark { margin-right: .6rem; }
.vb-text { white-space: pre-wrap; line-height: 2.2; font-size: .92rem; border: 1px solid #eee; padding: 1rem;
           max-height: 46rem; overflow-y: auto; }
mark.vb-span { padding: .15em .25em; border-radius: .3em; color: inherit; }
mark.vb-ref { background: #a6e1fa; border-bottom: 3px solid #3a9bd5; }
mark.vb-fig { background: #ffe08a; border-bottom: 3px solid #e0a800; }
mark.vb-ref.vb-fig { background: #cde8b5; }
.vb-label { font-size: .6em; font-weight: bold; text-transform: uppercase; margin-left: .35em; padding: 0 .25em;
            border-radius: .25em; color: #fff; vertical-align: middle; }
.vb-ref > .vb-label { background: #3a9bd5; } .vb-fig > .vb-label { background: #c08f00; }
.sev-error { color: #b00020; font-weight: bold; } .sev-warning { color: #a15c00; } .sev-info { color: #666; }
.met { color: #1b7f1b; font-weight: bold; } .not-met { color: #b00020; font-weight: bold; } .unknown { color: #666; }
.muted { color: #777; }
nav a { margin-right: .6rem; }
"""


def esc(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return html.escape(str(v), quote=True)


def _tooltip(item: dict, keys: Iterable[str]) -> str:
    return "\n".join(f"{k}: {item[k]}" for k in keys if item.get(k) not in (None, ""))


def highlight(text: str, refs: list[dict], figures: list[dict]) -> str:
    """The text as HTML with every reference and figure in a <mark>. Overlapping spans are cut
    at each boundary so the markup nests properly; the label goes where a span starts."""
    spans = []
    for kind, items, keys in (("ref", refs, REF_FIELDS), ("fig", figures, FIG_FIELDS)):
        for it in items:
            s, e = it.get("start"), it.get("end")
            if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
                spans.append((s, e, kind, it.get("id") or "", _tooltip(it, keys)))
    cuts = sorted({0, len(text)} | {s for s, *_ in spans} | {e for _, e, *_ in spans})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = esc(text[a:b])
        active = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        if not active:
            out.append(piece)
            continue
        active.sort(key=lambda sp: (sp[0], -sp[1]))
        inner = piece
        for s, e, kind, sid, tip in reversed(active):
            label = f'<span class="vb-label">{"REF" if kind == "ref" else "FIG"}</span>' if b == e else ""
            first = " vb-start" if s == a else ""
            inner = (f'<mark class="vb-span vb-{kind}{first}" data-kind="{kind}" data-id="{esc(sid)}"'
                     f' title="{esc(tip)}">{inner}{label}</mark>')
        out.append(inner)
    return "".join(out)


def _table(rows: list[dict], columns: list[str], cls_of=None) -> str:
    if not rows:
        return '<p class="muted">(none)</p>'
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    body = []
    for r in rows:
        cells = []
        for c in columns:
            cls = cls_of(c, r) if cls_of else ""
            cells.append(f'<td{f" class={chr(34)}{cls}{chr(34)}" if cls else ""}>{esc(r.get(c))}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _status_class(col: str, row: dict) -> str:
    if col == "status" and row.get("status"):
        return row["status"].replace(" ", "-")
    if col == "severity":
        return f"sev-{row.get('severity')}"
    return ""


def render_document(rec: dict, n: int) -> str:
    md = rec.get("metadata") or {}
    meta_rows = [{"field": k, "value": v} for k, v in md.items() if v is not None]
    meta_rows.append({"field": "kind", "value": rec.get("kind")})
    problems = rec.get("problems") or []
    real = [p for p in problems if p.get("severity") != "info"]
    figs = {f.get("id"): f for f in rec.get("figures") or []}
    links = []
    for link in rec.get("links") or []:
        f = figs.get(link.get("figure_id"), {})
        d = link.get("data") if isinstance(link.get("data"), dict) else link
        links.append({"figure": f.get("text"), "indicator": f.get("indicator"), "link": link.get("kind"),
                      "plan": d.get("plan"), "target": _target_text(d) if link.get("kind") == "target" else "",
                      "target period": d.get("target_period"), "status": link.get("status"),
                      "score": link.get("score")})
    parts = [
        f'<section class="doc" id="doc{n}">',
        f"<h2>{n}. {esc(rec.get('source'))}</h2>",
        "<h3>Metadata</h3>", _table(meta_rows, ["field", "value"]),
        f"<h3>Text ({len(rec.get('references') or [])} references, {len(figs)} figures)</h3>",
        '<p class="legend"><mark class="vb-span vb-ref">reference</mark><mark class="vb-span vb-fig">figure</mark>'
        '<span class="muted">hover a highlight for its fields</span></p>',
        f'<div class="vb-text">{highlight(rec.get("text") or "", rec.get("references") or [], rec.get("figures") or [])}'
        "</div>",
        f"<h3>Citation checks ({len(real)} problem{'s' if len(real) != 1 else ''},"
        f" {len(problems) - len(real)} not in corpus)</h3>",
        _table(problems, ["line", "severity", "kind", "text", "message"], _status_class),
        "<h3>References</h3>",
        _table(rec.get("references") or [], ["id", "line", "text", "type", "number", "date", "issuer",
                                             "resolved_number", "resolved_by"]),
        "<h3>Figures</h3>",
        _table(list(figs.values()), ["id", "text", "value", "value_max", "unit", "qualifier", "indicator", "scope",
                                     "period", "kind", "parent"]),
        "<h3>Links: results to plans and targets</h3>",
        _table(links, ["figure", "indicator", "link", "plan", "target", "target period", "status", "score"],
               _status_class),
        "</section>",
    ]
    return "\n".join(parts)


def _target_text(d: dict) -> str:
    if d.get("target_value") is None:
        return ""
    q = d.get("target_qualifier") or "="
    v = esc(d.get("target_value"))
    if q == "range" and d.get("target_value_max") is not None:
        return f"{v}–{esc(d.get('target_value_max'))}"
    return f"{'' if q == '=' else q + ' '}{v}" + (" (of plan)" if d.get("how") == "share_of_plan" else "")


def render_review(records: list[dict], title: str = "vanban review") -> str:
    """The whole report as one HTML string."""
    nav = " ".join(f'<a href="#doc{i}">{i}</a>' for i in range(1, len(records) + 1))
    n_problems = sum(1 for r in records for p in r.get("problems") or [] if p.get("severity") != "info")
    summary = [{"#": i, "document": r.get("source"), "number": (r.get("metadata") or {}).get("number"),
                "references": len(r.get("references") or []), "figures": len(r.get("figures") or []),
                "problems": sum(1 for p in r.get("problems") or [] if p.get("severity") != "info"),
                "links": len(r.get("links") or [])} for i, r in enumerate(records, 1)]
    body = "\n".join(render_document(r, i) for i, r in enumerate(records, 1))
    return (
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<h1>{esc(title)}</h1>\n"
        f"<p>{len(records)} document(s), {n_problems} citation problem(s).</p>\n"
        f"<details{' open' if len(records) <= 5 else ''}><summary>Documents</summary>\n<nav>{nav}</nav>\n" +
        _table(summary, ["#", "document", "number", "references", "figures", "problems", "links"]) + "</details>" +
        f"\n{body}\n</body>\n</html>\n")


__all__ = ["highlight", "render_document", "render_review"]

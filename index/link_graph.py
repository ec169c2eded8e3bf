"""The citation graph of the stored corpus (documents and the numbers they cite), as a dict, DOT or GraphML."""
from __future__ import annotations

from extractors.symbols import number_key

from .links import refresh


def graph(store, around: str | None = None, depth: int = 1, internal: bool = False) -> dict:
    """The citation graph: documents (and, unless ``internal``, the numbers cited that are not in
    the corpus) as nodes, 'cites' edges weighted by the number of mentions. ``around`` limits it to
    the documents within ``depth`` citation steps of one document, in either direction."""
    refresh(store)
    db = store.db
    nodes: dict[str, dict] = {}
    for row in db.execute("SELECT id, number, type, date, issuer, title, source, kind FROM documents"):
        nodes[f"d{row['id']}"] = {"id": f"d{row['id']}", "in_corpus": True, "number": row["number"],
                                  "type": row["type"], "date": row["date"], "issuer": row["issuer"],
                                  "title": row["title"], "source": row["source"], "kind": row["kind"]}
    edges: dict[tuple[str, str], int] = {}
    for row in db.execute("SELECT doc_id, resolved_to, number, number_key, type, antecedent FROM refs"
                          " WHERE antecedent IS NULL AND (resolved_to IS NOT NULL OR number LIKE '%/%')"):
        if row["resolved_to"] is not None:
            dst = f"d{row['resolved_to']}"
        elif internal:
            continue
        else:
            dst = f"n:{row['number_key']}"
            nodes.setdefault(dst, {"id": dst, "in_corpus": False, "number": row["number"], "type": row["type"]})
        src = f"d{row['doc_id']}"
        if src != dst:
            edges[(src, dst)] = edges.get((src, dst), 0) + 1
    if around is not None:
        start = store.find(around)
        seeds = {f"d{r['id']}" for r in start} or {f"n:{number_key(around)}"}
        keep = set(seeds)
        frontier = set(seeds)
        for _ in range(max(0, depth)):
            nxt = {b for (a, b) in edges if a in frontier} | {a for (a, b) in edges if b in frontier}
            frontier = nxt - keep
            keep |= nxt
        edges = {k: v for k, v in edges.items() if k[0] in keep and k[1] in keep}
        nodes = {k: v for k, v in nodes.items() if k in keep}
    else:
        used = {a for a, _ in edges} | {b for _, b in edges}
        nodes = {k: v for k, v in nodes.items() if k in used or v["in_corpus"]}
    return {"nodes": sorted(nodes.values(), key=lambda n: n["id"]),
            "edges": [{"source": a, "target": b, "mentions": n} for (a, b), n in sorted(edges.items())]}


def to_dot(g: dict) -> str:
    def q(s) -> str:
        return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
    lines = ["digraph citations {", "  node [shape=box, fontname=\"sans-serif\"];"]
    for n in g["nodes"]:
        label = n.get("number") or n.get("title") or n["id"]
        style = "" if n["in_corpus"] else ", style=dashed"
        lines.append(f"  {q(n['id'])} [label={q(label)}{style}];")
    for e in g["edges"]:
        lines.append(f"  {q(e['source'])} -> {q(e['target'])} [weight={e['mentions']}, label={q(e['mentions'])}];")
    return "\n".join(lines) + "\n}\n"


def to_graphml(g: dict) -> str:
    from xml.sax.saxutils import escape, quoteattr
    keys = ["number", "type", "date", "issuer", "title", "source", "kind", "in_corpus"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    out += [f'  <key id="{k}" for="node" attr.name="{k}" attr.type="string"/>' for k in keys]
    out += ['  <key id="mentions" for="edge" attr.name="mentions" attr.type="int"/>',
            '  <graph id="citations" edgedefault="directed">']
    for n in g["nodes"]:
        out.append(f"    <node id={quoteattr(n['id'])}>")
        out += [f'      <data key="{k}">{escape(str(n[k]).lower() if k == "in_corpus" else str(n[k]))}</data>'
                for k in keys if n.get(k) is not None]
        out.append("    </node>")
    for e in g["edges"]:
        out.append(f"    <edge source={quoteattr(e['source'])} target={quoteattr(e['target'])}>"
                   f'<data key="mentions">{e["mentions"]}</data></edge>')
    out += ["  </graph>", "</graphml>"]
    return "\n".join(out) + "\n"

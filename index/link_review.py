"""Review records: files read and extracted, resolved and linked against the store and each other."""
from __future__ import annotations

from typing import Iterable

from extractors.checks import line_of
from extractors.resolve import Known

from .links import Corpus, Entry, load_corpus


def review_records(paths: Iterable[str], store=None) -> tuple[list[dict], list[tuple[str, str]]]:
    """Read and extract ``paths`` (files or folders), resolve and link them against the store (when
    given) and each other: one record per document with its metadata, text, references (with what
    they resolve to), figures, citation problems and links. Also the files that could not be read,
    with the reason. A file stored unchanged (same bytes, same extractor) is taken from the store
    rather than read again."""
    from corpus import ReadError
    from corpus.readers import sha256_file
    from extractors import EXTRACTOR_VERSION

    from .build import analyse, iter_files

    stored = load_corpus(store) if store is not None else Corpus([])
    by_source = {e.known.source: e for e in stored.entries.values()}
    given: list[tuple[Entry, dict, str]] = []
    replaced: set = set()
    failed: list[tuple[str, str]] = []
    for path, reason in iter_files(paths):
        if reason == "skip":
            continue
        if reason:
            failed.append((str(path), reason))
            continue
        source = str(path.resolve())
        old = by_source.get(source)
        try:
            if old is not None and store.is_current(source, sha256_file(path), EXTRACTOR_VERSION):
                from .store import row_metadata
                md = row_metadata(store.get(old.known.id)).to_dict()
                given.append((old, md, str(path)))
                continue
            doc, ex = analyse(path, source=source)
        except ReadError as e:
            failed.append((str(path), str(e)))
            continue
        except OSError as e:
            failed.append((str(path), e.strerror or str(e)))
            continue
        if old is not None:
            replaced.add(old.known.id)  # the file changed since it was stored: the new reading counts
        md = doc.metadata
        entry = Entry(Known(f"file:{source}", md.type, md.number, md.date, md.issuer, md.title, source, md.place),
                      doc.text,
                      list(ex.references), list(ex.figures), doc.kind)
        given.append((entry, md.to_dict(), str(path)))
    fresh = [e for e, _, _ in given if e.known.id not in stored.entries]
    corpus = Corpus([e for i, e in stored.entries.items() if i not in replaced] + fresh)
    records = []
    for e, md, shown in given:
        resolutions = {r.ref_id: r for r in corpus.resolve(e)}
        refs = []
        for r in e.refs:
            res = resolutions.get(r.id)
            target = res.doc if res else None
            refs.append(r.to_dict() | {"line": line_of(e.text, r.start),
                                       "resolved_to": None if target is None else str(target.id),
                                       "resolved_number": target.number if target else None,
                                       "resolved_source": target.source if target else None,
                                       "resolved_by": res.method if res else "none"})
        links = corpus.link(e)
        for link in links:
            for k in ("plan_doc", "target_doc"):
                if link[k] is not None:
                    link[k + "_source"] = corpus.entries[link[k]].known.source
                    link[k] = str(link[k])
        records.append({"source": shown, "kind": e.kind, "metadata": md,
                        "text": e.text, "references": refs, "figures": [f.to_dict() for f in e.figures],
                        "problems": corpus.problems(e), "links": links,
                        "lines": e.text.count("\n") + 1})
    return records, failed

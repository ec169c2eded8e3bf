"""The ``vanban`` command: parse, call one library function, print. Nothing else lives here."""
from __future__ import annotations

import json
import sys
from functools import wraps
from pathlib import Path

import click

FORMATS = ("table", "json", "jsonl", "csv")


# -- output --------------------------------------------------------------------------------------

def render(records: list[dict], fmt: str, columns: list[str] | None = None, max_width: int = 60) -> str:
    """``index.reports.render``, imported on first use so that ``vanban --help`` starts quickly."""
    from index.reports import render as run
    return run(records, fmt, columns, max_width)


def emit(records: list[dict], fmt: str, columns: list[str] | None = None) -> None:
    click.echo(render(records, fmt, columns), nl=False)


def echo_json(value) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def echo_lines(lines: list[str]) -> None:
    for line in lines:
        click.echo(line)


def echo_report(fmt: str, value, lines: list[str]) -> None:
    """``--format json``: ``value`` as JSON; ``table``: the ``lines`` written for people."""
    if fmt == "json":
        echo_json(value)
    else:
        echo_lines(lines)


def need_output(needed: bool, output, message: str) -> None:
    if needed and not output:
        raise click.UsageError(message)


def clip(records: list[dict], widths: dict[str, int], names: tuple[str, ...] = ()) -> list[dict]:
    """Records for a table: the ``widths`` columns cut short, the ``names`` columns as a file name."""
    return [r | {k: (Path(r[k] or "").name if k in names else (r.get(k) or ""))[:w] for k, w in widths.items()}
            for r in records]


def format_option(choices=FORMATS, default="table"):
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format.")


def data_option(f):
    return click.option("--data", "data_dir", type=click.Path(file_okay=False), envvar="VANBAN_DATA",
                        default="vanban-data", show_default=True,
                        help="Data folder holding the store (env VANBAN_DATA).")(f)


def library_errors(f):
    """Library exceptions become one-line click errors, never a traceback."""
    @wraps(f)
    def wrapper(*args, **kwargs):
        from index.search import SearchError
        from index.store import StoreError
        try:
            return f(*args, **kwargs)
        except (StoreError, SearchError) as e:
            raise click.ClickException(str(e)) from None
    return wrapper


def open_store(data_dir, create=False):
    from index import Store
    return Store(data_dir, create=create)


ocr_option = click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                          help="OCR of scanned PDF pages: where a page has no text layer (auto), every page"
                               " (always) or none (never).")


def echo_failed(failed, ocr: str = "auto") -> None:
    """One line per file that could not be read; a scan read with --ocr never says how to read it."""
    for source, reason in failed:
        hint = "; read it with --ocr auto" if ocr == "never" and reason.endswith("needs OCR") else ""
        click.echo(f"failed: {source}: {reason}{hint}", err=True)


# -- commands ------------------------------------------------------------------------------------

@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vanban")
def main():
    """vanban: read Vietnamese legal, administrative and plan documents and the news on them;
    extract references and figures; store, search and link them."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes.")
@ocr_option
@click.option("--force", is_flag=True, help="Re-read every file even when it is unchanged.")
@format_option(("table", "json"))
@data_option
@library_errors
def build(paths, jobs, ocr, force, fmt, data_dir):
    """Read files and folders (recursively) into the store: .txt (UTF-8, UTF-16, Windows-1258, TCVN3,
    VNI), .pdf (scanned pages through OCR), .docx, .doc (old Word), .html and .htm.

    Unchanged files are passed over. Exit 0 when every file was stored, 1 when some failed."""
    from index.build import count_files
    from index.reports import build_and_index, build_lines

    store = open_store(data_dir, create=True)
    bar = None
    if sys.stderr.isatty():
        bar = click.progressbar(length=count_files(paths), label="Reading", file=sys.stderr,
                                item_show_func=lambda s: Path(s).name[:40] if s else "")
        bar.__enter__()
    try:
        summary = build_and_index(paths, store, progress=(lambda s: bar.update(1, s)) if bar else None,
                                  jobs=jobs, ocr=ocr, force=force)
    finally:
        if bar:
            bar.__exit__(None, None, None)
        store.close()
    echo_failed(summary.failed, ocr)
    echo_report(fmt, summary.to_dict(), build_lines(summary, data_dir))
    sys.exit(1 if summary.failed else 0)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@format_option(("table", "json", "jsonl"), default="table")
@click.option("--with-text", is_flag=True, help="Include the normalized text that offsets index into.")
@ocr_option
def extract(files, fmt, with_text, ocr):
    """Analyse FILES without storing them: metadata, references and figures
    (the contract of schema/extraction.schema.json)."""
    from index.reports import extract_files, extraction_table

    failed = 0
    records = []
    for path, rec, reason in extract_files(files, ocr, with_text):
        if reason is not None:
            echo_failed([(path, reason)], ocr)
            failed += 1
            continue
        if fmt == "jsonl":
            click.echo(json.dumps(rec, ensure_ascii=False))
        elif fmt == "json":
            records.append(rec)
        else:
            click.echo(extraction_table(rec))
    if fmt == "json":
        out = records[0] if len(files) == 1 and records else records
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("doc")
@format_option(("table", "json"))
@click.option("--text/--no-text", "show_text", default=False, help="Print the stored text too.")
@data_option
@library_errors
def show(doc, fmt, show_text, data_dir):
    """Show a stored document: DOC is its id, path, file name or number."""
    from index.reports import document_lines, document_record

    with open_store(data_dir) as store:
        rec = document_record(store, doc, show_text)
    echo_report(fmt, rec, document_lines(rec))


@main.command()
@format_option(("table", "json"))
@data_option
@library_errors
def stats(fmt, data_dir):
    """Count what the store holds."""
    from index.reports import stats_lines

    with open_store(data_dir) as store:
        s = store.stats()
    echo_report(fmt, s, stats_lines(s))


# -- refs (issue 3) ------------------------------------------------------------------------------

REF_COLUMNS = ["id", "type", "number", "date", "issuer", "title", "antecedent", "start", "end", "text"]


@main.command()
@click.argument("doc")
@format_option(("table", "json", "csv"))
@data_option
@library_errors
def refs(doc, fmt, data_dir):
    """List the references of a stored document: DOC is its id, path, file name or number.

    \b
    Examples:
      vanban refs 942/QĐ-TTg
      vanban refs kh-179-kh-ubnd-2025.txt --format csv
    """
    from index.reports import one_document

    with open_store(data_dir) as store:
        records = store.references(one_document(store, doc)["id"])
    if fmt == "table":
        records = clip(records, {"title": 50, "issuer": 35, "text": 50})
    click.echo(render(records, fmt, REF_COLUMNS if fmt in ("table", "csv") else None, 400), nl=False)


# -- search (issue 5) ----------------------------------------------------------------------------

SEARCH_COLUMNS = ["number", "type", "date", "issuer", "title", "source", "score", "snippet"]
FIGURE_COLUMNS = ["value", "unit", "qualifier", "kind", "period", "indicator", "number", "date", "source"]
FIGURES_TABLE_COLUMNS = ["document", "id", "text", "value", "unit", "qualifier", "kind", "period", "scope",
                         "indicator"]


@main.command()
@click.argument("query", nargs=-1)
@click.option("--type", "type_", metavar="TYPE", help="Document type: a name or code (Kế hoạch, KH, QĐ).")
@click.option("--issuer", help="Issuer words, accents optional (\"UBND Lào Cai\").")
@click.option("--year", type=click.IntRange(1900, 2100), help="Year of issue.")
@click.option("--from", "date_from", metavar="DATE", help="Issued on or after (YYYY, YYYY-MM, YYYY-MM-DD).")
@click.option("--to", "date_to", metavar="DATE", help="Issued on or before (YYYY, YYYY-MM, YYYY-MM-DD).")
@click.option("--kind", type=click.Choice(["document", "news"]), help="Documents or news reports.")
@click.option("--cites", metavar="NUMBER", help="List the documents that cite NUMBER (e.g. 942/QĐ-TTg).")
@click.option("--figures", "figures_of", metavar="INDICATOR",
              help="Search stored figures by indicator words (\"hồ sơ trực tuyến\").")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True, help="Results per page.")
@click.option("--page", type=click.IntRange(1), default=1, show_default=True, help="Page of results.")
@format_option()
@data_option
@library_errors
def search(query, type_, issuer, year, date_from, date_to, kind, cites, figures_of, limit, page, fmt, data_dir):
    """Search the stored documents, the way a person types.

    Words match with or without accents (chuyen doi so = chuyển đổi số), "quoted phrases" match as a
    whole, -word excludes, numbers are found however typed (942/qd-ttg, QĐ 942, quyết định 942), and
    fields can go inline: type:"Kế hoạch" year:2025 from:2025-03 issuer:"Lào Cai" kind:news number:...

    \b
    Examples:
      vanban search chuyển đổi số
      vanban search '"dịch vụ công trực tuyến"' --type KH --year 2025
      vanban search --cites 57-NQ/TW
      vanban search --figures "hồ sơ trực tuyến"
    """
    from index import lookup as L
    from index import search as S

    text = " ".join(query)
    filters = S.Filters(type=type_, issuer=issuer, year=year, date_from=date_from, date_to=date_to, kind=kind)
    tty = fmt == "table" and sys.stdout.isatty()
    mark = ("\x1b[1;31m", "\x1b[0m") if tty else ("<b>", "</b>")
    with open_store(data_dir) as store:
        if figures_of is not None:
            records = L.figures(store, figures_of, filters, limit=limit, page=page)
            if fmt == "table":
                records = [r | {"source": r["document"]} for r in records]
            click.echo(render(records, fmt, FIGURE_COLUMNS if fmt in ("table", "csv") else None, 50), nl=False)
            return
        if cites is not None:
            hits = L.citing(store, cites, filters, limit=limit, page=page, mark=mark)
        else:
            hits = S.search(data_dir, text, filters, limit=limit, page=page, mark=mark, store=store)
    records = [h.to_dict() for h in hits]
    if fmt == "table":
        records = clip(records, {"title": 50, "issuer": 30, "source": 30}, names=("source",))
    click.echo(render(records, fmt, SEARCH_COLUMNS if fmt in ("table", "csv") else None, 400), nl=False)


@main.command()
@format_option(("table", "json"))
@data_option
@library_errors
def reindex(fmt, data_dir):
    """Rebuild the search index (<data>/whoosh) from the store."""
    from index.reports import reindex as run

    out = run(data_dir)
    echo_report(fmt, out, [f"indexed {out['indexed']} documents in {out['seconds']:.1f} s into {out['index']}"])


# -- figures (issue 4) ---------------------------------------------------------------------------

@main.command()
@click.option("--indicator", metavar="TEXT", help="Words of the indicator, accents optional (\"ho so truc tuyen\").")
@click.option("--kind", type=click.Choice(["target", "result", "none"]), help="Goal set, result reported, or neither.")
@click.option("--unit", metavar="UNIT", help="Unit or counted noun: %, đồng, ha, người, hộ ...")
@click.option("--period", metavar="PERIOD", help="Year or period the figure refers to (2025 finds 2025-2027).")
@click.option("--doc", metavar="DOC", help="One document: an id, a path, a file name or its number.")
@click.option("--type", "type_", metavar="TYPE", help="Documents of one type: a name or code (Kế hoạch, KH, QĐ).")
@click.option("--issuer", help="Documents of one issuer, accents optional (\"UBND Lào Cai\").")
@click.option("--doc-kind", type=click.Choice(["document", "news"]), help="Only in documents, or only in news.")
@format_option(("table", "json", "csv", "xlsx"))
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="File to write (required for xlsx).")
@data_option
@library_errors
def figures(indicator, kind, unit, period, doc, type_, issuer, doc_kind, fmt, output, data_dir):
    """Figures stored across the corpus: the numbers reported or set, with their indicator, unit,
    qualifier, kind, period and scope. Filters combine; export for analysts as csv or xlsx.

    \b
    Examples:
      vanban figures --indicator "hồ sơ trực tuyến" --kind result
      vanban figures --unit % --period 2025 --format csv -o figures.csv
      vanban figures --doc 2629/QĐ-TTg --format xlsx -o chi-tieu.xlsx
      vanban figures --type KH --issuer "UBND Lào Cai" --kind target
      vanban figures --indicator "hồ sơ trực tuyến" --doc-kind news
    """
    from index.figures_query import COLUMNS, query_figures, write_xlsx
    from index.query import Filters

    need_output(fmt == "xlsx", output, "--format xlsx writes a workbook: give its path with -o FILE")
    with open_store(data_dir) as store:
        records = query_figures(store, indicator=indicator, kind=kind, unit=unit, period=period, doc=doc,
                                filters=Filters(type=type_, issuer=issuer, kind=doc_kind))
    if fmt == "xlsx":
        return click.echo(f"wrote {len(records)} figures to {write_xlsx(records, output, COLUMNS)}", err=True)
    columns = FIGURES_TABLE_COLUMNS if fmt == "table" else (COLUMNS if fmt == "csv" else None)
    _write_or_echo(render(records, fmt, columns, 60 if fmt == "table" else 10**9), output, f"{len(records)} figures")


# -- links and review (issue 6) ------------------------------------------------------------------

CHECK_COLUMNS = ["source", "line", "severity", "kind", "message", "text", "stated", "actual", "start", "end"]
CITES_COLUMNS = ["id", "line", "text", "number", "date", "resolved_to", "target_number"]
PROGRESS_COLUMNS = ["plan", "target_id", "indicator", "target_qualifier", "target_value", "unit", "target_period",
                    "result_date", "reported_in", "result_value", "result_period", "status", "score"]
PROGRESS_EXPORT = PROGRESS_COLUMNS[:5] + ["target_value_max", "unit", "target_period", "target_text", "plan_doc",
                                          "result_doc", "result_date", "result_number", "result_value", "result_text",
                                          "result_period", "result_indicator", "status", "score", "result_source"]


@main.command()
@click.argument("doc")
@format_option(("table", "json", "csv"))
@data_option
@library_errors
def cites(doc, fmt, data_dir):
    """What a stored document cites: each reference and the corpus document it resolves to
    (empty resolved_to: not in the corpus). DOC is an id, a path, a file name or a number."""
    from index.links import cites as run

    from index.reports import one_document

    with open_store(data_dir) as store:
        records = run(store, one_document(store, doc)["id"])
    emit(records, fmt, CITES_COLUMNS if fmt == "table" else None)


@main.command("cited-by")
@click.argument("doc")
@format_option(("table", "json", "csv"))
@data_option
@library_errors
def cited_by(doc, fmt, data_dir):
    """Which stored documents cite DOC (an id, a path, or a number, also of a document not in the
    corpus such as 942/QĐ-TTg), with the citing mentions, short forms included."""
    from index.links import cited_by as run
    from index.reports import cited_by_rows

    with open_store(data_dir) as store:
        res = run(store, doc)
    if fmt == "json":
        return echo_json(res)
    records = cited_by_rows(res)
    if fmt == "table":
        where = "in the corpus" if res["in_corpus"] else "not in the corpus"
        copies = f" ({res['distinct_documents']} distinct)" if res["distinct_documents"] != len(records) else ""
        click.echo(f"{doc} ({where}) is cited by {len(records)} document(s){copies}")
    emit(records, fmt)


@main.command()
@click.option("--around", metavar="DOC", help="Only the documents near DOC (an id, a path or a number).")
@click.option("--depth", type=click.IntRange(0, 10), default=1, show_default=True,
              help="Citation steps from --around, either direction.")
@click.option("--internal", is_flag=True, help="Only documents in the corpus (leave out numbers cited but not stored).")
@format_option(("json", "graphml", "dot"), default="json")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="File to write (default: standard output).")
@data_option
@library_errors
def graph(around, depth, internal, fmt, output, data_dir):
    """The citation graph: documents as nodes, 'cites' edges weighted by mentions
    (json, GraphML for Gephi/yEd, or Graphviz dot)."""
    from index.link_graph import graph as run, to_dot, to_graphml

    with open_store(data_dir) as store:
        g = run(store, around=around, depth=depth, internal=internal)
    out = {"json": lambda: json.dumps(g, ensure_ascii=False, indent=2) + "\n", "graphml": lambda: to_graphml(g),
           "dot": lambda: to_dot(g)}[fmt]()
    _write_or_echo(out, output, f"{len(g['nodes'])} nodes, {len(g['edges'])} edges")


def _write_or_echo(out: str, output, what: str) -> None:
    if not output:
        click.echo(out, nl=False)
        return
    try:
        Path(output).write_text(out, encoding="utf-8")
    except OSError as e:
        raise click.ClickException(f"cannot write {output}: {e.strerror or e}") from None
    click.echo(f"wrote {what} to {output}", err=True)


def _review_inputs(paths, data_dir) -> tuple[list[dict], list]:
    from index.reports import review_inputs

    records, failed = review_inputs(paths, data_dir)
    echo_failed(failed)
    return records, failed


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@format_option(("table", "json", "csv"))
@click.option("--all", "show_all", is_flag=True, help="Also list the references not in the corpus.")
@data_option
@library_errors
def check(paths, fmt, show_all, data_dir):
    """Citation checks of files against the corpus in the store (and each other): a date, issuer
    or type that contradicts the cited document, a malformed number, a cited document dated after
    the citing one. Exit 1 when a problem is found (references not in the corpus are no problem).
    csv gives one row per problem, with its file, for a reviewer's sheet."""
    from index.reports import check_lines, problem_count

    records, failed = _review_inputs(paths, data_dir)
    if fmt == "json":
        echo_json([{"source": r["source"], "problems": r["problems"]} for r in records])
    elif fmt == "csv":
        emit([{"source": r["source"], **p} for r in records for p in r["problems"]
              if show_all or p["severity"] != "info"], fmt, CHECK_COLUMNS)
    else:
        echo_lines(check_lines(records, show_all))
    sys.exit(1 if problem_count(records) or failed else 0)


@main.command()
@click.argument("plan")
@format_option(("table", "json", "csv", "xlsx"))
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="File to write (required for xlsx).")
@data_option
@library_errors
def progress(plan, fmt, output, data_dir):
    """A plan's targets with every result reported against them across the corpus, oldest first.
    PLAN is a stored plan (id, path or number such as 57-NQ/TW); the targets of the programmes
    implementing it (NQ 03/NQ-CP for NQ 57-NQ/TW) count as its own."""
    from index.figures_query import write_xlsx
    from index.links import progress as run

    need_output(fmt == "xlsx", output, "--format xlsx writes a workbook: give its path with -o FILE")
    from index.reports import one_document

    with open_store(data_dir) as store:
        one_document(store, plan, example="57-NQ/TW")
        res = run(store, plan)
    rows = res["rows"]
    if fmt == "xlsx":
        return click.echo(f"wrote {len(rows)} rows to {write_xlsx(rows, output, PROGRESS_EXPORT, 'progress')}",
                          err=True)
    if fmt == "json":
        out = json.dumps(res, ensure_ascii=False, indent=2) + "\n"
    else:
        out = render(rows, fmt, PROGRESS_COLUMNS if fmt == "table" else PROGRESS_EXPORT,
                     40 if fmt == "table" else 10**9)
    _write_or_echo(out, output, f"{len(rows)} rows")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="HTML file to write (required for html).")
@format_option(("html", "json"), default="html")
@data_option
@library_errors
def review(paths, output, fmt, data_dir):
    """A review report of files and folders: one self-contained HTML page with, per document, its
    metadata, its text with references and figures highlighted (hover for their fields), the
    citation checks, the figures and the links of results to plans and targets."""
    from nlp_pipeline.review import render_review

    need_output(fmt == "html", output, "the HTML report goes to a file: give its path with -o report.html")
    records, failed = _review_inputs(paths, data_dir)
    if fmt == "json":
        _write_or_echo(json.dumps(records, ensure_ascii=False, indent=2) + "\n", output, f"{len(records)} documents")
    else:
        _write_or_echo(render_review(records), output, f"a report of {len(records)} documents")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

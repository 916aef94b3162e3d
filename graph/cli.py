"""The ``claimsgraph`` command: a thin layer over the library (``api``). All defaults live here.

Conventions, the same for every command: listings take ``--format
table|csv|tsv|json|jsonl`` (and ``--width`` where the table is a grid); errors
print ``Error: ...`` and exit 1; a usage error (an unknown option, a bad value)
exits 2, as click does.
"""
from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import sys
import time
from pathlib import Path

import click

from . import __version__
from .api import EXPORT_FORMATS, ONTOLOGY, Graph, open_graph
from .api import build as build_graph
from .errors import ClaimsgraphError, printable
from .formats import ROW_FORMATS, format_records

DEFAULT_CORPUS = Path("seeds")         # the repository's seed articles, when run in a checkout
DEFAULT_OUT = Path("exports")
DEFAULT_ONTOLOGY = ONTOLOGY

RDF_FORMATS = ["turtle", "ntriples", "nquads", "rdfxml", "jsonld"]
graph_option = click.option(
    "--graph", "graph_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
    help="Folder of a built graph (what `build --out` wrote).")
ontology_option = click.option(
    "--ontology", "ontology_dir", type=click.Path(path_type=Path), default=DEFAULT_ONTOLOGY,
    show_default="the one shipped with claimsgraph", help="Folder with claimsgraph.ttl, shapes.ttl and registry.ttl.")


def output_options(formats=ROW_FORMATS, default: str | None = "table", help: str = "", width: bool = True):
    """--format, and --width where the table is a grid of cells: the same on every command that lists rows."""
    def decorate(command):
        if width:
            command = click.option(
                "--width", type=click.IntRange(min=0),
                help="Fit the table in this many characters, cutting the widest cells with …; 0: never cut "
                     "[default: the terminal's width on a terminal, never cut when piped].")(command)
        return click.option("--format", "fmt", type=click.Choice(formats), default=default,
                            show_default=default is not None, help=help or None)(command)
    return decorate


def table_width(width: int | None) -> int | None:
    """What a table is fitted to: --width, else the terminal's width, else (piped) nothing."""
    if width is not None:
        return width or None
    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None


def echo_rows(records, fmt: str, width: int | None = None, columns=None) -> None:
    """A listing: the chosen ``columns`` in a table, every field in the data formats."""
    click.echo(format_records(records, fmt, columns if fmt == "table" else None, table_width(width)), nl=False)


class Group(click.Group):
    """Turns library errors into `Error: ...` and exit 1, without a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ClaimsgraphError as e:
            raise click.ClickException(str(e)) from None
        except KeyboardInterrupt:   # the shell's convention for Ctrl-C: 128 + SIGINT
            click.echo("Interrupted.", err=True)
            raise click.exceptions.Exit(128 + signal.SIGINT) from None


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimsgraph")
def cli() -> None:
    """Build a claims knowledge graph from news articles and query, export or view it.

    Typical use: `claimsgraph build` (the seeds into exports/), then
    `claimsgraph query -n claims_by_claimant`, `claimsgraph show Putin`,
    or open exports/graph.html.
    """


@cli.command()
@click.argument("corpus", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Folder for the build: claims.ttl, claims.trig, graph.html, manifest.json and the store; "
                   "replaced as a whole when the build is complete.")
@ontology_option
@click.option("--strict", is_flag=True, help="Exit 1 if any file was skipped or no document was read.")
@click.option("-q", "--quiet", is_flag=True,
              help="No progress (a bar on a terminal, a line a file when piped), only the summary.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extract in this many processes (the output is the same).")
@click.option("--registry", "registries", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="More entities, merged over the built-in registry: CSV (key,label,type,aliases,wikidata and optional "
                   "gender male/female; aliases separated by |) or Turtle in the registry's SKOS form. Repeatable.")
@click.option("--dask", "cluster", metavar="SCHEDULER_ADDRESS",
              help="Extract on this Dask cluster (tcp://host:8786; pip install 'claimsgraph[dask]', and "
                   "claimsgraph on its workers); the output is the same.")
def build(corpus: tuple[Path, ...], out_dir: Path, ontology_dir: Path, strict: bool, quiet: bool,
          jobs: int, registries: tuple[Path, ...], cluster: str | None) -> None:
    """Build the graph from CORPUS files and folders (default: seeds/).

    Reads .txt, .md and .html articles in any common encoding, extracts entities
    and claims, and writes Turtle, TriG and the HTML graph. A file that cannot be
    read is reported and skipped; the others still build.
    """
    if cluster and jobs > 1:
        raise click.UsageError("give -j or --dask, not both")
    # What a build allocates it mostly keeps (modules, models, registry, extractions): collecting
    # every 700 new objects, the default, finds nothing and cost 0.05 of its 4 CPU-seconds.
    gc.set_threshold(10_000, *gc.get_threshold()[1:])
    bar = None if quiet or not sys.stderr.isatty() else ProgressBar()
    lines = None if quiet else lambda done, total, name: click.echo(f"[{done}/{total}] {printable(name)}", err=True)
    try:
        graph = build_graph(list(corpus) or [DEFAULT_CORPUS], out_dir, registry=registries, jobs=jobs,
                            cluster=cluster, ontology=ontology_dir, progress=bar or lines)
    finally:
        if bar:
            bar.close()
    report = graph.report
    click.echo(report.summary())
    if strict and report.skipped:
        raise click.ClickException(f"{len(report.skipped)} file(s) skipped (--strict)")
    if strict and not report.documents:
        raise click.ClickException("no document was read (--strict)")


class ProgressBar:
    """One line on the terminal, redrawn: a bar, files done of all, the rate and the time left."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.drawn = False

    def __call__(self, done: int, total: int, name: str) -> None:
        elapsed = time.monotonic() - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        left = (total - done) / rate if rate else 0.0
        filled = 20 * done // max(total, 1)
        line = (f"[{'#' * filled}{'.' * (20 - filled)}] {done:,}/{total:,} files  {rate:.1f} files/s  "
                f"ETA {_clock(left)}  {printable(name)}")
        click.echo("\r" + line[:shutil.get_terminal_size().columns - 1] + "\x1b[K", nl=False, err=True)
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            click.echo(err=True)


def _clock(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("-n", "--name", help="Run a saved query (see --list).")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries and exit.")
@output_options(formats=[*ROW_FORMATS, *RDF_FORMATS], default=None,
                help=f"SELECT and ASK: {', '.join(ROW_FORMATS)} (table by default); CONSTRUCT and DESCRIBE: "
                     f"{', '.join(RDF_FORMATS)} (turtle by default).")
@click.option("--timeout", type=click.FloatRange(min=0.1), help="Stop the query after this many seconds.")
@click.option("--memory", "memory_mb", default=2048, show_default=True, type=click.IntRange(min=64),
              help="MiB the query may use.")
@graph_option
def query(sparql: str | None, query_file: Path | None, name: str | None, list_saved: bool, fmt: str | None,
          width: int | None, timeout: float | None, memory_mb: int, graph_dir: Path) -> None:
    """Run a SPARQL query over the built graph (all named graphs as one): SELECT, ASK,
    CONSTRUCT or DESCRIBE.

    Give the query as an argument (`-` reads it from standard input), with -f FILE.rq, or by
    name with -n NAME. SERVICE is refused: no query fetches a URL.
    """
    from .query import as_rows, saved_queries, saved_query

    if list_saved:
        for q in saved_queries():
            click.echo(f"{q.name:22} {q.description}")
        return
    given = [x for x in (sparql, query_file, name) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of QUERY, -f FILE or -n NAME (or --list)")
    if sparql == "-":
        sparql = sys.stdin.read()
    text = sparql or (query_file.read_text(encoding="utf-8") if query_file else saved_query(name).sparql)
    answer = Graph(graph_dir).query(text, fmt, width=table_width(width), timeout=timeout, memory_mb=memory_mb)
    if not isinstance(answer, str):
        answer = format_records(as_rows(answer), "table", width=table_width(width))
    click.echo(answer, nl=False)


CLAIM_COLUMNS = ["doc", "kind", "claimant_label", "value", "unit", "quote"]
ENTITY_COLUMNS = ["label", "type", "wikidata", "mentions", "docs"]


@cli.command()
@graph_option
@output_options()
def claims(graph_dir: Path, fmt: str, width: int | None) -> None:
    """List every claim: document, kind, claimant, figure, quote.

    A table shows those columns; csv, tsv, json and jsonl give every field of the
    listing (jsonl is what evaluation reads).
    """
    echo_rows(open_graph(graph_dir).claims(), fmt, width, CLAIM_COLUMNS)


@cli.command()
@graph_option
@output_options()
def entities(graph_dir: Path, fmt: str, width: int | None) -> None:
    """List every entity: label, type, Wikidata id, mentions, documents.

    A table shows those columns; csv, tsv, json and jsonl give every field of the listing.
    """
    echo_rows(open_graph(graph_dir).entities(), fmt, width, ENTITY_COLUMNS)


@cli.command()
@click.argument("name")
@graph_option
@output_options(width=False)
def show(name: str, graph_dir: Path, fmt: str) -> None:
    """Show an entity found by any label or alias, in any language.

    Prints what it claims, what is claimed about it, the quotes and sources; csv, tsv,
    json and jsonl give those claims as rows (role "made" or "about").
    """
    found = open_graph(graph_dir).describe(name)
    if fmt == "table":
        click.echo(found.text(), nl=False)
    else:
        echo_rows(found.claims, fmt)


@cli.command()
@graph_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
def export(graph_dir: Path, fmt: str, output: Path | None) -> None:
    """Export the built graph: RDF (Turtle, TriG, N-Quads, JSON-LD), GraphML or GEXF for
    Gephi and Cytoscape, or the claims as CSV."""
    open_graph(graph_dir).export(fmt, output or _Echo())
    if output:
        click.echo(f"wrote {output}", err=True)


class _Echo:
    """Standard output as a file, through click (which copes with the terminal's encoding)."""

    @staticmethod
    def write(text: str) -> None:
        click.echo(text, nl=False)


@cli.command()
@graph_option
@output_options(width=False)
def conflicts(graph_dir: Path, fmt: str) -> None:
    """Figures from different sources that disagree about the same thing, with both quotes."""
    from .numbers import grouped

    found = open_graph(graph_dir).conflicts()
    if fmt != "table":
        echo_rows(found, fmt)
        return
    for c in found:
        unit_b = "" if c["unit_b"] == c["unit"] else f" {c['unit_b']}"   # "tons" vs "тонн"
        click.echo(f"{c['unit']}: {grouped(c['value_a'])} ({c['file_a']}, {c['claimant_a'] or 'the article'}) "
                   f"vs {grouped(c['value_b'])}{unit_b} ({c['file_b']}, {c['claimant_b'] or 'the article'}); "
                   f"both about: {c['shared']}")
        click.echo(f"  “{c['quote_a']}”\n  “{c['quote_b']}”")
    click.echo(f"({len(found):,} conflict{'s' if len(found) != 1 else ''})")


@cli.command()
@graph_option
@ontology_option
def validate(graph_dir: Path, ontology_dir: Path) -> None:
    """Check the built graph against the SHACL shapes in ontology/shapes.ttl."""
    violations = open_graph(graph_dir).validate(ontology_dir / "shapes.ttl")
    if not violations:
        click.echo("conforms: no SHACL violations")
        return
    for v in violations[:200]:
        click.echo(f"{v.focus}  {v.path or ''}  {v.message}")
    raise click.ClickException(f"{len(violations)} SHACL violation(s)")


@cli.command()
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              required=True, help="Folder of gold annotations (entities.json and one .json per document).")
@graph_option
@click.option("--errors", is_flag=True, help="List every miss, false positive and wrong claimant (table only).")
@click.option("--by-rule", is_flag=True, help="Precision and mean confidence of each extraction rule: what to set "
                                              "a rule's confidence to (table only).")
@output_options(help="table: the report; json: every score as one object; csv, tsv, jsonl: a row per "
                     "document and one for all.", width=False)
@click.option("--json", "as_json", is_flag=True, help="The same as --format json.")
def evaluate(gold_dir: Path, graph_dir: Path, errors: bool, by_rule: bool, fmt: str, as_json: bool) -> None:
    """Score the built graph against gold annotations, per document and overall."""
    from .evaluate import report

    scores = open_graph(graph_dir).evaluate(gold_dir)
    fmt = "json" if as_json else fmt
    if fmt == "table":
        click.echo(report(scores, errors, by_rule), nl=False)
    elif fmt == "json":
        click.echo(json.dumps({"docs": scores.docs, **scores.overall}, ensure_ascii=False, indent=1))
    else:
        echo_rows(scores.rows(), fmt)


@cli.command()
@graph_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the page [default: GRAPH/graph.html].")
def view(graph_dir: Path, output: Path | None) -> None:
    """Write the interactive HTML graph (self-contained, works offline)."""
    click.echo(f"wrote {open_graph(graph_dir).view(output)}")


@cli.command()
@graph_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default answers this machine only.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME[:PORT]",
              help="Another Host name clients use to reach this server (repeatable); others get 421.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update at /update (in memory only).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run before it is stopped and answered with 503.")
@click.option("--workers", default=min(4, max(2, os.cpu_count() or 1)), show_default="2 to 4",
              type=click.IntRange(1, 64), help="Query worker processes (one with --allow-update).")
@click.option("--memory", "memory_mb", default=2048, show_default=True, type=click.IntRange(min=64),
              help="MiB each query worker may use.")
def serve(graph_dir: Path, host: str, port: int, allowed_hosts: tuple[str, ...], allow_update: bool,
          timeout: float, workers: int, memory_mb: int) -> None:
    """Serve the built graph as a SPARQL 1.1 endpoint, with the HTML graph at /.

    Queries at /sparql (GET or POST; JSON, XML, CSV, TSV results; Turtle, N-Triples, RDF/XML
    or JSON-LD for CONSTRUCT and DESCRIBE), read-only unless --allow-update.
    """
    from .serve import exposure_warning, run

    warning = exposure_warning(host, allow_update)
    if warning:
        click.secho(warning, err=True, fg="red" if allow_update else "yellow", bold=allow_update)
    run(graph_dir, host=host, port=port, allow_update=allow_update, timeout=timeout, allowed_hosts=allowed_hosts,
        workers=workers, memory_mb=memory_mb, announce=lambda line: click.echo(line, err=True))


@cli.command()
@graph_option
@click.option("--endpoint", required=True, help="SPARQL 1.1 Update endpoint (used when no --graph-store).")
@click.option("--graph-store", help="SPARQL 1.1 Graph Store Protocol URL (preferred: one PUT per graph).")
@click.option("--user", help="User name for HTTP basic authentication.")
@click.option("--password", envvar="CLAIMSGRAPH_PASSWORD", show_envvar=True,
              help="Password for HTTP basic authentication (better from the environment than the command line).")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=1))
def push(graph_dir: Path, endpoint: str, graph_store: str | None, user: str | None,
         password: str | None, timeout: float) -> None:
    """Load the built graph into a triple store (Fuseki, GraphDB, Oxigraph, Virtuoso, Neptune).

    One named graph per document, plus the entities and provenance graphs; each
    push replaces those graphs and leaves the store's others alone.
    """
    from .push import push as run

    report = run(graph_dir, endpoint, graph_store=graph_store, user=user, password=password, timeout=timeout)
    click.echo(f"pushed {report.graphs} graphs, {report.triples} triples in {report.seconds:.1f} s")


def main() -> None:
    # SIGTERM unwinds like Ctrl-C does, so a build deletes its unfinished output
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    try:
        cli(prog_name="claimsgraph")
    except SystemExit as e:
        if e.code in (128 + signal.SIGINT, 128 + signal.SIGTERM):
            # Interrupted, and the unfinished output already removed while unwinding: skip the
            # interpreter's shutdown, where a process pool's helper thread may report its closed pipe.
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(e.code)
        raise


if __name__ == "__main__":
    sys.exit(main())

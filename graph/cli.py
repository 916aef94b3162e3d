"""The ``claimsgraph`` command: a thin layer over the library. All defaults live here."""
from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import click

from . import __version__
from .errors import ClaimsgraphError, printable

DEFAULT_CORPUS = Path("seeds")         # the repository's seed articles, when run in a checkout
DEFAULT_OUT = Path("exports")
DEFAULT_ONTOLOGY = Path(__file__).resolve().parent / "ontology"   # shipped with the package

QUERY_FORMATS = ["table", "csv", "tsv", "json", "jsonl", "turtle", "ntriples", "rdfxml", "jsonld"]
graph_option = click.option(
    "--graph", "graph_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
    help="Folder of a built graph (what `build --out` wrote).")
ontology_option = click.option(
    "--ontology", "ontology_dir", type=click.Path(path_type=Path), default=DEFAULT_ONTOLOGY,
    show_default=True, help="Folder with claimsgraph.ttl, shapes.ttl and registry.ttl.")


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


def _open(graph_dir: Path):
    from .store import open_store

    return open_store(graph_dir)


@cli.command()
@click.argument("corpus", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Folder for the build: claims.ttl, claims.trig, graph.html, manifest.json and the store; "
                   "replaced as a whole when the build is complete.")
@ontology_option
@click.option("--strict", is_flag=True, help="Exit 1 if any file was skipped.")
@click.option("-q", "--quiet", is_flag=True, help="No progress lines, only the summary.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extract in this many processes (the output is the same).")
@click.option("--registry", "registries", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="More entities, merged over the built-in registry: CSV (key,label,type,aliases,wikidata; "
                   "aliases separated by |) or Turtle in the registry's SKOS form. Repeatable.")
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
    from .pipeline import build as run

    paths = list(corpus) or [DEFAULT_CORPUS]
    count = [0]

    def progress(name: str) -> None:
        count[0] += 1
        if not quiet:
            click.echo(f"[{count[0]}] {printable(name)}", err=True)

    if cluster and jobs > 1:
        raise click.UsageError("give -j or --dask, not both")
    report = run(paths, ontology_dir, out_dir, progress=progress, jobs=jobs, registries=registries, cluster=cluster)
    click.echo(report.summary())
    if strict and report.skipped:
        raise click.ClickException(f"{len(report.skipped)} file(s) skipped (--strict)")
    if strict and not report.documents:
        raise click.ClickException("no document was read (--strict)")


@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("-n", "--name", help="Run a saved query (see --list).")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries and exit.")
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS),
              help="SELECT and ASK: table (default), csv, tsv, json, jsonl; CONSTRUCT and DESCRIBE: turtle "
                   "(default), ntriples, rdfxml, jsonld.")
@click.option("--timeout", type=click.FloatRange(min=0.1), help="Stop the query after this many seconds.")
@click.option("--memory", "memory_mb", default=2048, show_default=True, type=click.IntRange(min=64),
              help="MiB the query may use.")
@graph_option
def query(sparql: str | None, query_file: Path | None, name: str | None, list_saved: bool, fmt: str | None,
          timeout: float | None, memory_mb: int, graph_dir: Path) -> None:
    """Run a SPARQL query over the built graph (all named graphs as one): SELECT, ASK,
    CONSTRUCT or DESCRIBE.

    Give the query as an argument (`-` reads it from standard input), with -f FILE.rq, or by
    name with -n NAME. SERVICE is refused: no query fetches a URL.
    """
    from .query import run_sparql, saved_queries, saved_query

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
    click.echo(run_sparql(graph_dir, text, fmt, timeout=timeout, memory_mb=memory_mb), nl=False)


def _listing_command(kind: str):
    @graph_option
    @click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table",
                  show_default=True)
    def command(graph_dir: Path, fmt: str) -> None:
        from .query import claims_listing, entities_listing, format_rows

        rows = (claims_listing if kind == "claims" else entities_listing)(_open(graph_dir))
        if fmt == "jsonl":
            for r in rows:
                click.echo(json.dumps(r, ensure_ascii=False))
            return
        if kind == "claims":
            names = ["doc", "kind", "claimant_label", "value", "unit", "quote"]
        else:
            names = ["label", "type", "wikidata", "mentions", "docs"]
        table = [[", ".join(r[n]) if isinstance(r[n], list) else r[n] for n in names] for r in rows]
        click.echo(format_rows(names, table, fmt), nl=False)
    return command


cli.command("claims", help="List every claim: document, kind, claimant, figure, quote.\n\n"
            "--format jsonl gives the listing evaluation reads.")(_listing_command("claims"))
cli.command("entities", help="List every entity: label, type, Wikidata link, mentions, documents.\n\n"
            "--format jsonl gives the listing evaluation reads.")(_listing_command("entities"))


@cli.command()
@click.argument("name")
@graph_option
def show(name: str, graph_dir: Path) -> None:
    """Show an entity found by any label or alias, in any language.

    Prints what it claims, what is claimed about it, the quotes and sources.
    """
    from .show import describe

    click.echo(describe(_open(graph_dir), name), nl=False)


EXPORT_FORMATS = ["turtle", "trig", "nquads", "jsonld", "graphml", "gexf", "csv"]


@cli.command()
@graph_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
def export(graph_dir: Path, fmt: str, output: Path | None) -> None:
    """Export the built graph: RDF (Turtle, TriG, N-Quads, JSON-LD), GraphML or GEXF for
    Gephi and Cytoscape, or the claims as CSV."""
    from .export import GRAPH_FORMATS, claims_csv, to_network_file, write_atomic_with, write_export

    store = _open(graph_dir)
    if fmt in GRAPH_FORMATS:
        from .projection import project

        text = to_network_file(project(store), fmt)
        write = lambda out: out.write(text)   # noqa: E731
    elif fmt == "csv":
        from .query import claims_listing

        text = claims_csv(claims_listing(store))
        write = lambda out: out.write(text)   # noqa: E731
    else:   # streamed: the graph is never held as one string
        write = lambda out: write_export(graph_dir, store, fmt, out)   # noqa: E731
    if output:
        write_atomic_with(output, write)
        click.echo(f"wrote {output}", err=True)
    else:
        write(_Echo())


class _Echo:
    """Standard output as a file, through click (which copes with the terminal's encoding)."""

    @staticmethod
    def write(text: str) -> None:
        click.echo(text, nl=False)


@cli.command()
@graph_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
def conflicts(graph_dir: Path, fmt: str) -> None:
    """Figures from different sources that disagree about the same thing, with both quotes."""
    from .conflicts import find_conflicts
    from .numbers import grouped
    from .query import format_rows

    found = [c.row() for c in find_conflicts(_open(graph_dir))]
    if fmt == "table":
        for c in found:
            unit_b = "" if c["unit_b"] == c["unit"] else f" {c['unit_b']}"   # "tons" vs "тонн"
            click.echo(f"{c['unit']}: {grouped(c['value_a'])} ({c['file_a']}, {c['claimant_a'] or 'the article'}) "
                       f"vs {grouped(c['value_b'])}{unit_b} ({c['file_b']}, {c['claimant_b'] or 'the article'}); "
                       f"both about: {c['shared']}")
            click.echo(f"  “{c['quote_a']}”\n  “{c['quote_b']}”")
        click.echo(f"({len(found)} conflict{'s' if len(found) != 1 else ''})")
        return
    names = list(found[0]) if found else ["unit"]
    click.echo(format_rows(names, [list(c.values()) for c in found], fmt), nl=False)


@cli.command()
@graph_option
@ontology_option
def validate(graph_dir: Path, ontology_dir: Path) -> None:
    """Check the built graph against the SHACL shapes in ontology/shapes.ttl."""
    from .validate import validate as run

    violations = run(graph_dir, ontology_dir / "shapes.ttl")
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
@click.option("--errors", is_flag=True, help="List every miss, false positive and wrong claimant.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold_dir: Path, graph_dir: Path, errors: bool, as_json: bool) -> None:
    """Score the built graph against gold annotations, per document and overall."""
    from .evaluate import load_gold, report, score
    from .query import claims_listing, entities_listing
    from .store import select

    store = _open(graph_dir)
    _, rows = select(store, "SELECT ?file ?text WHERE { ?d <https://w3id.org/claimsgraph/ontology#fileName> "
                            "?file ; <https://schema.org/text> ?text }")
    gold = load_gold(gold_dir, dict(rows))
    scores = score(gold, claims_listing(store), entities_listing(store))
    if as_json:
        click.echo(json.dumps({"docs": scores.docs, **scores.overall}, ensure_ascii=False, indent=1))
    else:
        click.echo(report(scores, errors), nl=False)


@cli.command()
@graph_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the page [default: GRAPH/graph.html].")
def view(graph_dir: Path, output: Path | None) -> None:
    """Write the interactive HTML graph (self-contained, works offline)."""
    from .export import write_atomic
    from .projection import project
    from .visualize import render

    output = output or graph_dir / "graph.html"
    write_atomic(output, render(project(_open(graph_dir))))
    click.echo(f"wrote {output}")


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

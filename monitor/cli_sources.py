"""`policywatch sources ...`: what an admin does with sources.yaml."""

from __future__ import annotations

import json

import click

from monitor.config import ConfigError, load_sources


def _fmt_interval(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


@click.group()
def sources() -> None:
    """Validate, list, test and add watched sources."""


@sources.command("validate")
@click.pass_obj
def validate(app) -> None:
    """Check sources.yaml; every error with its file, line and field."""
    try:
        loaded = load_sources(app.sources_path)
    except FileNotFoundError:
        raise click.ClickException(f"{app.sources_path}: no such file") from None
    except ConfigError as e:
        click.echo(str(e), err=True)
        raise SystemExit(1) from None
    enabled = len(loaded.enabled())
    click.echo(f"{app.sources_path}: {len(loaded.sources)} sources, {enabled} enabled, valid")


@sources.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def list_sources(app, as_json: bool) -> None:
    """The sources, with their type, interval and URL."""
    loaded = app.sources()
    if as_json:
        click.echo(json.dumps([s.model_dump() for s in loaded.sources], indent=2))
        return
    for s in loaded.sources:
        flag = "" if s.enabled else "  (disabled)"
        click.echo(
            f"{s.id:<32} {s.kind:<8} {s.origin:<3} {s.type:<5} {_fmt_interval(s.interval):>4}"
            f"  {s.url}{flag}"
        )


def _preview(notices, limit: int = 10) -> None:
    click.echo(f"{len(notices)} notices")
    for n in notices[:limit]:
        click.echo(f"- {n.title or '(untitled)'}")
        click.echo(f"    key: {n.key}")
        if n.url:
            click.echo(f"    url: {n.url}")
        if n.published:
            click.echo(f"    published: {n.published}")
        text = " ".join(n.text.split())
        click.echo(f"    text: {text[:200]}{'…' if len(text) > 200 else ''}")
    if len(notices) > limit:
        click.echo(f"... and {len(notices) - limit} more")


@sources.command("test")
@click.argument("source_id")
@click.pass_obj
def test_source(app, source_id: str) -> None:
    """Fetch a source and show what would be extracted; stores nothing."""
    from monitor.checker import make_fetcher
    from monitor.extract import ExtractError, extract
    from monitor.fetch import FetchError

    loaded = app.sources()
    try:
        source = loaded.by_id(source_id)
    except KeyError as e:
        raise click.BadParameter(str(e).strip("'\""), param_hint="SOURCE_ID") from None
    fetcher = make_fetcher(loaded.settings)
    try:
        result = fetcher.fetch(source.url)
        click.echo(
            f"{source.id}: HTTP {result.status}, {len(result.content or b'')} bytes,"
            f" {result.content_type or 'no content type'}, {result.encoding or 'no charset'},"
            f" {result.elapsed_ms} ms"
        )
        notices = extract(source, result.content or b"", url=result.url, encoding=result.encoding)
    except (FetchError, ExtractError) as e:
        raise click.ClickException(f"{source.id}: {e}") from None
    finally:
        fetcher.close()
    _preview(notices)


@sources.command("add")
@click.argument("url")
@click.option("--yes", is_flag=True, help="Append without asking.")
@click.option("--origin", metavar="CC", help="The operator's country (ISO code).")
@click.option("--kind", type=click.Choice(["customs", "postal", "carrier", "other"]))
@click.option("--operator", help="Who publishes it.")
@click.option("--id", "source_id", help="The id to give it (a slug).")
@click.pass_obj
def add_source(app, url: str, yes: bool, origin, kind, operator, source_id) -> None:
    """Detect a feed or page at URL, preview it, and append an entry to sources.yaml."""
    import yaml

    from monitor.checker import make_fetcher
    from monitor.config import Settings, Source
    from monitor.extract import ExtractError, extract
    from monitor.fetch import FetchError
    from monitor.source_add import append_source, guess_origin, propose_entry

    try:
        loaded = load_sources(app.sources_path)
        existing, settings = {s.id for s in loaded.sources}, loaded.settings
        same = [s.id for s in loaded.sources if s.url.rstrip("/") == url.rstrip("/")]
    except FileNotFoundError:
        raise click.ClickException(f"{app.sources_path}: no such file") from None
    except ConfigError as e:
        raise click.ClickException(f"fix sources.yaml first:\n{e}") from None
    if same:
        raise click.ClickException(f"{url} is already watched as '{same[0]}'")
    if not origin and not guess_origin(url)[1]:
        # The origin decides which countries are destinations: a wrong guess misroutes alerts.
        raise click.UsageError(
            f"cannot tell the operator's country from {url}: give it with --origin CC"
        )
    fetcher = make_fetcher(settings or Settings())
    try:
        result = fetcher.fetch(url)
    except FetchError as e:
        raise click.ClickException(str(e)) from None
    finally:
        fetcher.close()
    if not origin and result.url != url and guess_origin(result.url) != guess_origin(url):
        # a redirect to the whole network's page or to another country's site ("/de-de/" to
        # "/en-us/"): the address asked for and the one fetched disagree on the country
        raise click.UsageError(
            f"{url} redirected to {result.url}, which names another country or none: "
            "give the operator's country with --origin CC"
        )
    body = result.content or b""
    entry = propose_entry(result.url, body, result.content_type, existing)
    overrides = {"id": source_id, "origin": origin, "kind": kind, "operator": operator}
    entry.update({k: v for k, v in overrides.items() if v})
    try:
        entry["origin"] = Source(**entry).origin  # as validated: "uk" -> "GB"
    except ValueError as e:
        raise click.UsageError(f"the entry would not be valid: {e}") from None
    try:
        notices = extract(Source(**entry), body, url=result.url, encoding=result.encoding)
    except ExtractError as e:
        raise click.ClickException(f"{url}: {e}") from None
    click.echo("Proposed entry:")
    click.echo(yaml.safe_dump([entry], sort_keys=False, allow_unicode=True).rstrip())
    _preview(notices, limit=5)
    if not yes and not click.confirm(f"Append to {app.sources_path}?", default=True):
        click.echo("Nothing written.")
        return
    try:
        append_source(app.sources_path, entry)
    except ConfigError as e:
        raise click.ClickException(f"not added, sources.yaml left as it was:\n{e}") from None
    click.echo(
        f"Added '{entry['id']}' to {app.sources_path}. Review its origin, kind and selector."
    )

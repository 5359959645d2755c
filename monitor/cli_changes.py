"""`policywatch changes list|show`: the stored change events and their classification."""

from __future__ import annotations

import json
from datetime import date, datetime

import click

from storage import connect
from storage.db import iso
from storage.deliveries import deliveries_for_event
from storage.events import get_event, list_events


def _since(value: str | None) -> str | None:
    """A date (2026-11-01), a datetime, or a relative age (7d, 12h) as a timestamp bound."""
    if not value:
        return None
    from datetime import UTC, timedelta

    units = {"d": 86400, "h": 3600, "m": 60}
    if value[-1:] in units and value[:-1].isdigit():
        then = datetime.now(UTC) - timedelta(seconds=int(value[:-1]) * units[value[-1]])
        return iso(then)
    try:
        if len(value) == 10:
            return date.fromisoformat(value).strftime("%Y-%m-%dT00:00:00Z")
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(
            f"'{value}' is not a date (YYYY-MM-DD), a datetime or an age like 7d",
            param_hint="--since",
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return iso(parsed)


@click.group()
def changes() -> None:
    """The changes detected at the sources."""


@changes.command("list")
@click.option("--since", help="Only changes detected since DATE (YYYY-MM-DD) or an age (7d).")
@click.option("--source", "source_ids", multiple=True, metavar="ID")
@click.option("--destination", metavar="CC", help="Only changes for this destination (or all).")
@click.option("--relevant", is_flag=True, help="Only changes that concern senders.")
@click.option("--limit", type=int, default=None, help="Only the N most recent.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def list_changes(app, since, source_ids, destination, relevant, limit, as_json) -> None:
    """Change events, oldest first, with what they concern."""
    rows = list_events(
        connect(app.db_path),
        since=_since(since),
        source_ids=list(source_ids) or None,
        destination=destination,
        relevant_only=relevant,
        newest=limit,
    )
    if as_json:
        keep = (
            "id",
            "source_id",
            "operator",
            "kind",
            "title",
            "url",
            "published",
            "detected_at",
            "relevant",
            "destinations",
            "categories",
            "change_kind",
            "severity",
        )
        click.echo(
            json.dumps([{k: r.get(k) for k in keep} for r in rows], indent=2, ensure_ascii=False)
        )
        return
    if not rows:
        click.echo("No changes.")
        return
    for r in rows:
        dests = ",".join(r["destinations"]) or "-"
        sev = r["severity"] or "?"
        kind = r["change_kind"] or "unclassified"
        click.echo(
            f"#{r['id']:<5} {r['detected_at'][:16]} {r['source_id']:<24} {r['kind']:<8}"
            f" {sev:<8} {kind:<16} {dests[:30]:<30} {(r['title'] or '')[:70]}"
        )


@changes.command("show")
@click.argument("event_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def show_change(app, event_id: int, as_json: bool) -> None:
    """One change: its classification, the evidence and the diff."""
    db = connect(app.db_path)
    event = get_event(db, event_id)
    if event is None:
        raise click.ClickException(f"no change #{event_id}")
    if as_json:
        click.echo(json.dumps(event, indent=2, ensure_ascii=False))
        return
    click.echo(f"#{event['id']} {event['kind']} at {event['source_name'] or event['source_id']}")
    click.echo(f"Title:        {event['title']}")
    click.echo(f"URL:          {event['url']}")
    click.echo(f"Detected:     {event['detected_at']}   published: {event['published'] or '-'}")
    relevant = {True: "yes", False: "no", None: "not classified"}[event["relevant"]]
    click.echo(f"Relevant:     {relevant}")
    click.echo(f"Kind:         {event['change_kind'] or '-'} (severity {event['severity'] or '-'})")
    click.echo(f"Destinations: {', '.join(event['destinations']) or '-'}")
    click.echo(f"Categories:   {', '.join(event['categories']) or '-'}")
    if event["evidence"]:
        click.echo("Evidence:")
        for ev in event["evidence"]:
            click.echo(f'  {ev.get("field")}: {ev.get("value")} <- "{ev.get("text")}"')
    alerts = deliveries_for_event(db, event_id)
    if alerts:
        click.echo("Alerts:")
        for d in alerts:
            target = d["target"] if d["channel"] != "webhook" else "(webhook)"
            merged = f", one alert with #{d['merged_into']}" if d.get("merged_into") else ""
            click.echo(
                f"  subscription #{d['subscription_id']} by {d['channel']} to {target}:"
                f" {d['alert_status']}{merged}"
            )
    click.echo("")
    if event["diff"]:
        click.echo(event["diff"])
    else:
        click.echo(event["text"] or "")

"""Command-line commands for subscriptions, delivery and digests (added to `policywatch`).

Each command reads the database path from the main group's context object (``obj.db_path``).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from alerts import digest as digests
from alerts import outbox
from alerts import subscriptions as subs
from alerts.channels import validate_target
from alerts.channels.slack_webhook import env_reference
from alerts.outbox import shown_target
from alerts.render import render_digest_html, render_digest_text
from storage import connect
from storage import subscriptions as sub_store
from storage.deliveries import list_deliveries, status_counts


def _db():
    obj = click.get_current_context().find_root().obj
    return connect(obj.db_path)


def _echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


# --- subscribe ---------------------------------------------------------------------------------


@click.command("subscribe")
@click.option("--name", required=True, help="A name for this subscription.")
@click.option("--email", help="Send to this email address.")
@click.option("--slack-channel", help="Post to this Slack channel (bot token from the env).")
@click.option(
    "--slack-webhook",
    metavar="env:NAME|URL",
    help="Post to a Slack incoming webhook. Recommended: env:NAME, the name of an environment"
    " variable that holds the URL (read at each send). The URL itself is accepted too, but is"
    " then stored in the database.",
)
@click.option("--console", "to_console", is_flag=True, help="Print (for trying things out).")
@click.option("--destination", "destinations", multiple=True, help="ISO code; '*' = any.")
@click.option("--category", "categories", multiple=True, help="Category id; none = any.")
@click.option("--min-severity", default="low", show_default=True, help="low..critical")
@click.option("--source", "sources", multiple=True, help="Only these source ids; none = any.")
@click.option("--digest", default="none", show_default=True, help="none | daily | weekly")
@click.option("--digest-day", help="Weekday of a weekly digest (mon..sun).  [default: mon]")
@click.option("--digest-hour", type=int, help="Hour of the digest, 0..23.  [default: 8]")
@click.option("--timezone", default="UTC", show_default=True, help="e.g. Europe/Berlin")
@click.option("--digest-only", is_flag=True, help="No alert per notice, only the digest.")
@click.option("--json", "as_json", is_flag=True)
def subscribe_cmd(
    name, email, slack_channel, slack_webhook, to_console, destinations, categories,
    min_severity, sources, digest, digest_day, digest_hour, timezone, digest_only, as_json,
):  # fmt: skip
    """Subscribe to the changes that touch some destinations and categories."""
    given = [
        (channel, value)
        for channel, value in (
            ("email", email),
            ("slack", slack_channel),
            ("webhook", slack_webhook),
            ("console", outbox.CONSOLE_TARGET if to_console else None),
        )
        if value is not None
    ]
    if len(given) != 1:
        raise click.UsageError(
            "give exactly one of --email, --slack-channel, --slack-webhook or --console"
        )
    channel, target = given[0]
    request = subs.SubscriptionRequest(
        name=name,
        channel=channel,
        target=target,
        destinations=list(destinations),
        categories=list(categories),
        min_severity=min_severity,
        sources=list(sources),
        digest=digest,
        digest_day=digest_day,
        digest_hour=digest_hour,
        timezone=timezone,
        immediate=not digest_only,
    )
    if channel == "webhook":
        _check_webhook(target)
    db = _db()
    try:
        sub = subs.subscribe(db, request)
    except subs.SubscriptionError as exc:
        option = {"email": "--email", "slack": "--slack-channel", "webhook": "--slack-webhook"}
        hint = option.get(exc.field, f"--{exc.field}")
        raise click.BadParameter(str(exc), param_hint=hint) from None
    _warn_unknown_sources(db, sub["sources"])
    if as_json:
        _echo_json(_sub_json(sub, {}))
        return
    click.echo(f"Subscribed #{sub['id']} {sub['name']!r}: {_describe(sub)}")
    click.echo(f"Unsubscribe token: {sub['unsubscribe_token']}")


def _check_webhook(target: str) -> None:
    """Refuse a bad webhook target before anything else; warn before a URL is stored (it is
    a credential, and secrets belong in the environment), or when env:NAME is not set here."""
    try:
        target = validate_target("webhook", target)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--slack-webhook") from None
    name = env_reference(target)
    if name is None:
        click.echo(
            "warning: the webhook URL is being stored in the database, where anyone who can"
            " read it (or a backup of it) can post to your Slack channel. Recommended: put the"
            " URL in an environment variable and subscribe with --slack-webhook env:NAME"
            " (for example env:SLACK_WEBHOOK_OPS).",
            err=True,
        )
    elif not (os.environ.get(name) or "").strip():
        click.echo(
            f"warning: the environment variable {name} is not set here; deliveries wait (and"
            " are retried) until the service runs with it set to the webhook URL",
            err=True,
        )


def _warn_unknown_sources(db, sources: list[str]) -> None:
    """A source id nothing has been seen from yet may be a typo: say so, but accept it
    (the source may simply not have been checked yet)."""
    if not sources:
        return
    known = {r["source_id"] for r in db.query("SELECT source_id FROM source_state")}
    known |= {r["source_id"] for r in db.query("SELECT DISTINCT source_id FROM events")}
    unknown = [s for s in sources if s not in known]
    if unknown:
        click.echo(f"warning: no source {', '.join(unknown)} has been checked yet", err=True)


def _describe(sub: dict[str, Any]) -> str:
    where = sub["channel"]
    if sub["channel"] != "console":
        where += " " + shown_target(sub["channel"], sub["target"])
    what = ",".join(sub["destinations"])
    if sub["categories"]:
        what += " / " + ",".join(sub["categories"])
    parts = [where, what, f">= {sub['min_severity']}"]
    if sub["sources"]:
        parts.append("sources " + ",".join(sub["sources"]))
    if sub["digest"] != "none":
        when = f"{sub['digest_hour']:02d}:00 {sub['timezone']}"
        if sub["digest"] == "weekly":
            when = f"{sub['digest_day']} {when}"
        parts.append(f"{sub['digest']} digest {when}")
    if not sub["immediate"]:
        parts.append("digest only")
    return "; ".join(parts)


def _sub_json(sub: dict[str, Any], counts: dict[str, int]) -> dict[str, Any]:
    keys = (
        "id", "name", "channel", "target", "destinations", "categories", "min_severity",
        "sources", "immediate", "digest", "digest_day", "digest_hour", "timezone",
        "unsubscribe_token", "created_at", "removed_at",
    )  # fmt: skip
    out = {k: sub.get(k) for k in keys}
    out["target"] = shown_target(sub["channel"], sub["target"])
    out["deliveries"] = counts
    return out


# --- subscriptions list / remove, unsubscribe --------------------------------------------------


@click.group("subscriptions")
def subscriptions_group():
    """List or remove subscriptions."""


@subscriptions_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.option("--all", "include_removed", is_flag=True, help="Include removed ones.")
def list_cmd(as_json, include_removed):
    """Subscriptions, with how many of their messages were sent, wait, or were given up."""
    db = _db()
    rows = sub_store.list_subscriptions(db, include_removed=include_removed)
    counts = sub_store.delivery_counts(db)
    if as_json:
        _echo_json([_sub_json(s, counts.get(s["id"], {})) for s in rows])
        return
    if not rows:
        click.echo("No subscriptions. Add one with `policywatch subscribe`.")
        return
    for sub in rows:
        c = counts.get(sub["id"], {})
        state = f"sent {c.get('sent', 0)}, waiting {c.get('pending', 0) + c.get('failed', 0)}"
        if c.get("given_up"):
            state += f", GIVEN UP {c['given_up']}"
        removed = " (removed)" if sub["removed_at"] else ""
        click.echo(f"#{sub['id']} {sub['name']}{removed}: {_describe(sub)} [{state}]")


@subscriptions_group.command("remove")
@click.argument("sub_id", type=int, metavar="ID")
def remove_cmd(sub_id):
    """Remove a subscription; what it has not been sent yet is cancelled."""
    if not subs.remove(_db(), sub_id):
        raise click.BadParameter(f"no active subscription #{sub_id}", param_hint="ID")
    click.echo(f"Removed subscription #{sub_id}.")


@click.command("unsubscribe")
@click.argument("token")
def unsubscribe_cmd(token):
    """Remove the subscription a message's unsubscribe token belongs to."""
    sub = subs.unsubscribe(_db(), token)
    if sub is None:
        raise click.BadParameter("unknown or already used unsubscribe token", param_hint="TOKEN")
    click.echo(f"Unsubscribed #{sub['id']} {sub['name']!r}.")


# --- deliver -----------------------------------------------------------------------------------


@click.command("deliver")
@click.option("--retry-now", is_flag=True, help="Retry failed deliveries without waiting.")
@click.option("--json", "as_json", is_flag=True)
def deliver_cmd(retry_now, as_json):
    """Route new changes to subscriptions, queue due digests, and send what is due.

    Exits 1 when a send failed or was given up in this run.
    """
    summary = outbox.route_and_deliver(
        click.get_current_context().find_root().obj.db_path, retry_now=retry_now
    )
    db = _db()
    total_given_up = status_counts(db).get("given_up", 0)
    if as_json:
        _echo_json(dict(summary.to_dict(), given_up_total=total_given_up))
    else:
        _print_summary(summary, total_given_up)
    if summary.failed or summary.given_up:
        sys.exit(1)


def _print_summary(summary: outbox.DeliverySummary, total_given_up: int) -> None:
    click.echo(
        f"routed {summary.routed}, digests queued {summary.digests_queued}; sent {summary.sent},"
        f" failed {summary.failed}, given up {summary.given_up}, waiting {summary.pending}"
    )
    for p in summary.problems:
        when = f", retry at {p['retry_at']}" if p["retry_at"] else ""
        click.echo(
            f"  #{p['delivery_id']} {p['kind']} to {p['channel']} {p['target']}:"
            f" {p['status']} after {p['attempts']} attempt(s){when}: {p['reason']}",
            err=True,
        )
    if total_given_up > summary.given_up:
        click.echo(f"{total_given_up} deliveries given up in all:", err=True)
        for row in list_deliveries(_db(), statuses=("given_up",), limit=10):
            click.echo(
                f"  #{row['id']} {row['kind']} to {row['channel']}"
                f" {shown_target(row['channel'], row['target'])}:"
                f" {row['last_error']}",
                err=True,
            )


# --- digest ------------------------------------------------------------------------------------


@click.command("digest")
@click.option("--preview", is_flag=True, help="Show the digest without sending it.")
@click.option("--send", is_flag=True, help="Send the digest now, through the outbox.")
@click.option("--subscription", "sub_id", type=int, help="Only this subscription.")
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the preview here (HTML, or text for a .txt name).")  # fmt: skip
@click.option("--force", is_flag=True, help="Send even if nothing changed in the period.")
def digest_cmd(preview, send, sub_id, out_file, force):
    """Preview or send the digest of the period ending now (a day or a week, per
    subscription). Scheduled digests are sent by `deliver` and by the service."""
    if preview == send:
        raise click.UsageError("give exactly one of --preview or --send")
    if out_file and not preview:
        raise click.UsageError("--out goes with --preview")
    db = _db()
    chosen = _digest_subscriptions(db, sub_id)
    now = datetime.now(UTC)
    if preview:
        _preview(db, chosen, now, out_file)
    else:
        _send_now(db, chosen, now, force)


def _digest_subscriptions(db, sub_id: int | None) -> list[dict[str, Any]]:
    if sub_id is not None:
        sub = sub_store.get_subscription(db, sub_id)
        if sub is None or not sub["active"]:
            raise click.BadParameter(
                f"no active subscription #{sub_id}", param_hint="--subscription"
            )
        return [sub]
    chosen = [s for s in sub_store.list_subscriptions(db) if s["digest"] != "none"]
    if not chosen:
        raise click.UsageError("no subscription has a digest; pass --subscription ID")
    return chosen


def _preview(db, chosen: list[dict], now: datetime, out_file: Path | None) -> None:
    for sub in chosen:
        period = digests.period_ending(sub, now)
        d = digests.build_digest(db, sub, period.start, period.end)
        if digests.is_empty(d):
            click.echo(f"#{sub['id']} {sub['name']}: nothing changed in the period", err=True)
        if out_file is None:
            click.echo(render_digest_text(d))
            continue
        path = out_file
        if len(chosen) > 1:
            path = out_file.with_name(f"{out_file.stem}-{sub['id']}{out_file.suffix}")
        body = render_digest_text(d) if path.suffix == ".txt" else render_digest_html(d)
        path.write_text(body, encoding="utf-8")
        click.echo(f"#{sub['id']} {sub['name']}: wrote {path}")


def _send_now(db, chosen: list[dict], now: datetime, force: bool) -> None:
    ids = []
    for sub in chosen:
        period = digests.period_ending(sub, now)
        delivery_id = digests.enqueue_digest(db, sub, period, force=force, now=now)
        if delivery_id is None:
            click.echo(
                f"#{sub['id']} {sub['name']}: nothing changed in the period, not sent"
                " (--force sends it anyway)"
            )
        else:
            ids.append(delivery_id)
    if not ids:
        return
    summary = outbox.deliver_due(db, delivery_ids=ids)
    click.echo(f"digests sent {summary.sent}, failed {summary.failed}, given up {summary.given_up}")
    for p in summary.problems:
        click.echo(f"  #{p['delivery_id']} to {p['target']}: {p['reason']}", err=True)
    if summary.failed or summary.given_up:
        sys.exit(1)


COMMANDS = [subscribe_cmd, subscriptions_group, unsubscribe_cmd, deliver_cmd, digest_cmd]

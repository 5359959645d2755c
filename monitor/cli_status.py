"""`policywatch status`: each source's last check, its result and when it is due again."""

from __future__ import annotations

import json

import click

from storage import connect
from storage.source_state import all_states


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def status(app, as_json: bool) -> None:
    """Each source's last check, result, last error and next due time."""
    loaded = app.sources()
    states = all_states(connect(app.db_path))
    rows = []
    for s in loaded.sources:
        st = states.get(s.id, {})
        rows.append(
            {
                "id": s.id,
                "enabled": s.enabled,
                "last_check_at": st.get("last_check_at"),
                "last_status": st.get("last_status") or "never checked",
                "last_success_at": st.get("last_success_at"),
                "consecutive_failures": st.get("consecutive_failures") or 0,
                "last_error": st.get("last_error"),
                "next_due_at": st.get("next_due_at") or ("now" if s.enabled else None),
                "notices": st.get("notice_count"),
            }
        )
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    click.echo(f"{'source':<32} {'last check':<21} {'result':<13} {'next due':<21} notices")
    for r in rows:
        due = r["next_due_at"] if r["enabled"] else "disabled"
        click.echo(
            f"{r['id']:<32} {r['last_check_at'] or '-':<21} {r['last_status']:<13}"
            f" {due or '-':<21} {r['notices'] if r['notices'] is not None else '-'}"
        )
        if r["last_error"]:
            fails = r["consecutive_failures"]
            click.echo(f"    error ({fails} in a row): {r['last_error']}")

"""The source's own country inside a bloc the notice names.

The places a notice names are where mail goes, so the source's own country is left out of a
region it expands: "sending to EU countries" from the Latvian post is the 26 others. A duty
on imports into the bloc is the exception: "from 1 July a €3 duty on parcels from outside
the EU" from a French or Dutch post is paid in every member, the source's own country too
(measured on the read and unseen sets: 13 and 6 notices better, 1 worse).
"""

from __future__ import annotations

from monitor.classify.destinations.roles import NEUTRAL, Role


def bloc_holding_origin(
    roles: list[Role], codes: list[str], origin: str, regions: dict[str, list[str]]
) -> Role | None:
    """The bloc named with no cue ("the EU", neither "to" nor "from" it) that holds
    ``origin``, when ``codes`` are all its other members."""
    have = set(codes)
    for r in roles:
        members = regions.get(r.place.code, ()) if r.place.code.startswith("@") else ()
        if r.role == NEUTRAL and origin in members and set(members) - {origin} <= have:
            return r
    return None

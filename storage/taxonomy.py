"""The taxonomy ids of DESIGN.md: part of the interface, stored in events and subscriptions.

Both halves use them (the classifier writes them, subscriptions filter on them), so they live
here, at the seam.
"""

from __future__ import annotations

from typing import Literal, get_args

CATEGORIES = (
    "all_goods",
    "documents",
    "lithium_batteries",
    "liquids",
    "perfumes_cosmetics",
    "food",
    "alcohol",
    "tobacco_vapes",
    "medicines",
    "cash_valuables",
    "jewelry",
    "electronics",
    "dangerous_goods",
    "animals_plants",
    "weapons",
    "textiles",
    "commercial_goods",
    "gifts",
)

# The kinds and severities are also types (sources.yaml's severity overrides are checked
# against them); each tuple is made from its type, so the two cannot drift apart.
ChangeKind = Literal[
    "suspension",
    "prohibited_items",
    "restriction",
    "new_requirement",
    "duty_tax_change",
    "delay",
    "resumption",
    "informational",
    "irrelevant",
]
CHANGE_KINDS: tuple[str, ...] = get_args(ChangeKind)

# Most severe first: the order a validation error lists them in.
Severity = Literal["critical", "high", "medium", "low", "none"]
SEVERITIES: tuple[str, ...] = get_args(Severity)[::-1]  # ascending: compare by index

DEFAULT_SEVERITY = {
    "suspension": "critical",
    "prohibited_items": "high",
    "restriction": "high",
    "new_requirement": "high",
    "duty_tax_change": "medium",
    "delay": "medium",
    "resumption": "medium",
    "informational": "low",
    "irrelevant": "none",
}

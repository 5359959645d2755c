"""The taxonomy ids of DESIGN.md: part of the interface, stored in events and subscriptions.

Both halves use them (the classifier writes them, subscriptions filter on them), so they live
here, at the seam.
"""

from __future__ import annotations

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

CHANGE_KINDS = (
    "suspension",
    "prohibited_items",
    "restriction",
    "new_requirement",
    "duty_tax_change",
    "delay",
    "resumption",
    "informational",
    "irrelevant",
)

SEVERITIES = ("none", "low", "medium", "high", "critical")  # ascending: compare by index

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

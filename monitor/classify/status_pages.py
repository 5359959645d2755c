"""Words of a status page that say its table's other rows stand as before.

Read by the destinations (the places only such rows name are no destinations) and by the kinds
(such rows' status words are no news)."""

from __future__ import annotations

# "All other entries below are unchanged since our update of 2 November", "Die übrigen
# Einträge entsprechen dem Stand vom 14.09.2023" (on the normalised text: no accents)
OTHER_ROWS_STAND = (
    r"\b(?:all (?:the )?other|the other|the remaining|other) (?:entries|rows|countries|"
    r"destinations|lines)\b[^.]{0,60}\b(?:unchanged|remain the same|have not changed|as before)\b|"
    r"\b(?:alle |die )ubrigen (?:eintrage|lander|angaben|zeilen)\b[^.]{0,40}\b(?:entsprechen dem "
    r"stand|unverandert|wie bisher)\b|"
    r"\bles autres (?:entrees|lignes|pays|destinations)\b[^.]{0,40}\binchange|"
    r"\blas demas (?:entradas|filas|paises)\b[^.]{0,40}\b(?:sin cambios|no cambian|se mantienen)\b|"
    r"\bgli altri (?:paesi|voci|righe)\b[^.]{0,40}\binvariat|"
    r"\bde overige (?:landen|regels|vermeldingen)\b[^.]{0,40}\bongewijzigd\b"
)

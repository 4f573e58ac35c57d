"""A policy: what an organisation requires of its agreements, item by item (YAML; example in
review/policies/belgian-local-government.yaml). Each rule turns a grid cell into "meets", "deviates" or "missing",
with the rule in words. Rule keys per item:
- required: true            the agreement must state it;
- max_hours / max_days: N   a period of at most N (a working day counts as a day; "without undue delay" alone
                            deviates: it sets no maximum);
- min_amount: N             an amount of at least N (in the cell's currency);
- equals: [BE, NL]          the value is one of these (governing law, authorisation "general"/"specific");
- allowed_bases: [SCC, adequacy]   transfers outside the EEA only on one of these bases ("none" meets).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .items import BY_ID
from .models import NOT_APPLICABLE, STATED, Cell

MEETS, DEVIATES, MISSING = "meets", "deviates", "missing"
_KEYS = {"required", "max_hours", "max_days", "min_amount", "equals", "allowed_bases"}


class PolicyError(ValueError):
    """A policy file that cannot be used; the message says which line to fix."""


@dataclass(frozen=True)
class Rule:
    item: str
    required: bool = True
    max_hours: float | None = None
    min_amount: float | None = None
    equals: tuple[str, ...] = ()
    allowed_bases: tuple[str, ...] | None = None

    def describe(self) -> str:
        parts = []
        if self.max_hours is not None:
            parts.append(f"at most {self.max_hours:g} hours" if self.max_hours < 72 or self.max_hours % 24
                         else f"at most {self.max_hours / 24:g} days")
        if self.min_amount is not None:
            parts.append(f"at least {self.min_amount:,.0f}")
        if self.equals:
            parts.append("one of " + ", ".join(self.equals))
        if self.allowed_bases is not None:
            parts.append("outside the EEA only with " + (" or ".join(self.allowed_bases) or "no basis"))
        return f"{self.item}: " + ("; ".join(parts) or "stated")


@dataclass(frozen=True)
class Flag:
    status: str  # MEETS, DEVIATES or MISSING
    rule: str  # the rule in words
    reason: str = ""


@dataclass(frozen=True)
class Policy:
    name: str
    rules: tuple[Rule, ...]

    def evaluate(self, cell: Cell | None) -> Flag | None:
        """The flag of one cell, or None when no rule speaks of its item or the item does not apply."""
        rule = next((r for r in self.rules if cell is not None and r.item == cell.item), None)
        if rule is None or cell.status == NOT_APPLICABLE:
            return None
        if cell.status != STATED:
            return Flag(MISSING if rule.required else MEETS, rule.describe(), "not stated")
        if rule.max_hours is not None:
            hours = cell.data.get("hours")
            if hours is None:
                return Flag(DEVIATES, rule.describe(), f"{cell.value}: no maximum period")
            if hours > rule.max_hours:
                return Flag(DEVIATES, rule.describe(), f"{cell.value} is longer")
        if rule.min_amount is not None and (cell.data.get("amount") or 0) < rule.min_amount:
            return Flag(DEVIATES, rule.describe(), f"{cell.value} is lower")
        if rule.equals and str(cell.value) not in rule.equals:
            return Flag(DEVIATES, rule.describe(), f"{cell.value}")
        if rule.allowed_bases is not None and cell.data.get("countries"):
            bases = set(cell.data.get("basis") or [])
            if not bases & set(rule.allowed_bases):
                return Flag(DEVIATES, rule.describe(), f"to {cell.value} without " + " or ".join(rule.allowed_bases))
        return Flag(MEETS, rule.describe())


def load_policy(path: Path) -> Policy:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PolicyError(f"cannot read policy {path}: {exc}") from exc
    return parse_policy(data, str(path))


def parse_policy(data, source: str = "policy") -> Policy:
    if not isinstance(data, dict) or not isinstance(data.get("rules"), dict):
        raise PolicyError(f"{source}: expected a mapping with 'name' and 'rules' (item: {{rule: value}})")
    rules = []
    for item, spec in data["rules"].items():
        if item not in BY_ID:
            raise PolicyError(f"{source}: unknown item '{item}'; items are: {', '.join(BY_ID)}")
        spec = spec or {}
        if not isinstance(spec, dict) or set(spec) - _KEYS:
            raise PolicyError(f"{source}: rule for '{item}' may only use {', '.join(sorted(_KEYS))}")
        try:
            hours = spec.get("max_hours")
            if spec.get("max_days") is not None:
                hours = 24 * float(spec["max_days"])
            equals = spec.get("equals") or []
            rules.append(Rule(item, bool(spec.get("required", True)),
                              float(hours) if hours is not None else None,
                              float(spec["min_amount"]) if spec.get("min_amount") is not None else None,
                              tuple(str(e) for e in (equals if isinstance(equals, list) else [equals])),
                              tuple(spec["allowed_bases"]) if spec.get("allowed_bases") is not None else None))
        except (TypeError, ValueError) as exc:
            raise PolicyError(f"{source}: rule for '{item}': {exc}") from exc
    return Policy(str(data.get("name") or source), tuple(rules))

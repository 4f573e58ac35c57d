"""Policy rules turn cells into meets / deviates / missing; a bad policy file gets a clear error."""

from pathlib import Path

import pytest

from review.models import Cell
from review.policy import PolicyError, load_policy, parse_policy

EXAMPLE = Path(__file__).resolve().parents[2] / "review" / "policies" / "belgian-local-government.yaml"


def test_example_policy_flags():
    policy = load_policy(EXAMPLE)
    flag = policy.evaluate
    assert flag(Cell("breach_notice", "stated", "36 hours", {"hours": 36.0})).status == "meets"
    assert flag(Cell("breach_notice", "stated", "72 hours", {"hours": 72.0})).status == "deviates"
    assert flag(Cell("breach_notice", "stated", "without undue delay", {"hours": None})).status == "deviates"
    assert flag(Cell("audit", "not stated")).status == "missing"
    assert flag(Cell("deletion_period", "stated", "3 months", {"hours": 2190.0})).status == "deviates"
    assert flag(Cell("transfers", "stated", "IN", {"countries": ["IN"], "basis": ["SCC"]})).status == "meets"
    assert flag(Cell("transfers", "stated", "US", {"countries": ["US"], "basis": []})).status == "deviates"
    assert flag(Cell("transfers", "stated", "none", {"countries": [], "basis": []})).status == "meets"
    assert flag(Cell("governing_law", "stated", "FR")).status == "deviates"
    assert flag(Cell("breach_notice", "not applicable")) is None and flag(Cell("court", "stated", "Gent")) is None


def test_bad_policies_say_what_to_fix():
    with pytest.raises(PolicyError, match="unknown item 'breach'"):
        parse_policy({"rules": {"breach": {"max_hours": 48}}})
    with pytest.raises(PolicyError, match="may only use"):
        parse_policy({"rules": {"breach_notice": {"max_hour": 48}}})
    with pytest.raises(PolicyError, match="expected a mapping"):
        parse_policy(["breach_notice"])

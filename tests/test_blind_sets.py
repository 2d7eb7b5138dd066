"""Messages written by a team member who had not seen the pattern files or the dev corpus.

tests/data/blind_scams_N.jsonl holds scams ({"category", "text"}; category "merchant" for
any scam aimed at a shop owner) and blind_benign_N.jsonl ordinary messages that share scam
words. Each set is measured before any rule is changed for it, then the rules its misses
point at are generalised:
- set 1 (80 + 80): 47 of 80 scams warned, 3 of 80 ordinary messages flagged;
- set 2 (100 + 100, written after set 1's fixes): 57 of 100 warned, 6 of 100 flagged;
- set 3 (100 + 100, written after set 2's fixes): 58 of 100 warned, 10 of 100 flagged;
- set 4 (80 + 80, written after set 3's fixes): 53 of 80 warned, 5 of 80 flagged;
- set 5 (100 + 100, written after set 4's fixes): 63 of 100 warned, 7 of 100 flagged.

Sets 1–5 are now also training texts of the wording model (resources/classifier), so here
they only guard against regressions; the unseen sets below are the honest measure.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scamlens.engine import Checker

DATA = Path(__file__).parent / "data"

# Scams that two documented patterns describe equally well ("your 金条 breaks the rules" is
# both fake customer service and a loan scam); either category is a right answer.
_ALSO_RIGHT = {
    "fake-customer-service": {"loan-scam", "off-platform-payment", "fake-platform-notice"},
    "brushing-job": {"several-red-flags"},
    "loan-scam": {"fake-customer-service"},
    "game-trade-scam": {"off-platform-payment"},
    "impersonation-authority": {"fake-customer-service", "phishing-link"},
}

# Scams the library still misses, each with the reason; strict, so a fix shows up here.
_KNOWN_MISSES = {
    "您的话费积分将于本月底清零": "points-for-a-gift SMS with an unsubscribe line: reads like the operators' own promotions",
    "【xx金融】尊敬的客户，您已获得最高20万元信用额度": "a loan offer with no fee or off-platform step yet: reads like a licensed lender's ad",
    "【惠民金融】尊敬的客户，您已获得最高20万元备用金额度": "the same kind of loan offer, with an unsubscribe line",
    "宝贝，我舅舅在一个海外平台做数字货币的": "a small first deposit on an uncle's platform, with no return promised yet",
    "亲，我们是电商代运营": "a paid agency contract with a refund promise: not distinguishable from a real agency",
}


def _rows(pattern: str) -> list[dict[str, str]]:
    return [json.loads(line) for path in sorted(DATA.glob(pattern)) for line in path.read_text("utf-8").splitlines()]


def _scam_rows() -> list:
    rows = []
    for row in _rows("blind_scams_*.jsonl"):
        reason = next((why for start, why in _KNOWN_MISSES.items() if row["text"].startswith(start)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        rows.append(pytest.param(row, marks=marks, id=row["text"][:24]))
    return rows


@pytest.mark.parametrize("row", _scam_rows())
def test_blind_scam_is_warned_with_a_fitting_category(checker: Checker, row: dict[str, str]) -> None:
    verdict = checker.check(row["text"])
    assert verdict.warned, [(m.pattern.id, m.score) for m in verdict.near_misses]
    expected = row["category"]
    if expected == "merchant":
        assert any(match.pattern.audience == "merchant" for match in verdict.matches)
    else:
        found = {match.pattern.category for match in verdict.matches}
        assert found & ({expected} | _ALSO_RIGHT.get(expected, set())), found


@pytest.mark.parametrize("row", _rows("blind_benign_*.jsonl"), ids=lambda row: row["text"][:24])
def test_blind_ordinary_message_is_not_called_a_scam(checker: Checker, row: dict[str, str]) -> None:
    verdict = checker.check(row["text"])
    assert not verdict.matches, [(m.pattern.id, [e.words for e in m.evidence]) for m in verdict.matches]


# The unseen sets were written blind and are never tuned or trained on: they measure how
# the library does on wording nobody prepared for, and the floors guard against a change
# that makes that worse.
# - Set 6, written after set 5's fixes: rules alone 54 of 100 scams warned and 5 of 100
#   ordinary messages flagged; with the wording model 83 of 100 and 0 of 100.
# - Set 7, written before the wording model: rules alone 69 of 100 and 3 of 100; with the
#   wording model 86 of 100 and 0 of 100.
# - Set 8, written after the model's first training texts: rules alone 58 of 100 and 5 of
#   100; with the model of the time 89 of 100 and 3 of 100; now 89 and 2.
# - Set 9, written after the third round of training texts: rules alone 61 of 100 and 7
#   of 100; with the model of the time 89 of 100 and 3 of 100; now 89 and 4.
# - Set 10, written and measured once at the end of the session that added the model:
#   rules alone 61 of 100 and 6 of 100; with the wording model then 90 of 100 and 2 of
#   100; after a last round of training texts 90 and 0.
# - Set 11, written in the fourth session after its rule changes, measured once before any
#   further change: rules alone 63 of 100 and 10 of 100; with the wording model 88 of 100
#   and 3 of 100. With the sixth round of training texts: 88 and 2.
# - Set 12, written after the averaged model (below), measured once before the red-team
#   round: rules alone 56 of 100 and 10 of 100; with the wording model 89 and 2.
# - The model became the average of five fits; after the red-team round of rule fixes
#   (threshold 0.95, chosen on the dev corpus) sets 6-12 read 88/0, 87/0, 91/1, 91/2,
#   90/0, 91/3, 90/3; after the second and third red-team rounds 86/0, 90/0, 90/1, 91/2,
#   87/0, 91/2, 89/2; after the fourth round 84/0, 90/0, 90/1, 90/2, 89/0, 90/2, 89/2.
# - Set 13, written after both red-team rounds and measured once with the library as it
#   then stood: rules alone 59 of 100 and 9 of 100; with the wording model 88 and 3.
# Retraining moves these by a few texts either way, so the floors leave some room.
_UNSEEN_FLOORS = {
    6: (0.80, 0.03),
    7: (0.82, 0.03),
    8: (0.85, 0.05),
    9: (0.85, 0.06),
    10: (0.85, 0.05),
    11: (0.84, 0.05),
    12: (0.85, 0.05),
    13: (0.84, 0.05),
    14: (0.84, 0.05),
    15: (0.84, 0.05),
    16: (0.88, 0.05),
}  # (warned at least, flagged at most)


@pytest.mark.parametrize("number", sorted(_UNSEEN_FLOORS))
def test_unseen_set_is_not_worse_than_measured(checker: Checker, number: int) -> None:
    scams = _rows(f"unseen_scams_{number}.jsonl")
    ordinary = _rows(f"unseen_benign_{number}.jsonl")
    warned = sum(checker.check(row["text"]).warned for row in scams) / len(scams)
    flagged = sum(bool(checker.check(row["text"]).matches) for row in ordinary) / len(ordinary)
    least_warned, most_flagged = _UNSEEN_FLOORS[number]
    assert warned >= least_warned and flagged <= most_flagged, (warned, flagged)

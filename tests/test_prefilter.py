import re

import pytest

from scamlens.engine import Checker
from scamlens.engine.prefilter import required_literals


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        ("高价回收", {"高价回收"}),
        ("(?:下载|安装).{0,6}app", {"app"}),
        ("(?:跟着?|听)老师", {"老师"}),
        ("(?:[一二三\\d]+个月后).{0,12}(?:回收|回购)", {"个月后"}),
        ("(?<!不用)(到|去)(派出所|公安局)", {"到派出所", "到公安局", "去派出所", "去公安局"}),
        ("[vw]信", {"v信", "w信"}),
        ("(本人)?去银行", {"去银行"}),
        ("\\d+元", {"元"}),
        ("\\d+", None),
        (".{2,}", None),
    ],
)
def test_required_literals(regex: str, expected: set[str] | None) -> None:
    found = required_literals(re.compile(regex))
    assert (set(found) if found is not None else None) == expected


def test_prefilter_changes_no_verdict(library) -> None:
    """Running every regex on every text gives exactly the same matches and evidence."""
    filtered, unfiltered = Checker(library), Checker(library)
    unfiltered._index._unfiltered = list(range(len(unfiltered._index._regexes)))
    for pattern in library.patterns:
        for example in pattern.examples:
            a, b = filtered.check(example.text), unfiltered.check(example.text)
            assert [(m.pattern.id, m.score, m.evidence) for m in a.matches + a.near_misses] == [
                (m.pattern.id, m.score, m.evidence) for m in b.matches + b.near_misses
            ]


def test_every_regex_match_contains_one_of_its_literals(library) -> None:
    from scamlens.engine.normalise import normalise

    texts = [normalise(example.text).text for pattern in library.patterns for example in pattern.examples]
    cues = [cue for pattern in library.patterns for cue in pattern.signals + pattern.exclusions]
    for cue in cues:
        for regex in cue.regexes:
            literals = required_literals(regex)
            for text in texts if literals else ():
                for match in regex.finditer(text):
                    assert any(literal in match.group() for literal in literals), (regex.pattern, match.group())

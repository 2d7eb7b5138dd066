"""A second opinion from wording: a linear model over character n-grams.

The rules explain a scam by its documented mechanism, but each new writer brings wording
no rule has seen. This model is trained (`scamlens model train`) only on texts we wrote
ourselves: the pattern files' examples and the labelled texts in resources/classifier.
The checker (match.py) uses it twice: when no pattern warns, confident wording warns at
medium risk; when a pattern warns but the wording reads as an ordinary message, the
warning becomes a resemblance. Either way it is worded "resembles", never "matches".
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

from .extract import URL_PATTERN
from .normalise import NormalisedText

MODEL_FORMAT = 1

# Characters that end a run: n-grams never span punctuation or spaces.
_SEPARATORS = frozenset(" \t\r\n\u3000，。！？、,.!?:：;；“”\"'‘’（）()【】[]{}…~～-—_*#@/\\|<>《》「」『』+=·•")
# Same length in and out, so positions stay valid: any digit reads as 0 and Latin letters
# as lower case ("VX", "vx" and "Vx" are one feature; so are all phone numbers' shapes).
_FOLD = str.maketrans("123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "000000000abcdefghijklmnopqrstuvwxyz")
_RUN = re.compile("[^" + re.escape("".join(sorted(_SEPARATORS))) + "]+")

_SHORT_PHRASE = 16  # characters: a phrase this short is highlighted whole
_PHRASES_SHOWN = 3


class ModelError(ValueError):
    pass


def _as_the_model_reads(text: str) -> str:
    """`text` folded, with each web address read as "url" and its top-level domain (padded
    to its length, so positions stay valid): the rest of an address is noise to a wording
    model ("bv1xx411c7md"), while cheap endings such as .top or .vip still tell."""
    folded = text.translate(_FOLD)
    if "." not in folded:
        return folded
    return URL_PATTERN.sub(_link_as_read, folded)


def _link_as_read(link: re.Match[str]) -> str:
    host = re.sub(r"^[a-z]+://", "", link.group()).split("/", 1)[0].split(":", 1)[0]
    read = f"url {host.rsplit('.', 1)[-1]}"
    if len(read) > len(link.group()):
        read = "url"
    return read.ljust(len(link.group()))


def feature_set(text: str, sizes: tuple[int, ...]) -> set[str]:
    """The distinct n-grams of `text`: what the model scores (the hot path of every check)."""
    grams: set[str] = set()
    for chars in _RUN.findall(_as_the_model_reads(text)):
        for size in sizes:
            grams.update([chars[offset : offset + size] for offset in range(len(chars) - size + 1)])
    return grams


@dataclass(frozen=True)
class WordingOpinion:
    probability: float
    # [start, end) ranges in the ORIGINAL text of the wording that pushed hardest towards "scam".
    strongest: tuple[tuple[int, int], ...]
    category: str | None  # the kind of scam whose training texts the wording is nearest to


@dataclass(frozen=True)
class WordingModel:
    weights: dict[str, float]
    bias: float
    threshold: float  # probability at which the checker warns on wording alone
    # Below this probability the wording reads as ordinary, and a rule's warning is shown as
    # a resemblance instead: the rules' false alarms on unseen texts are mostly anti-fraud
    # warnings, news, victims' stories and shop talk that the model places far from any scam.
    ordinary_below: float
    sizes: tuple[int, ...]
    trained_on: dict[str, object]
    # Per scam category, the n-grams most typical of its training texts (IDF-weighted,
    # unit length): the category whose profile the text overlaps most is the one named.
    centroids: dict[str, dict[str, float]]

    def probability_of_features(self, features: set[str]) -> float:
        if not features:
            return 0.0
        weights = self.weights
        z = self.bias + sum(weights.get(gram, 0.0) for gram in features) / math.sqrt(len(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def nearest_category(self, features: set[str]) -> str | None:
        scores = {
            category: sum(profile.get(gram, 0.0) for gram in features) for category, profile in self.centroids.items()
        }
        best = max(scores, key=scores.__getitem__, default=None)
        return best if best is not None and scores[best] > 0 else None

    def opinion(self, normalised: NormalisedText) -> WordingOpinion:
        features = feature_set(normalised.text, self.sizes)
        probability = self.probability_of_features(features)
        if probability < self.threshold:
            return WordingOpinion(probability, (), None)  # below the bar, nothing to point at
        starts, ends = normalised.starts, normalised.ends
        strongest = tuple(
            sorted((starts[start], ends[end - 1]) for start, end in self._strongest_phrases(normalised.text))
        )
        return WordingOpinion(probability, strongest, self.nearest_category(features))

    def _strongest_phrases(self, text: str) -> list[tuple[int, int]]:
        """Where the wording pushed hardest, as a reader would quote it: the short phrases
        between punctuation whose 3-grams weigh most towards "scam" (of a long phrase, only
        the part around its strongest n-grams). Two characters ("你好") say too little, so
        only the longest n-grams count here."""
        size = max(self.sizes)
        weights = self.weights
        scored = []
        for run in _RUN.finditer(_as_the_model_reads(text)):
            chars, start = run.group(), run.start()
            pushing = sorted(
                (weight, start + offset)
                for offset in range(len(chars) - size + 1)
                if (weight := weights.get(chars[offset : offset + size], 0.0)) > 0
            )
            if not pushing:
                continue
            if len(chars) <= _SHORT_PHRASE:
                span = (start, run.end())
            else:  # grow from the strongest 3-gram while its neighbours also push towards "scam"
                positive = {position for _, position in pushing}
                first = last = pushing[-1][1]
                while last + size - first < _SHORT_PHRASE and (first - 1 in positive or last + 1 in positive):
                    if last + 1 in positive:
                        last += 1
                    else:
                        first -= 1
                span = (first, last + size)
            scored.append((sum(weight for weight, _ in pushing) / math.sqrt(len(chars)), span))
        return [span for _, span in sorted(scored, reverse=True)[:_PHRASES_SHOWN]]

    def to_json(self) -> dict[str, object]:
        return {
            "format": MODEL_FORMAT,
            "sizes": list(self.sizes),
            "bias": self.bias,
            "threshold": self.threshold,
            "ordinary_below": self.ordinary_below,
            "trained_on": self.trained_on,
            "weights": self.weights,
            "centroids": self.centroids,
        }


def threshold_problems(threshold: float, ordinary_below: float) -> list[str]:
    """What is wrong with a model's two thresholds: it warns at `threshold` and turns a rule's
    warning into a resemblance below `ordinary_below`, so the two must stay apart."""
    problems = []
    if not 0.5 <= threshold < 1.0:
        problems.append(f"threshold must be at least 0.5 and below 1, not {threshold}")
    if not 0.0 <= ordinary_below < 0.5:
        problems.append(f"ordinary-below must be at least 0 and below 0.5, not {ordinary_below}")
    return problems


def parse_wording_model(content: bytes, name: str) -> WordingModel:
    """A model from the bytes of a model file named `name` (for the error message)."""
    try:
        data = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelError(f"{name}: cannot be read ({error})") from None
    try:
        if data["format"] != MODEL_FORMAT:
            raise ModelError(f"{name}: format {data['format']!r}, expected {MODEL_FORMAT}")
        weights = data["weights"]
        # One pass in C rather than a float() call per n-gram: loading is on the start-up path.
        if not isinstance(weights, dict) or not set(map(type, weights.values())) <= {float, int}:
            raise ModelError(f"{name}: weights must map n-grams to numbers")
        sizes = tuple(int(size) for size in data["sizes"])
        threshold = float(data["threshold"])
        ordinary_below = float(data["ordinary_below"])
        centroids = data["centroids"]
        if not isinstance(centroids, dict) or not all(
            isinstance(profile, dict) and set(map(type, profile.values())) <= {float, int}
            for profile in centroids.values()
        ):
            raise ModelError(f"{name}: each category profile must map n-grams to numbers")
        model = WordingModel(
            weights, float(data["bias"]), threshold, ordinary_below, sizes, dict(data["trained_on"]), centroids
        )
    except ModelError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ModelError(f"{name}: not a wording model ({error!r})") from None
    problems = threshold_problems(threshold, ordinary_below)
    if not sizes or min(sizes) < 1:
        problems.append(f"gram sizes {sizes} out of range")
    if problems:
        raise ModelError(f"{name}: " + "; ".join(problems))
    return model

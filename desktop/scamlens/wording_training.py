"""Train the wording model (engine/wording_model.py) on texts we wrote ourselves.

Training texts: every pattern's own examples, the labelled JSONL files in
resources/classifier/texts/, and any further JSONL files named on the command line.
Never a dataset we did not write: the dev corpus in ../shared/eval is for measuring only.

Logistic regression over the presence of character n-grams, fitted with AdaGrad and an
L2 penalty, the two classes weighted equally. The weights are the average of several fits
that see the texts in different orders, which steadies texts near the threshold.
Deterministic: the same texts give the same model on any machine, so `scamlens model
train` reproduces the shipped file exactly.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from scamlens.engine.library import WORDING_MODEL_FILE, Library
from scamlens.engine.normalise import normalise
from scamlens.engine.wording_model import WordingModel, feature_set
from scamlens.json_lines import read_text_records

GRAM_SIZES = (2, 3)
CENTROID_GRAMS = 1500  # n-grams kept per category profile; more changes few choices
EPOCHS = 15
LEARNING_RATE = 0.5
L2_PENALTY = 1e-4
MIN_KEPT_WEIGHT = 0.005  # smaller weights change no verdict and only make the file bigger
MIN_TEXTS_PER_GRAM = 2
SEED = 20261123
AVERAGED_FITS = 5  # one fit's verdicts near the threshold move with the text order; five agree


class TrainingError(ValueError):
    pass


@dataclass(frozen=True)
class LabelledText:
    text: str
    is_scam: bool
    source: str
    category: str | None = None  # a scam's pattern category, when its writer named one


def texts_folder(resources: Path) -> Path:
    return resources / "classifier" / "texts"


def model_path(resources: Path) -> Path:
    return resources / WORDING_MODEL_FILE


def _label_of(row: dict[str, object], path: Path, line_number: int) -> bool:
    label = row.get("label")
    if label is None:  # the blind sets keep scams and ordinary texts in separate files
        if "scam" in path.name:
            return True
        if "benign" in path.name:
            return False
    if label not in ("scam", "benign"):
        raise TrainingError(f"{path.name}:{line_number}: label must be 'scam' or 'benign', not {label!r}")
    return label == "scam"


def read_labelled_file(path: Path) -> list[LabelledText]:
    rows: list[LabelledText] = []
    for number, row in read_text_records(path, TrainingError):
        category = row.get("category")
        is_scam = _label_of(row, path, number)
        rows.append(LabelledText(row["text"], is_scam, path.name, category if isinstance(category, str) else None))
    return rows


def training_texts(library: Library, files: Iterable[Path]) -> list[LabelledText]:
    texts = [
        LabelledText(
            example.text,
            example.expect == "match",
            f"pattern:{pattern.id}",
            pattern.category if example.expect == "match" else None,
        )
        for pattern in library.patterns
        for example in pattern.examples
    ]
    known = {pattern.category for pattern in library.patterns}
    for path in files:  # a category the library does not have (e.g. "merchant") names no profile
        texts += [
            item if item.category in known or item.category is None else dataclasses.replace(item, category=None)
            for item in read_labelled_file(path)
        ]
    seen: set[str] = set()
    unique = []
    for item in texts:  # a text written twice would count twice
        if item.text not in seen:
            seen.add(item.text)
            unique.append(item)
    return unique


def digest(texts: Sequence[LabelledText]) -> str:
    hashed = hashlib.sha256()
    for item in texts:
        hashed.update(f"{int(item.is_scam)}\t{item.text}\n".encode())
    return hashed.hexdigest()


def _features(texts: Sequence[LabelledText], sizes: tuple[int, ...]) -> list[list[str]]:
    """Each text's n-grams, leaving out those found in fewer than MIN_TEXTS_PER_GRAM texts:
    a gram seen once teaches nothing general and would only make the model file bigger.
    Sorted, so float sums run in the same order whatever the hash seed."""
    every = [feature_set(normalise(item.text).text, sizes) for item in texts]
    seen_in: Counter[str] = Counter()
    for grams in every:
        seen_in.update(grams)
    return [sorted(gram for gram in grams if seen_in[gram] >= MIN_TEXTS_PER_GRAM) for grams in every]


def fit(
    features: Sequence[Sequence[str]], labels: Sequence[bool], epochs: int = EPOCHS, seed: int = SEED
) -> tuple[dict[str, float], float]:
    """Logistic regression weights and bias; each text's features are scaled to unit length."""
    positives = sum(labels)
    negatives = len(labels) - positives
    if not positives or not negatives:
        raise TrainingError("training needs both scam and ordinary texts")
    class_weight = {True: len(labels) / (2 * positives), False: len(labels) / (2 * negatives)}
    weights: dict[str, float] = {}
    squared: dict[str, float] = {}
    bias, bias_squared = 0.0, 1e-8
    order = list(range(len(labels)))
    shuffle = random.Random(seed).shuffle
    for _ in range(epochs):
        shuffle(order)
        for index in order:
            grams = features[index]
            if not grams:
                continue
            scale = 1.0 / math.sqrt(len(grams))
            z = bias + sum(weights.get(gram, 0.0) for gram in grams) * scale
            predicted = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            error = (predicted - labels[index]) * class_weight[labels[index]]
            for gram in grams:
                weight = weights.get(gram, 0.0)
                gradient = error * scale + L2_PENALTY * weight
                squared[gram] = squared.get(gram, 1e-8) + gradient * gradient
                weights[gram] = weight - LEARNING_RATE * gradient / math.sqrt(squared[gram])
            bias_squared += error * error
            bias -= LEARNING_RATE * error / math.sqrt(bias_squared)
    return weights, bias


def fit_averaged(
    features: Sequence[Sequence[str]], labels: Sequence[bool], fits: int = AVERAGED_FITS
) -> tuple[dict[str, float], float]:
    """The mean weights and bias of `fits` fits, each shuffling the texts with its own seed.
    The model stays one linear model, so checking costs the same as with a single fit."""
    total: dict[str, float] = defaultdict(float)
    bias = 0.0
    for number in range(fits):
        weights, one_bias = fit(features, labels, seed=SEED + number)
        for gram, weight in weights.items():
            total[gram] += weight / fits
        bias += one_bias / fits
    return dict(total), bias


def category_centroids(
    texts: Sequence[LabelledText], features: Sequence[Sequence[str]], size: int = CENTROID_GRAMS
) -> dict[str, dict[str, float]]:
    """Each scam category's profile: the IDF-weighted mean of its texts' unit-length
    n-gram vectors, cut to its `size` heaviest n-grams and scaled to unit length."""
    document_frequency: Counter[str] = Counter()
    for grams in features:
        document_frequency.update(grams)
    total = len(features)
    sums: dict[str, Counter[str]] = defaultdict(Counter)
    for item, grams in zip(texts, features, strict=True):
        if not item.is_scam or item.category is None or not grams:
            continue
        scale = 1.0 / math.sqrt(len(grams))
        profile = sums[item.category]
        for gram in grams:
            profile[gram] += scale * math.log(total / document_frequency[gram])
    centroids = {}
    for category, profile in sorted(sums.items()):
        heaviest = sorted(profile.items(), key=lambda pair: (-pair[1], pair[0]))[:size]
        length = math.sqrt(sum(weight * weight for _, weight in heaviest)) or 1.0
        centroids[category] = {gram: round(weight / length, 4) for gram, weight in sorted(heaviest)}
    return centroids


def train(
    texts: Sequence[LabelledText],
    threshold: float,
    ordinary_below: float,
    files: Sequence[str] = (),
    sizes: tuple[int, ...] = GRAM_SIZES,
) -> WordingModel:
    """`files`: the names of the labelled files used besides the pattern examples, recorded
    in the model so a test can tell when it is older than its texts."""
    features = _features(texts, sizes)
    weights, bias = fit_averaged(features, [item.is_scam for item in texts])
    kept = {gram: round(weight, 4) for gram, weight in sorted(weights.items()) if abs(weight) >= MIN_KEPT_WEIGHT}
    trained_on = {
        "scam": sum(item.is_scam for item in texts),
        "benign": sum(not item.is_scam for item in texts),
        "files": list(files),
        "sha256": digest(texts),
    }
    centroids = category_centroids(texts, features)
    return WordingModel(kept, round(bias, 4), threshold, ordinary_below, sizes, trained_on, centroids)


def cross_validate(
    texts: Sequence[LabelledText],
    folds: int = 5,
    sizes: tuple[int, ...] = GRAM_SIZES,
    progress: Callable[[int], None] | None = None,
) -> list[tuple[bool, float]]:
    """(is_scam, out-of-fold probability) for every text: each fold scored by a model
    trained on the other folds."""
    features = _features(texts, sizes)
    order = list(range(len(texts)))
    random.Random(SEED).shuffle(order)
    scored: list[tuple[bool, float]] = []
    for fold in range(folds):
        held = set(order[fold::folds])
        train_indices = [index for index in range(len(texts)) if index not in held]
        weights, bias = fit_averaged([features[i] for i in train_indices], [texts[i].is_scam for i in train_indices])
        model = WordingModel(weights, bias, 0.5, 0.0, sizes, {}, {})
        scored += [(texts[i].is_scam, model.probability_of_features(set(features[i]))) for i in sorted(held)]
        if progress:
            progress(fold + 1)
    return scored


def write_model(model: WordingModel, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    temporary.replace(path)

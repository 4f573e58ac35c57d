"""A fitted logistic model as plain arithmetic: the answering path needs no scikit-learn. Written by the fitting
scripts in evals/ (standardised features, weights, bias) and read here."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LinearModel:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def probability(self, values: dict[str, float]) -> float:
        z = self.bias + sum(w * (values.get(f, 0.0) - m) / s for f, m, s, w in
                            zip(self.features, self.mean, self.scale, self.weights))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    @staticmethod
    def read(path: Path) -> dict:
        return json.loads(Path(path).read_text(encoding="utf-8"))

    @classmethod
    def from_json(cls, data: dict) -> LinearModel:
        return cls(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]),
                   float(data["bias"]))


def fit_logistic(rows: list[dict[str, float]], labels: list[bool], sample_weight: list[float],
                 features: tuple[str, ...], c: float = 1.0):
    """(scikit-learn pipeline, JSON fields of the LinearModel). Imported by the fitting scripts only."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    x = np.array([[row.get(f, 0.0) for f in features] for row in rows])
    model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000))
    model.fit(x, np.array(labels), logisticregression__sample_weight=np.array(sample_weight))
    scaler, regression = model[0], model[1]
    scale = [s if s > 0 else 1.0 for s in scaler.scale_]
    return model, {"features": list(features), "mean": scaler.mean_.round(6).tolist(),
                   "scale": [round(float(s), 6) for s in scale], "weights": regression.coef_[0].round(6).tolist(),
                   "bias": round(float(regression.intercept_[0]), 6)}

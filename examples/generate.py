#!/usr/bin/python3
"""Regenerates the example models and their data.

Run with Debian's interpreter (python3-torch, python3-onnx, python3-sklearn):
    /usr/bin/python3 examples/generate.py

Writes, for each example, model.onnx, sample.csv / sample.json / sample.jsonl
(a few rows for the quick start), rows.csv (a held-out set used by tests) and
expected.json (the training framework's own predictions for rows.csv); for the
classifier also model-v2.onnx (a second version) and labels.json (rows.csv's
true classes).
Everything is seeded, so the output is reproducible.
"""
import json
import os

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper
from sklearn.datasets import load_breast_cancer, load_digits, load_wine
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))


def write_rows(folder, rows, sample_count=3, fmt=lambda v: repr(float(v))):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "rows.csv"), "w") as f:
        for row in rows:
            f.write(",".join(fmt(v) for v in row) + "\n")
    sample = [[float(v) for v in row] for row in rows[:sample_count]]
    with open(os.path.join(folder, "sample.csv"), "w") as f:
        for row in sample:
            f.write(",".join(fmt(v) for v in row) + "\n")
    with open(os.path.join(folder, "sample.jsonl"), "w") as f:
        for row in sample:
            f.write(json.dumps(row) + "\n")
    with open(os.path.join(folder, "sample.json"), "w") as f:
        json.dump({"instances": sample}, f)
        f.write("\n")


def export_onnx(net, sample, name, input_names, output_names, dynamic_axes):
    """Exports a trained network to examples/<name>/model.onnx (opset 13) and checks the file; returns the folder."""
    folder = os.path.join(HERE, name)
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "model.onnx")
    torch.onnx.export(
        net, sample, path, input_names=input_names, output_names=output_names, dynamic_axes=dynamic_axes, opset_version=13
    )
    onnx.checker.check_model(onnx.load(path))
    return folder


def write_expected(folder, outputs):
    """What the training framework itself predicts for rows.csv: an independent reference for tests."""
    with open(os.path.join(folder, "expected.json"), "w") as f:
        json.dump(outputs, f)
        f.write("\n")


def wine_mlp():
    """A small PyTorch network on the wine data set: 13 features -> 3 class probabilities."""
    torch.manual_seed(0)
    x, y = load_wine(return_X_y=True)
    x_train, x_test, y_train, _ = train_test_split(x, y, test_size=0.3, random_state=0, stratify=y)
    mean = torch.tensor(x_train.mean(axis=0), dtype=torch.float32)
    std = torch.tensor(x_train.std(axis=0), dtype=torch.float32)

    class WineNet(torch.nn.Module):
        def __init__(self):
            super().__init__()
            # Normalisation is part of the graph so that clients send raw measurements.
            self.register_buffer("mean", mean)
            self.register_buffer("std", std)
            self.body = torch.nn.Sequential(
                torch.nn.Linear(13, 16), torch.nn.ReLU(), torch.nn.Linear(16, 3)
            )

        def forward(self, features):
            return torch.softmax(self.body((features - self.mean) / self.std), dim=1)

    net = WineNet()
    optimiser = torch.optim.Adam(net.parameters(), lr=0.01)
    xt = torch.tensor(x_train, dtype=torch.float32)
    yt = torch.tensor(y_train, dtype=torch.long)
    for _ in range(300):
        optimiser.zero_grad()
        loss = torch.nn.functional.nll_loss(torch.log(net(xt) + 1e-9), yt)
        loss.backward()
        optimiser.step()
    net.eval()

    folder = export_onnx(
        net, torch.zeros(1, 13), "wine-mlp", ["features"], ["probabilities"], {"features": {0: "batch"}, "probabilities": {0: "batch"}}
    )
    write_rows(folder, x_test)
    with torch.no_grad():
        probabilities = net(torch.tensor(x_test, dtype=torch.float32)).numpy()
    write_expected(folder, {"probabilities": probabilities.tolist()})


def logreg_onnx(scaler, coef, intercept, name):
    """A binary logistic regression (over standardised inputs) as ai.onnx.ml operators ending in ZipMap,
    the shape skl2onnx gives classifiers: output_label (int64) and output_probability (seq(map))."""
    n_features = len(coef)
    # softmax([0, w.x + b]) equals [1 - sigmoid(w.x + b), sigmoid(w.x + b)]: sklearn's binary probabilities.
    coefficients = [0.0] * n_features + [float(c) for c in coef]
    intercepts = [0.0, float(intercept)]
    nodes = [
        helper.make_node(
            "Scaler", ["input"], ["scaled"], domain="ai.onnx.ml",
            offset=[float(v) for v in scaler.mean_], scale=[float(1 / v) for v in scaler.scale_],
        ),
        helper.make_node(
            "LinearClassifier", ["scaled"], ["output_label", "probability_tensor"], domain="ai.onnx.ml",
            classlabels_ints=[0, 1], coefficients=coefficients, intercepts=intercepts,
            post_transform="SOFTMAX",
        ),
        helper.make_node(
            "ZipMap", ["probability_tensor"], ["output_probability"], domain="ai.onnx.ml",
            classlabels_int64s=[0, 1],
        ),
    ]
    # seq(map(int64, float)); onnx 1.12's helper has no map builder.
    zipmap_type = onnx.TypeProto()
    zipmap_type.sequence_type.elem_type.map_type.key_type = TensorProto.INT64
    zipmap_type.sequence_type.elem_type.map_type.value_type.tensor_type.elem_type = TensorProto.FLOAT
    graph = helper.make_graph(
        nodes,
        name,
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [None, n_features])],
        [
            helper.make_tensor_value_info("output_label", TensorProto.INT64, [None]),
            helper.make_value_info("output_probability", zipmap_type),
        ],
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", 13), helper.make_opsetid("ai.onnx.ml", 1)],
        producer_name="examples/generate.py",
    )
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def breast_cancer_logreg():
    """A scikit-learn logistic regression, converted by hand to ai.onnx.ml operators; and a second
    version, a strongly regularised one that reads four of the thirty features, for A/B comparisons.
    labels.json holds the true classes of rows.csv, the ground truth of quality reports."""
    x, y = load_breast_cancer(return_X_y=True)
    x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=0, stratify=y)
    scaler = StandardScaler().fit(x_train)
    clf = LogisticRegression(max_iter=1000).fit(scaler.transform(x_train), y_train)

    folder = os.path.join(HERE, "breast-cancer-logreg")
    os.makedirs(folder, exist_ok=True)
    onnx.save(logreg_onnx(scaler, clf.coef_[0], clf.intercept_[0], "breast_cancer_logreg"), os.path.join(folder, "model.onnx"))
    write_rows(folder, x_test)

    # The graph must agree with scikit-learn itself.
    expected = clf.predict_proba(scaler.transform(x_test))
    z = scaler.transform(x_test) @ clf.coef_[0] + clf.intercept_[0]
    assert np.allclose(1 / (1 + np.exp(-z)), expected[:, 1])
    write_expected(
        folder,
        {"output_label": clf.predict(scaler.transform(x_test)).tolist(), "output_probability": expected.tolist()},
    )

    # Version 2: the same inputs, of which it reads the first four (radius, texture, perimeter, area).
    few = LogisticRegression(C=0.01, max_iter=1000).fit(scaler.transform(x_train)[:, :4], y_train)
    coef = np.zeros(x.shape[1])
    coef[:4] = few.coef_[0]
    onnx.save(logreg_onnx(scaler, coef, few.intercept_[0], "breast_cancer_logreg_v2"), os.path.join(folder, "model-v2.onnx"))
    with open(os.path.join(folder, "labels.json"), "w") as f:
        json.dump([int(label) for label in y_test], f)
        f.write("\n")
    print("cancer accuracy: v1", clf.score(scaler.transform(x_test), y_test), "v2", few.score(scaler.transform(x_test)[:, :4], y_test))


def digits_cnn():
    """A convolutional network on scikit-learn's 8x8 digits, scaled up to 32x32: one inference costs about
    a millisecond on one core, the example where compute, not overhead, dominates."""
    torch.manual_seed(0)
    x, y = load_digits(return_X_y=True)
    images = torch.tensor(x, dtype=torch.float32).reshape(-1, 1, 8, 8) / 16.0
    # Bilinear scale-up, rounded to 3 decimals: the CSV and JSON samples hold exactly the model's input.
    images = np.round(torch.nn.functional.interpolate(images, size=(32, 32), mode="bilinear", align_corners=False).numpy().astype(np.float64), 3)
    x_train, x_test, y_train, y_test = train_test_split(images, y, test_size=0.1, random_state=0, stratify=y)

    class DigitsNet(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.features = torch.nn.Sequential(
                torch.nn.Conv2d(1, 32, 3, padding=1), torch.nn.ReLU(),
                torch.nn.Conv2d(32, 64, 3, padding=1), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
                torch.nn.Conv2d(64, 64, 3, padding=1), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
            )
            # A dense head, as VGG-style networks have: the part of the work that batching several
            # images into one run makes cheaper per image (its weights are read once per run).
            self.classifier = torch.nn.Sequential(
                torch.nn.Flatten(), torch.nn.Linear(64 * 8 * 8, 512), torch.nn.ReLU(), torch.nn.Linear(512, 10)
            )

        def forward(self, image):
            return torch.softmax(self.classifier(self.features(image)), dim=1)

    net = DigitsNet()
    optimiser = torch.optim.Adam(net.parameters(), lr=0.002)
    xt = torch.tensor(x_train, dtype=torch.float32)
    yt = torch.tensor(y_train, dtype=torch.long)
    for _ in range(12):
        order = torch.randperm(len(xt))
        for start in range(0, len(xt), 64):
            batch = order[start : start + 64]
            optimiser.zero_grad()
            loss = torch.nn.functional.nll_loss(torch.log(net(xt[batch]) + 1e-9), yt[batch])
            loss.backward()
            optimiser.step()
    net.eval()

    folder = export_onnx(
        net, torch.zeros(1, 1, 32, 32), "digits-cnn", ["image"], ["probabilities"], {"image": {0: "batch"}, "probabilities": {0: "batch"}}
    )
    # CSV rows are the 1,024 pixels of each image in row-major order; JSON samples nest them as [1][32][32].
    write_rows(folder, x_test.reshape(len(x_test), -1), sample_count=2, fmt=lambda v: np.format_float_positional(v, trim="-"))
    with open(os.path.join(folder, "sample.json"), "w") as f:
        json.dump({"instances": x_test[:2].tolist()}, f)
        f.write("\n")
    with open(os.path.join(folder, "sample.jsonl"), "w") as f:
        for image in x_test[:2].tolist():
            f.write(json.dumps(image) + "\n")
    with torch.no_grad():
        probabilities = net(torch.tensor(x_test, dtype=torch.float32)).numpy()
    accuracy = float((probabilities.argmax(axis=1) == y_test).mean())
    assert accuracy > 0.95, f"digits accuracy {accuracy}"
    write_expected(folder, {"probabilities": probabilities.tolist()})


def stateful_rnn():
    """A stateful GRU shaped like streaming audio models (silero VAD): a chunk of samples per stream,
    the sample rate as an int64 scalar input, and the recurrent state passed in and returned. The
    state is [layers, batch, hidden]: its batch dimension is not the first, so the state output
    cannot be cut into rows and is answered whole."""
    torch.manual_seed(0)

    class StreamScorer(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.gru = torch.nn.GRU(input_size=8, hidden_size=16, num_layers=2, batch_first=True)
            self.head = torch.nn.Linear(16, 1)

        def forward(self, input, sr, state):
            # 16 kHz audio is the reference; other rates are rescaled, as silero does.
            scaled = input * (sr.to(torch.float32) / 16000.0)
            frames = scaled.reshape(scaled.shape[0], -1, 8)
            out, state_n = self.gru(frames, state)
            return torch.sigmoid(self.head(out[:, -1, :])), state_n

    net = StreamScorer()
    net.eval()
    folder = export_onnx(
        net,
        (torch.zeros(1, 64), torch.tensor(16000, dtype=torch.int64), torch.zeros(2, 1, 16)),
        "stateful-rnn",
        ["input", "sr", "state"],
        ["output", "stateN"],
        {"input": {0: "batch", 1: "samples"}, "state": {1: "batch"}, "output": {0: "batch"}, "stateN": {1: "batch"}},
    )

    generator = np.random.default_rng(0)
    requests, expected = [], []
    for rows, samples in [(1, 64), (2, 32), (3, 128)]:
        chunk = np.round(generator.uniform(-1, 1, size=(rows, samples)), 3)
        state = np.round(generator.uniform(-0.5, 0.5, size=(2, rows, 16)), 3)
        sr = 8000 if rows == 2 else 16000
        with torch.no_grad():
            output, state_n = net(
                torch.tensor(chunk, dtype=torch.float32), torch.tensor(sr, dtype=torch.int64), torch.tensor(state, dtype=torch.float32)
            )
        requests.append({"inputs": {"input": chunk.tolist(), "sr": sr, "state": state.tolist()}})
        expected.append({"output": output.numpy().tolist(), "stateN": state_n.numpy().tolist()})
    with open(os.path.join(folder, "requests.json"), "w") as f:
        json.dump(requests, f)
        f.write("\n")
    with open(os.path.join(folder, "sample.json"), "w") as f:
        json.dump(requests[0], f)
        f.write("\n")
    write_expected(folder, {"responses": expected})


if __name__ == "__main__":
    wine_mlp()
    breast_cancer_logreg()
    digits_cnn()
    stateful_rnn()
    print("examples written to", HERE)

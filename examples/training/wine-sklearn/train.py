#!/usr/bin/python3
"""Fits scikit-learn's logistic regression (after standard scaling) to the wine data set and writes it as
ONNX, the way a script for a SageMaker training container does: hyperparameters from SM_HPS, data from
SM_CHANNEL_TRAIN and SM_CHANNEL_VALIDATION, the model to SM_MODEL_DIR, the validation rows'
probabilities to SM_OUTPUT_DATA_DIR.

The ONNX graph is built with the onnx package from the fitted coefficients (scaling, a linear layer and
a softmax), so that no converter beyond Debian's python3-onnx is needed.

CSV files (the same as the PyTorch example's, in ../wine/data) have the class (0, 1 or 2) in the first
column and the 13 measurements after it.
"""
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, log_loss
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

hps = json.loads(os.environ.get("SM_HPS", "{}"))
c = float(hps.get("C", 1.0))
max_iter = int(hps.get("max_iter", 200))


def load(channel):
    folder = os.environ[f"SM_CHANNEL_{channel.upper()}"]
    rows = np.concatenate([np.loadtxt(os.path.join(folder, f), delimiter=",", ndmin=2) for f in sorted(os.listdir(folder))])
    return rows[:, 1:].astype(np.float32), rows[:, 0].astype(np.int64)


x_train, y_train = load("train")
x_valid, y_valid = load("validation") if "SM_CHANNEL_VALIDATION" in os.environ else (x_train, y_train)

model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=max_iter))
model.fit(x_train, y_train)
probabilities = model.predict_proba(x_valid)
print(f"train_accuracy={accuracy_score(y_train, model.predict(x_train)):.4f}")
print(f"validation_loss={log_loss(y_valid, probabilities, labels=[0, 1, 2]):.6f}")
print(f"validation_accuracy={accuracy_score(y_valid, probabilities.argmax(axis=1)):.4f}")

scaler, classifier = model.named_steps["standardscaler"], model.named_steps["logisticregression"]
constants = {
    "mean": scaler.mean_.astype(np.float32),
    "scale": scaler.scale_.astype(np.float32),
    "weights": classifier.coef_.T.astype(np.float32),
    "bias": classifier.intercept_.astype(np.float32),
}
graph = helper.make_graph(
    [
        helper.make_node("Sub", ["features", "mean"], ["centred"]),
        helper.make_node("Div", ["centred", "scale"], ["scaled"]),
        helper.make_node("MatMul", ["scaled", "weights"], ["product"]),
        helper.make_node("Add", ["product", "bias"], ["logits"]),
        helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1),
    ],
    "wine_logistic_regression",
    [helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", 13])],
    [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", 3])],
    [numpy_helper.from_array(value, name) for name, value in constants.items()],
)
onnx_model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="scikit-learn")
onnx.checker.check_model(onnx_model)
onnx.save(onnx_model, os.path.join(os.environ["SM_MODEL_DIR"], "model.onnx"))
np.savetxt(os.path.join(os.environ["SM_OUTPUT_DATA_DIR"], "validation-probabilities.csv"), probabilities, delimiter=",", fmt="%.6f")

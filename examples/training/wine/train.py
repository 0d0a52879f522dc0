#!/usr/bin/python3
"""Trains a small PyTorch network on the wine data set and writes it as ONNX, the way a script for
a SageMaker training container does: hyperparameters from SM_HPS, data from SM_CHANNEL_TRAIN and
SM_CHANNEL_VALIDATION, the model to SM_MODEL_DIR, predictions to SM_OUTPUT_DATA_DIR, checkpoints to
the checkpoints directory (resumed from when present). With more than one host it trains with
DistributedDataParallel over gloo, each host on its share of the rows.

CSV files have the class (0, 1 or 2) in the first column and the 13 measurements after it.
"""
import json
import os

import numpy as np
import torch
import torch.distributed as dist

hps = json.loads(os.environ.get("SM_HPS", "{}"))
epochs = int(hps.get("epochs", 200))
learning_rate = float(hps.get("learning_rate", 0.01))
hidden = int(hps.get("hidden", 16))
seconds_per_epoch = float(hps.get("seconds_per_epoch", 0))
model_dir = os.environ["SM_MODEL_DIR"]
output_data_dir = os.environ["SM_OUTPUT_DATA_DIR"]
checkpoint_dir = os.environ.get("SM_CHECKPOINT_DIR", "/opt/ml/checkpoints")
hosts = json.loads(os.environ.get("SM_HOSTS", '["algo-1"]'))
rank = hosts.index(os.environ.get("SM_CURRENT_HOST", hosts[0]))


def load(channel):
    folder = os.environ[f"SM_CHANNEL_{channel.upper()}"]
    rows = np.concatenate([np.loadtxt(os.path.join(folder, f), delimiter=",", ndmin=2) for f in sorted(os.listdir(folder))])
    return torch.tensor(rows[:, 1:], dtype=torch.float32), torch.tensor(rows[:, 0], dtype=torch.long)


x_train, y_train = load("train")
x_valid, y_valid = load("validation") if "SM_CHANNEL_VALIDATION" in os.environ else (x_train, y_train)
if len(hosts) > 1:
    dist.init_process_group("gloo", rank=rank, world_size=len(hosts))  # MASTER_ADDR and MASTER_PORT come from the platform
    x_train, y_train = x_train[rank :: len(hosts)], y_train[rank :: len(hosts)]


class WineNet(torch.nn.Module):
    def __init__(self, mean, std):
        super().__init__()
        # Normalisation is part of the graph so that clients send raw measurements.
        self.register_buffer("mean", mean)
        self.register_buffer("std", std)
        self.body = torch.nn.Sequential(torch.nn.Linear(13, hidden), torch.nn.ReLU(), torch.nn.Linear(hidden, 3))

    def forward(self, features):
        return torch.softmax(self.body((features - self.mean) / self.std), dim=1)


torch.manual_seed(0)
net = WineNet(x_train.mean(dim=0), x_train.std(dim=0) + 1e-6)
optimiser = torch.optim.Adam(net.parameters(), lr=learning_rate)
start = 0
checkpoint = os.path.join(checkpoint_dir, "checkpoint.pt")
if os.path.exists(checkpoint):
    state = torch.load(checkpoint)
    net.load_state_dict(state["model"])
    optimiser.load_state_dict(state["optimiser"])
    start = state["epoch"] + 1
    print(f"resuming from the checkpoint of epoch {state['epoch']}")
trained = torch.nn.parallel.DistributedDataParallel(net) if len(hosts) > 1 else net

for epoch in range(start, epochs):
    optimiser.zero_grad()
    loss = torch.nn.functional.nll_loss(torch.log(trained(x_train) + 1e-9), y_train)
    loss.backward()
    optimiser.step()
    if epoch % 10 == 9 or epoch == epochs - 1:
        with torch.no_grad():
            probabilities = net(x_valid)
            accuracy = (probabilities.argmax(dim=1) == y_valid).float().mean().item()
            validation_loss = torch.nn.functional.nll_loss(torch.log(probabilities + 1e-9), y_valid).item()
        print(f"epoch={epoch + 1} train_loss={loss.item():.6f} validation_loss={validation_loss:.6f} validation_accuracy={accuracy:.4f}")
        if rank == 0:
            os.makedirs(checkpoint_dir, exist_ok=True)
            torch.save({"model": net.state_dict(), "optimiser": optimiser.state_dict(), "epoch": epoch}, checkpoint + ".tmp")
            os.replace(checkpoint + ".tmp", checkpoint)
    if seconds_per_epoch:
        import time

        time.sleep(seconds_per_epoch)

if rank == 0:
    net.eval()
    torch.onnx.export(
        net,
        torch.zeros(1, 13),
        os.path.join(model_dir, "model.onnx"),
        input_names=["features"],
        output_names=["probabilities"],
        dynamic_axes={"features": {0: "batch"}, "probabilities": {0: "batch"}},
        opset_version=13,
    )
    with torch.no_grad():
        np.savetxt(os.path.join(output_data_dir, "validation-probabilities.csv"), net(x_valid).numpy(), delimiter=",", fmt="%.6f")
if len(hosts) > 1:
    dist.destroy_process_group()

# SPDX-License-Identifier: MIT
"""Shipped model packages: manifest consistency and OpenCV parity vectors.

Run: /usr/bin/python3 -m unittest discover -s training/tests   (or -m pytest training/tests)
"""
import json
import os
import sys
import unittest

import cv2
import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODELS = os.path.join(REPO, "resources", "models")
FIXTURE = os.path.join(MODELS, "fixtures", "cluttered-digits-test")
PACKAGE_IDS = ("digits-cbam", "digits-vit", "digits-cnn-baseline")
KINDS = {"spatial", "channel", "token-to-token", "gate", "temporal"}


def load_json(path):
    with open(path) as f:
        return json.load(f)


class PackageParityTest(unittest.TestCase):
    def check_package(self, mid):
        pkg = os.path.join(MODELS, mid)
        manifest = load_json(os.path.join(pkg, "model.json"))
        index = load_json(os.path.join(pkg, "parity", "index.json"))
        self.assertEqual(manifest["id"], mid)
        tol = index["tolerance_max_abs_diff"]
        self.assertLessEqual(tol, 1e-4)
        net = cv2.dnn.readNetFromONNX(os.path.join(pkg, "model.onnx"))
        names = manifest["outputs"]
        checked = 0
        for case in index["cases"]:
            blob = np.fromfile(os.path.join(pkg, "parity", case["input"]), "<f4")
            blob = blob.reshape(case["input_shape"])
            # the PNG through the documented preprocessing gives the same blob
            img = cv2.imread(os.path.join(pkg, "parity", case["image"]), cv2.IMREAD_GRAYSCALE)
            self.assertLessEqual(float(np.abs(img.astype(np.float32) / 255.0 - blob[0, 0]).max()), 1e-7)
            net.setInput(blob, manifest["input"]["name"])
            got = dict(zip(names, net.forward(names)))
            for out in case["outputs"]:
                ref = np.fromfile(os.path.join(pkg, "parity", out["file"]), "<f4").reshape(out["shape"])
                self.assertEqual(got[out["name"]].size, ref.size, f"{mid}/{out['name']}")
                diff = float(np.abs(got[out["name"]].reshape(ref.shape) - ref).max())
                self.assertLessEqual(diff, tol, f"{mid} {case['name']} {out['name']}: {diff}")
                checked += 1
        self.assertEqual({o["name"] for o in index["cases"][0]["outputs"]}, set(names),
                         f"{mid}: case0 must hold every output")
        return checked

    def check_manifest(self, mid):
        pkg = os.path.join(MODELS, mid)
        m = load_json(os.path.join(pkg, "model.json"))
        for field in ("id", "name", "task", "modality", "input", "prediction", "attention",
                      "intermediates", "outputs"):
            self.assertIn(field, m, f"{mid}: model.json lacks {field}")
        declared = [m["prediction"]["output"]] + [a["output"] for a in m["attention"]]
        declared += [i["output"] for i in m["intermediates"]]
        self.assertEqual(sorted(declared), sorted(m["outputs"]))
        for a in m["attention"]:
            self.assertIn(a["kind"], KINDS)
            self.assertIn(a["activation"], ("pre", "post"))
            self.assertTrue(a["description"].endswith("."))
        with open(os.path.join(pkg, m["prediction"]["labels"])) as f:
            self.assertEqual(len(f.read().split()), m["prediction"]["shape"][1])
        card = load_json(os.path.join(pkg, "card.json"))
        self.assertGreater(card["metrics"]["test_accuracy"], 0.5)

    def test_packages(self):
        for mid in PACKAGE_IDS:
            with self.subTest(model=mid):
                self.check_manifest(mid)
                self.assertGreater(self.check_package(mid), 3)

    def test_prediction_on_fixture(self):
        """Through cv2.dnn, each package classifies the shipped fixture about as well as its card
        says (50 samples: allow 0.15 below the card's held-out accuracy) and well above chance."""
        meta = load_json(os.path.join(FIXTURE, "labels.json"))
        for mid in PACKAGE_IDS:
            with self.subTest(model=mid):
                card = load_json(os.path.join(MODELS, mid, "card.json"))
                net = cv2.dnn.readNetFromONNX(os.path.join(MODELS, mid, "model.onnx"))
                correct = 0
                for s in meta["samples"][:50]:
                    img = cv2.imread(os.path.join(FIXTURE, s["file"]), cv2.IMREAD_GRAYSCALE)
                    net.setInput(img.astype(np.float32)[None, None] / 255.0)
                    correct += int(np.argmax(net.forward("prob")) == s["label"])
                self.assertGreaterEqual(correct / 50, card["metrics"]["test_accuracy"] - 0.15, mid)
                self.assertGreater(correct / 50, 0.3, mid)


class FixtureTest(unittest.TestCase):
    def test_generator_reproduces_fixture(self):
        sys.path.insert(0, os.path.join(REPO, "training"))
        import data
        meta = load_json(os.path.join(FIXTURE, "labels.json"))
        ds = data.ClutteredDigits("test")
        for s in meta["samples"][::20]:
            img, label, box = ds.sample(s["index"])
            ref = cv2.imread(os.path.join(FIXTURE, s["file"]), cv2.IMREAD_GRAYSCALE)
            self.assertTrue(np.array_equal(img, ref), s["file"])
            self.assertEqual(label, s["label"])
            self.assertEqual(list(box), s["box"])

    def test_splits_disjoint(self):
        sys.path.insert(0, os.path.join(REPO, "training"))
        import data
        seen = set()
        for split in ("train", "val", "test"):
            pools = data.split_pools(split)
            ids = {(c, k) for c in range(10) for k in pools[c]}
            self.assertFalse(ids & seen, split)
            seen |= ids
        self.assertEqual(len(seen), 5000)


if __name__ == "__main__":
    unittest.main()

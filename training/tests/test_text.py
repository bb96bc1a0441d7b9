# SPDX-License-Identifier: MIT
"""WordNet gloss data, tokenizer contract (docs/text-models.md), export rewrite and the shipped
text packages through cv2.dnn.

Run: /usr/bin/python3 -m unittest discover -s training/tests -p 'test_text*.py' -v
"""
import json
import os
import sys
import unittest

import cv2
import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import text_data as td  # noqa: E402
import text_models as tm  # noqa: E402

REPO = os.path.dirname(os.path.dirname(HERE))
MODELS = os.path.join(REPO, "resources", "models")
HAVE_WORDNET = os.path.exists(td.DATA_NOUN)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class TokenizerTest(unittest.TestCase):
    CASES = [
        ("Don't stop!", ["don", "'", "t", "stop", "!"]),
        ("3.5-inch", ["3", ".", "5", "-", "inch"]),
        ("café au lait", ["cafe", "au", "lait"]),
        ("  A\tDOG\n", ["a", "dog"]),
        ("(of a tree) tall", ["(", "of", "a", "tree", ")", "tall"]),
        ("中文abc", ["中", "文", "abc"]),
        ("x\u0000y\u200bz", ["xyz"]),     # NUL and format characters are dropped
        ("10°C", ["10°c"]),               # a symbol (So) stays in the word
        ("", []),
    ]

    def test_basic_tokens(self):
        for text, expected in self.CASES:
            with self.subTest(text=text):
                self.assertEqual(td.basic_tokens(text), expected)

    def test_encode_maps_unknown_words_to_unk_and_truncates(self):
        index = {"[PAD]": 0, "[UNK]": 1, "a": 2, "dog": 3}
        self.assertEqual(td.encode("A dog, a zebra", index), [2, 3, 1, 2, 1])
        self.assertEqual(len(td.encode("a " * 40, index)), td.MAX_TOKENS)
        self.assertEqual(td.pad([2, 3])[:3], [2, 3, td.PAD_ID])

    def test_clean_gloss_drops_the_examples(self):
        self.assertEqual(td.clean_gloss('a domestic animal; "the dog barked"; "x"'), "a domestic animal")
        self.assertEqual(td.clean_gloss("any of various trees;  "), "any of various trees")


@unittest.skipUnless(HAVE_WORDNET, "wordnet-base is not installed")
class SplitTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.parts, cls.vocab = td.load()

    def test_split_is_disjoint_and_covers_every_category(self):
        offsets = [set(o for _, _, o in self.parts[s]) for s in ("train", "val", "test")]
        self.assertFalse(offsets[0] & offsets[1] or offsets[0] & offsets[2] or offsets[1] & offsets[2])
        for s in ("train", "val", "test"):
            self.assertEqual(sorted(set(lab for _, lab, _ in self.parts[s])), list(range(len(td.CATEGORIES))))

    def test_split_is_reproducible(self):
        again = td.split(td.read_synsets())
        self.assertEqual(again["test"][:50], self.parts["test"][:50])

    def test_vocabulary_comes_from_train_only(self):
        self.assertEqual(self.vocab[:2], [td.PAD, td.UNK])
        self.assertEqual(len(self.vocab), len(set(self.vocab)))
        self.assertLessEqual(len(self.vocab), td.MAX_VOCAB)
        train_words = set(t for text, _, _ in self.parts["train"] for t in td.basic_tokens(text))
        self.assertTrue(set(self.vocab[2:]) <= train_words)


class RewriteTest(unittest.TestCase):
    """The OpenCV rewrite computes what the training module computes (random weights)."""

    def test_rewrites_match_training_models(self):
        torch.manual_seed(3)
        ids = torch.zeros(1, td.MAX_TOKENS, dtype=torch.long)
        ids[0, :9] = torch.randint(1, 300, (9,))
        for kind, pool_from in (("attn", "states"), ("attn", "embed"), ("bow", "states")):
            net = tm.build(kind, 300, 15, td.MAX_TOKENS, pool_from=pool_from).eval()
            graph = tm.rewrite(kind, net)
            with torch.no_grad():
                if kind == "attn":
                    logits, w = net(ids, return_pool=True)
                else:
                    logits, w = net(ids), None
                out = graph(ids.float())
            self.assertLess(float((out[1] - logits).abs().max()), 1e-4, kind)
            if w is not None:
                self.assertLess(float((out[2] - w).abs().max()), 1e-5)
                self.assertLess(float(out[2][0, 9:].sum()), 1e-6)  # no weight on padding


class TextPackageTest(unittest.TestCase):
    def check(self, mid):
        pkg = os.path.join(MODELS, mid)
        if not os.path.isdir(pkg):
            self.skipTest(f"{mid} not exported")
        manifest = load_json(os.path.join(pkg, "model.json"))
        index = load_json(os.path.join(pkg, "parity", "index.json"))
        with open(os.path.join(pkg, "vocab.txt"), encoding="utf-8") as f:
            vocab = f.read().splitlines()
        self.assertEqual(len(vocab), manifest["text"]["vocab_size"])
        vindex = {w: i for i, w in enumerate(vocab)}
        net = cv2.dnn.readNetFromONNX(os.path.join(pkg, "model.onnx"))
        for case in index["cases"]:
            # the tokenizer reproduces the stored ids from the stored text
            self.assertEqual(td.encode(case["text"], vindex, manifest["text"]["max_tokens"]), case["ids"])
            blob = np.fromfile(os.path.join(pkg, "parity", case["input"]), "<f4").reshape(case["input_shape"])
            np.testing.assert_array_equal(blob[0], np.array(td.pad(case["ids"]), np.float32))
            net.setInput(blob, index["input_name"])
            names = [o["name"] for o in case["outputs"]]
            for o, got in zip(case["outputs"], net.forward(names)):
                ref = np.fromfile(os.path.join(pkg, "parity", o["file"]), "<f4").reshape(o["shape"])
                self.assertLessEqual(float(np.abs(got.reshape(ref.shape) - ref).max()),
                                     index["tolerance_max_abs_diff"], o["name"])
        # case 0 stores every graph output
        self.assertEqual(sorted(manifest["outputs"]), sorted(o["name"] for o in index["cases"][0]["outputs"]))
        return load_json(os.path.join(pkg, "card.json"))

    def test_attention_package(self):
        card = self.check("wordnet-gloss-attn")
        m = card["metrics"]
        self.assertGreater(m["test_accuracy"], m["baseline_bow_test_accuracy"])
        self.assertAlmostEqual(m["test_accuracy_opencv"], m["test_accuracy"], delta=3 / m["test_samples"])

    def test_baseline_package(self):
        self.check("wordnet-gloss-bow")


if __name__ == "__main__":
    unittest.main()

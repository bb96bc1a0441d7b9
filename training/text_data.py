# SPDX-License-Identifier: MIT
"""WordNet noun-gloss classification data: gloss text -> lexicographer file (noun.animal, ...).

Source: /usr/share/wordnet/data.noun (Debian wordnet-base, WordNet 3.0). Each synset line holds the
lexicographer file number (field 2) and, after '|', its gloss. The gloss definition is kept and the
quoted usage examples are dropped (they are sentences *using* the word, not defining its kind, and
often name the word itself). Contract of the tokenizer and ids: docs/text-models.md.

Example: /usr/bin/python3 training/text_data.py --stats
"""
import argparse
import collections
import os
import random
import unicodedata

DATA_NOUN = "/usr/share/wordnet/data.noun"
RECIPE_VERSION = 1
SPLIT_SEED = 8
MAX_TOKENS = 32
MIN_COUNT = 2
MAX_VOCAB = 8000
PAD, UNK = "[PAD]", "[UNK]"
PAD_ID, UNK_ID = 0, 1
SPLIT_FRACTIONS = (0.8, 0.1, 0.1)  # train / val / test, per category, by synset

# WordNet 3.0 lexicographer file numbers 3..28 (lexnames(5WN); the lexnames file itself is not in
# wordnet-base). 0..2 are adjective/adverb files.
NOUN_LEXNAMES = {
    3: "noun.Tops", 4: "noun.act", 5: "noun.animal", 6: "noun.artifact", 7: "noun.attribute",
    8: "noun.body", 9: "noun.cognition", 10: "noun.communication", 11: "noun.event",
    12: "noun.feeling", 13: "noun.food", 14: "noun.group", 15: "noun.location", 16: "noun.motive",
    17: "noun.object", 18: "noun.person", 19: "noun.phenomenon", 20: "noun.plant",
    21: "noun.possession", 22: "noun.process", 23: "noun.quantity", 24: "noun.relation",
    25: "noun.shape", 26: "noun.state", 27: "noun.substance", 28: "noun.time",
}

# The 15 most frequent noun files of WordNet 3.0 (each >= 1545 synsets; the 16th, noun.quantity,
# has 1275). Class index = position in this list (labels.txt).
CATEGORIES = [
    "noun.artifact", "noun.person", "noun.plant", "noun.animal", "noun.act",
    "noun.communication", "noun.state", "noun.location", "noun.attribute", "noun.substance",
    "noun.cognition", "noun.group", "noun.food", "noun.body", "noun.object",
]


def _is_punct(ch):
    """BERT basic-tokenizer punctuation: ASCII 33-47, 58-64, 91-96, 123-126 or Unicode P*."""
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def _is_control(ch):
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch) in ("Cc", "Cf")


def basic_tokens(text, lowercase=True, strip_accents=True):
    """The BERT basic tokenizer (Devlin et al. 2019) word split, as docs/text-models.md specifies."""
    chars = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD or _is_control(ch):
            continue
        if ch.isspace():
            chars.append(" ")
        elif _is_cjk(cp):
            chars.extend((" ", ch, " "))
        else:
            chars.append(ch)
    out = []
    for word in "".join(chars).split():
        if lowercase:
            word = word.lower()
        if strip_accents:
            word = "".join(c for c in unicodedata.normalize("NFD", word)
                           if unicodedata.category(c) != "Mn")
        cur = ""
        for ch in word:
            if _is_punct(ch):
                if cur:
                    out.append(cur)
                out.append(ch)
                cur = ""
            else:
                cur += ch
        if cur:
            out.append(cur)
    return out


def clean_gloss(gloss):
    """Definition part of a WordNet gloss: text before the first quoted example, trailing ';' cut."""
    text = gloss.split('"', 1)[0].strip()
    while text.endswith(";"):
        text = text[:-1].rstrip()
    return text


def read_synsets(path=DATA_NOUN):
    """[(offset, category, gloss)] for every noun synset in the chosen categories, file order."""
    if not os.path.exists(path):
        raise SystemExit(f"{path} not found: apt-get install wordnet-base")
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):  # licence header
                continue
            fields = line.split(" ", 3)
            cat = NOUN_LEXNAMES.get(int(fields[1]))
            if cat not in CATEGORIES:
                continue
            gloss = clean_gloss(line.split("|", 1)[1])
            if gloss:
                out.append((int(fields[0]), cat, gloss))
    return out


def split(synsets, seed=SPLIT_SEED):
    """Per category: sort by synset offset, shuffle with random.Random(seed + class index), cut
    80/10/10. Returns {"train"|"val"|"test": [(text, label, offset)]} sorted by offset."""
    by_cat = collections.defaultdict(list)
    for off, cat, gloss in synsets:
        by_cat[cat].append((off, gloss))
    parts = {"train": [], "val": [], "test": []}
    for label, cat in enumerate(CATEGORIES):
        items = sorted(by_cat[cat])
        random.Random(seed + label).shuffle(items)
        n_tr = int(round(len(items) * SPLIT_FRACTIONS[0]))
        n_va = int(round(len(items) * SPLIT_FRACTIONS[1]))
        for name, chunk in (("train", items[:n_tr]), ("val", items[n_tr:n_tr + n_va]),
                            ("test", items[n_tr + n_va:])):
            parts[name] += [(g, label, off) for off, g in chunk]
    for name in parts:
        parts[name].sort(key=lambda r: r[2])
    return parts


def build_vocab(texts, min_count=MIN_COUNT, max_vocab=MAX_VOCAB):
    """[PAD], [UNK], then train-split words with count >= min_count, most frequent first (ties
    alphabetical), cut at max_vocab entries in total."""
    counts = collections.Counter(t for text in texts for t in basic_tokens(text))
    words = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    return [PAD, UNK] + words[:max_vocab - 2]


def encode(text, vocab_index, max_tokens=MAX_TOKENS):
    """Token ids of `text`, truncated to max_tokens, NOT padded."""
    return [vocab_index.get(t, UNK_ID) for t in basic_tokens(text)][:max_tokens]


def pad(ids, max_tokens=MAX_TOKENS):
    return ids + [PAD_ID] * (max_tokens - len(ids))


def load(seed=SPLIT_SEED):
    """(parts, vocab): the split and the train vocabulary."""
    parts = split(read_synsets(), seed)
    vocab = build_vocab([t for t, _, _ in parts["train"]])
    return parts, vocab


def arrays(part, vocab):
    """(ids int64 [N, T] padded, labels int64 [N], lengths int64 [N])."""
    import numpy as np
    index = {w: i for i, w in enumerate(vocab)}
    ids = [encode(t, index) for t, _, _ in part]
    lengths = np.array([max(1, len(i)) for i in ids], dtype=np.int64)
    # an all-punctuation gloss cannot occur in WordNet, but keep one UNK rather than an empty row
    ids = np.array([pad(i if i else [UNK_ID]) for i in ids], dtype=np.int64)
    labels = np.array([lab for _, lab, _ in part], dtype=np.int64)
    return ids, labels, lengths


def recipe():
    return {
        "name": "wordnet-noun-glosses", "recipe_version": RECIPE_VERSION,
        "source": DATA_NOUN + " (Debian wordnet-base, WordNet 3.0, Princeton University)",
        "text": "synset gloss before the first quoted usage example, trailing ';' removed",
        "label": "lexicographer file (field 2 of the synset line)",
        "categories": CATEGORIES,
        "category_choice": "the 15 most frequent noun lexicographer files (>= 1545 synsets each)",
        "split": ("per category: synsets sorted by offset, random.Random(%d + class).shuffle, "
                  "80/10/10 train/val/test" % SPLIT_SEED),
        "tokenizer": "BERT basic tokenizer, lower-cased, accents stripped (docs/text-models.md)",
        "vocabulary": (f"[PAD], [UNK], then train words with count >= {MIN_COUNT}, most frequent "
                       f"first, at most {MAX_VOCAB} entries; other words -> [UNK]"),
        "max_tokens": MAX_TOKENS, "truncation": "first max_tokens tokens kept",
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    parts, vocab = load()
    print({k: len(v) for k, v in parts.items()}, "vocab", len(vocab))
    if a.stats:
        import numpy as np
        ids, labels, lengths = arrays(parts["test"], vocab)
        print("test UNK rate", float((ids == UNK_ID).sum() / lengths.sum()),
              "truncated", float((lengths >= MAX_TOKENS).mean()))
        print("per class", np.bincount(labels).tolist())


if __name__ == "__main__":
    main()

# SPDX-License-Identifier: MIT
"""Evaluation of the gloss classifiers: accuracy and where the attention pooling looks.

"Kind words": per category, content words that name the kind of thing the category holds (fixed
here before training, so the measure cannot be tuned on the model). A hit = the token with the
largest pooling weight is one of the gold category's kind words. Two references make the number
readable: `chance` (the expected hit rate of a uniformly random real token of the gloss) and
`any_kind_word` (glosses that contain at least one kind word: the ceiling).
Taxonomic rank words ("genus", "family", "order") are deliberately absent: they name a rank, not
the kind.
"""
import collections

import numpy as np
import torch

import text_data as td

KIND_WORDS = {
    "noun.artifact": """device instrument tool machine implement apparatus container vessel building
        structure weapon vehicle garment clothing fabric cloth furniture equipment mechanism ship boat
        aircraft room box gun knife covering drug medicine house road toy hat shoe coat dress bag car
        engine circuit electrical electronic plane truck bottle tube switch wheel bed chair table
        computer weapons gear""",
    "noun.person": """person someone man woman men women member worker player follower expert writer
        artist leader officer soldier child specialist advocate official ruler king queen painter poet
        composer musician statesman politician philosopher physicist chemist actor singer teacher
        priest student inhabitant native supporter practitioner holder adherent boy girl people
        owner agent servant dramatist novelist general economist mathematician astronomer inventor
        explorer saint emperor president lawyer""",
    "noun.plant": """plant plants tree trees shrub shrubs herb herbs flower flowers grass grasses fern
        ferns vine vines moss fungus fungi alga algae leaves leaf seed seeds fruit perennial annual
        evergreen deciduous shrubby herbaceous orchid palm weed bulb bush woody lichen mushroom cactus
        foliage blossom blossoms flowering plant""",
    "noun.animal": """animal animals mammal mammals bird birds fish fishes insect insects reptile snake
        lizard frog toad amphibian beetle moth butterfly fly spider crustacean mollusk worm dog cat
        horse cattle whale monkey rodent shark larva larvae ant bee wasp parrot duck antelope deer
        marine bivalve arthropod invertebrate vertebrate primate ruminant ungulate songbird hawk turtle
        sheep goat hound breed""",
    "noun.act": """act action activity practice game sport operation procedure performance work
        treatment attack movement change making use playing trade business crime offense ceremony
        contest competition travel journey maneuver exercise therapy surgery removal occupation
        employment behavior conduct acts process""",
    "noun.communication": """communication message statement writing book word words language speech
        letter document text expression music song poem story name term sign signal symbol record
        report announcement publication literary written spoken dialect phrase sentence narrative
        play drama film newspaper magazine code notation script alphabet question request order
        command argument comment remark title composition dance""",
    "noun.state": """state condition disease disorder illness infection syndrome inflammation pain
        situation status deficiency injury cancer tumor fever symptom problem trouble affliction
        ailment lack absence freedom danger existence""",
    "noun.location": """city town region area country state capital place port district province
        territory county village location point site center seaport kingdom republic nation zone
        land space boundary continent municipality neighborhood station""",
    "noun.attribute": """quality property characteristic attribute degree trait feature ability
        capacity power size shape appearance color colour strength character nature manner ease
        excellence value measure tendency disposition lack absence""",
    "noun.substance": """substance compound chemical element acid mineral material liquid gas metal
        salt oil solution powder drug medicine antibiotic hormone protein enzyme resin fiber fibre
        alloy crystalline crystal ore fuel agent poison rock stone fluid mixture sugar alcohol
        alkaloid derivative vitamin dye pigment water plastic fat""",
    "noun.cognition": """idea concept belief knowledge theory doctrine science study philosophy
        thinking thought method principle system field discipline branch mental understanding
        perception image skill art technique approach plan opinion view judgment learning memory
        reasoning attention religion faith mathematics logic""",
    "noun.group": """group organization people collection set class party company team association
        society army force unit members community nation tribe population dynasty church institution
        agency committee club firm band series league union movement school government""",
    "noun.food": """food dish sauce bread cake meat fruit vegetable drink beverage wine beer liquor
        cheese soup dessert cookie pastry pie salad sandwich candy flavor flavoring seasoning spice
        eaten edible cooked baked fried served pudding cocktail juice milk flour dough egg stew tea
        coffee apple berry berries nut nuts bean beans potatoes pasta noodles rice""",
    "noun.body": """body tissue organ muscle bone gland nerve artery vein membrane cell cells skin
        blood cavity joint duct cartilage ligament tendon secretion hair tooth teeth brain heart
        lung ear eye spine skull abdominal anatomical bones muscles""",
    "noun.object": """object star planet river lake mountain island sea ocean stream hill valley
        mountains range peak bay gulf waterfall tributary cape peninsula stone natural crater
        constellation satellite asteroid galaxy comet desert shore coast plain""",
}
KIND_SETS = [set(KIND_WORDS[c].split()) for c in td.CATEGORIES]


@torch.no_grad()
def predict(model, ids, batch=512, pool=False):
    """Logits (and pooling weights when pool=True) of a training-form model, eval mode."""
    model.eval()
    logits, weights = [], []
    for i in range(0, len(ids), batch):
        x = torch.from_numpy(ids[i:i + batch])
        if pool:
            lg, w = model(x, return_pool=True)
            weights.append(w.numpy())
        else:
            lg = model(x)
        logits.append(lg.numpy())
    out = np.concatenate(logits)
    return (out, np.concatenate(weights)) if pool else out


def accuracy(logits, labels):
    return float((logits.argmax(1) == labels).mean())


def per_class_accuracy(logits, labels):
    pred = logits.argmax(1)
    return {c: round(float((pred[labels == i] == i).mean()), 4) for i, c in enumerate(td.CATEGORIES)}


def kind_word_pointing(weights, ids, labels, vocab, top_per_class=8):
    """Hit rate of the top pooled token against the gold category's kind words, with references."""
    hits, chance, any_kind = [], [], []
    tops = collections.defaultdict(collections.Counter)
    for w, row, lab in zip(weights, ids, labels):
        n = int((row != td.PAD_ID).sum())
        words = [vocab[i] for i in row[:n]]
        kinds = KIND_SETS[lab]
        top = words[int(np.argmax(w[:n]))]
        tops[td.CATEGORIES[lab]][top] += 1
        hits.append(top in kinds)
        is_kind = [t in kinds for t in words]
        chance.append(sum(is_kind) / n)
        any_kind.append(any(is_kind))
    return {
        "top_pooled_token_is_kind_word": round(float(np.mean(hits)), 4),
        "chance_uniform_token": round(float(np.mean(chance)), 4),
        "glosses_with_a_kind_word": round(float(np.mean(any_kind)), 4),
        "hit_rate_given_a_kind_word": round(float(np.sum(hits) / max(1, np.sum(any_kind))), 4),
        "samples": len(hits),
        "most_pooled_tokens": {c: [t for t, _ in tops[c].most_common(top_per_class)]
                               for c in td.CATEGORIES},
    }

# SPDX-License-Identifier: MIT
# Fingerprints: synthetic generator + evaluation (fp-gen), analysis pipeline + matching + ISO template (fp-pipe),
# the attention classifier's scoring (fp-class).
target_sources(attentionlens_core PRIVATE
    attentionlens/FingerprintGenerator.h
    fingerprint/GeneratorDetail.h
    fingerprint/JsonDetail.h
    fingerprint/Generator.cpp
    fingerprint/GeneratorField.cpp
    fingerprint/GeneratorRidges.cpp
    fingerprint/GeneratorMinutiae.cpp
    fingerprint/GeneratorImpression.cpp
    fingerprint/GroundTruthJson.cpp
    attentionlens/FingerprintEvaluation.h
    fingerprint/EvaluationMetrics.cpp
    fingerprint/EvaluationRun.cpp
    attentionlens/FingerprintAnalysis.h
    attentionlens/FingerprintMatch.h
    attentionlens/IsoTemplate.h
    fingerprint/AnalysisDetail.h
    fingerprint/Analysis.cpp
    fingerprint/AnalysisEnhance.cpp
    fingerprint/AnalysisStages.cpp
    fingerprint/Orientation.cpp
    fingerprint/OrientationSingular.cpp
    fingerprint/Minutiae.cpp
    fingerprint/Match.cpp
    fingerprint/MatchRender.cpp
    fingerprint/IsoTemplate.cpp
    attentionlens/FingerprintClassifier.h
    fingerprint/Classifier.cpp
)

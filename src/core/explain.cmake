# SPDX-License-Identifier: MIT
# The explainer: faithfulness checks, step-through of attention mechanisms, interventions.
target_sources(attentionlens_core PRIVATE
    attentionlens/Faithfulness.h
    explain/Faithfulness.cpp
    explain/FaithfulnessEvaluation.cpp
    explain/FaithfulnessReport.cpp
    explain/PerturbationCurves.cpp
)

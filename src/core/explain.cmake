# SPDX-License-Identifier: MIT
# The explainer: faithfulness checks, step-through of attention mechanisms, interventions.
target_sources(attentionlens_core PRIVATE
    attentionlens/Faithfulness.h
    explain/Faithfulness.cpp
    explain/FaithfulnessEvaluation.cpp
    explain/FaithfulnessReport.cpp
    explain/PerturbationCurves.cpp
    attentionlens/SelfAttentionSteps.h
    explain/SelfAttentionSteps.cpp
    attentionlens/NonLocalMeans.h
    explain/NonLocalMeans.cpp
    attentionlens/Intervention.h
    explain/Intervention.cpp
    explain/InterventionDataset.cpp
    explain/InterventionManifest.h
    explain/InterventionManifest.cpp
)
# Interventions run the staged graph (intervene.onnx) with OpenCV DNN.
target_link_libraries(attentionlens_core PRIVATE opencv_dnn)

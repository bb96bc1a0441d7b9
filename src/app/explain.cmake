# SPDX-License-Identifier: MIT
# The explainer's views: Steps tab (CBAM, self-attention, non-local means), interventions, the Metrics dock,
# the guided tour.
target_sources(attentionlens_gui PRIVATE
    explain/FaithfulnessPanel.cpp
    explain/FaithfulnessPanel.h
    explain/GuidedTour.cpp
    explain/GuidedTour.h
    explain/GuidedTourHost.cpp
    explain/GuidedTourHost.h
    explain/NonLocalMeansView.cpp
    explain/NonLocalMeansView.h
    explain/SelfAttentionView.cpp
    explain/SelfAttentionView.h
    explain/StepsView.cpp
    explain/StepsView.h
    explain/StepsViewImage.cpp
    explain/StepsViewImage.h
    explain/CbamStepsTile.cpp
    explain/CbamStepsTile.h
    explain/CbamStepsView.cpp
    explain/CbamStepsView.h
    explain/InterventionMaskCanvas.cpp
    explain/InterventionMaskCanvas.h
    explain/InterventionPanel.cpp
    explain/InterventionPanel.h
)

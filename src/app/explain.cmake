# SPDX-License-Identifier: MIT
# The explainer views: Steps tab, interventions, the Metrics dock, the guided tour.
target_sources(attentionlens_gui PRIVATE
    explain/FaithfulnessPanel.cpp
    explain/FaithfulnessPanel.h
)

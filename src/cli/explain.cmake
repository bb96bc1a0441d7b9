# SPDX-License-Identifier: MIT
# The explainer's commands: explain (faithfulness), intervene.
target_sources(attentionlens_cli PRIVATE
    ExplainCommand.cpp
    InterveneCommand.h
    InterveneCommand.cpp
)

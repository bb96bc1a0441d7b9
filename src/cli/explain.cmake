# SPDX-License-Identifier: MIT
# The explainer commands: explain (faithfulness), intervene.
target_sources(attentionlens_cli PRIVATE
    ExplainCommand.cpp
)

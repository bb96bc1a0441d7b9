# SPDX-License-Identifier: MIT
# The text command.
target_sources(attentionlens_cli PRIVATE
    TextCommand.cpp
)

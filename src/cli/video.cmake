# SPDX-License-Identifier: MIT
# The video command.
target_sources(attentionlens_cli PRIVATE
    VideoCommand.cpp
)

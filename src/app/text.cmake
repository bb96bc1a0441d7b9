# SPDX-License-Identifier: MIT
# The Text workspace (mode page) of the desktop app.
target_sources(attentionlens_gui PRIVATE
    text/TextPage.cpp
)

# SPDX-License-Identifier: MIT
# The Text workspace (mode page) of the desktop app.
target_sources(attentionlens_gui PRIVATE
    text/TextPage.h
    text/TextPage.cpp
    text/TextPageViews.cpp
    text/HeadViewWidget.h
    text/HeadViewWidget.cpp
    text/MatrixViewWidget.h
    text/MatrixViewWidget.cpp
)

# SPDX-License-Identifier: MIT
# Text: tokenizers, the text part of model packages, token-attention rendering and export.
target_sources(attentionlens_core PRIVATE
    attentionlens/Tokenizer.h
    attentionlens/TextViews.h
    attentionlens/TextExport.h
    text/TextManifest.h
    text/TextManifest.cpp
    text/Tokenizer.cpp
    text/Utf8.cpp
    text/TokenMatrixImage.cpp
    text/HeadViewRender.cpp
    text/TextJson.cpp
    text/TextHtml.cpp
)

# SPDX-License-Identifier: MIT
# The Fingerprint workspace (mode page) of the desktop app.
target_sources(attentionlens_gui PRIVATE
    fingerprint/FingerprintPage.h
    fingerprint/FingerprintPage.cpp
    fingerprint/FingerprintPageJobs.cpp
    fingerprint/FingerprintAttentionTab.h
    fingerprint/FingerprintAttentionTab.cpp
)

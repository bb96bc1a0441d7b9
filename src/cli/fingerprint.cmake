# SPDX-License-Identifier: MIT
# The fingerprint command group: generate/evaluate (fp-gen), analyze/match (fp-pipe).
target_sources(attentionlens_cli PRIVATE
    FingerprintCommands.h
    FingerprintAnalyzeCommand.cpp
    FingerprintCommand.cpp
)

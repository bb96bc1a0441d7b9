// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// Text tokenizers of text model packages: a word vocabulary (the built-in models) and WordPiece
/// (BERT-style models), both on top of the BERT basic tokenizer (whitespace and punctuation split,
/// CJK characters one per token). Tokens carry offsets into the original text so that the UI shows
/// exactly what the model saw.

#include "attentionlens/ModelTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace al {

enum class TokenizerKind {
    Word,      ///< each basic token looked up whole in the vocabulary, else UNK
    WordPiece, ///< greedy longest-match-first pieces with "##" continuation (Wu et al. 2016; BERT)
};
QString toString(TokenizerKind kind);

/// What a tokenizer needs; filled from a package's `text` section (docs/text-models.md).
struct TokenizerConfig {
    TokenizerKind kind = TokenizerKind::Word;
    QStringList vocabulary; ///< id = index; must contain unkToken (and the other named specials)
    bool lowercase = true;
    bool stripAccents = false; ///< NFD, then combining marks (Unicode category Mn) removed
    QString unkToken = QStringLiteral("[UNK]");
    QString padToken;          ///< empty: the model has no padding token
    QString clsToken;          ///< empty: no token is prepended
    QString sepToken;          ///< empty: no token is appended
    int maxTokens = 0;         ///< the model's sequence length including specials; 0 = unlimited
    int maxCharsPerWord = 100; ///< WordPiece: longer words become one UNK (as BERT does)
};

/// The result of tokenize(): tokens and ids in model order (specials included), never padded.
struct TokenizedText {
    std::vector<TextToken> tokens;
    std::vector<int> ids;
    int droppedTokens = 0; ///< tokens cut off at the end to fit maxTokens
    bool truncated() const { return droppedTokens > 0; }
};

/// A tokenizer. Threading: tokenize() is const and re-entrant.
class Tokenizer {
public:
    virtual ~Tokenizer() = default;
    /// Tokenises `text`, truncating to the config's maxTokens (specials kept). Never throws for any
    /// QString; an empty or all-whitespace text gives only the special tokens.
    virtual TokenizedText tokenize(const QString& text) const = 0;
    virtual const TokenizerConfig& config() const = 0;
    /// Id of a vocabulary entry, or -1.
    virtual int idOf(const QString& token) const = 0;
};

/// Creates a tokenizer. Throws Error(BadInput) when the vocabulary is empty, lacks the UNK token or a
/// named special token, or lists a token twice.
std::unique_ptr<Tokenizer> createTokenizer(TokenizerConfig config);

/// Reads a vocabulary file (UTF-8, one token per line, line i = id i; a trailing newline is optional,
/// '\r' is stripped). Throws Error(BadInput) naming the file when it is unreadable, not UTF-8 or empty.
QStringList loadVocabulary(const QString& path);

/// Decodes strict UTF-8 (a leading BOM is dropped). Throws Error(BadInput) naming `what` and the byte
/// offset of the first invalid sequence (overlong forms, surrogates and code points above U+10FFFF are
/// invalid, as is a truncated sequence at the end).
QString decodeUtf8Strict(const QByteArray& bytes, const QString& what);

/// The BERT basic tokenizer's word split alone, without vocabulary: each element is {start, length} in
/// UTF-16 code units of `text`. Exposed for tests and for training-side parity.
std::vector<std::pair<qsizetype, qsizetype>> basicTokenSpans(const QString& text);

} // namespace al

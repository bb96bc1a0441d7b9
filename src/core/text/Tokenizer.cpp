// SPDX-License-Identifier: MIT
// Word and WordPiece tokenizers over the BERT basic tokenizer (Devlin et al. 2019, tokenization.py:
// clean text, CJK characters as their own tokens, whitespace split, lower-case + accent strip,
// punctuation split); WordPiece is greedy longest-match-first (Wu et al. 2016).
#include "attentionlens/Tokenizer.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace al {
// Translation context of this file (a class, so that lupdate files the strings under it).
class TokenizerTr {
    Q_DECLARE_TR_FUNCTIONS(al::Tokenizer)
};

namespace {

/// One code point of the source text.
struct CodePoint {
    char32_t value;
    qsizetype start;
    qsizetype length; // 1 or 2 UTF-16 units
};

std::vector<CodePoint> codePoints(const QString& text) {
    std::vector<CodePoint> out;
    out.reserve(size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.push_back({QChar::surrogateToUcs4(c, text.at(i + 1)), i, 2});
            ++i;
        } else {
            out.push_back({c.unicode(), i, 1});
        }
    }
    return out;
}

bool isBertWhitespace(char32_t c) {
    // Python's str.isspace() after control characters are gone: Zs, line and paragraph separators.
    const QChar::Category cat = QChar::category(c);
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || cat == QChar::Separator_Space ||
           cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph;
}

bool isBertControl(char32_t c) {
    if (c == '\t' || c == '\n' || c == '\r')
        return false;
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Other_Control || cat == QChar::Other_Format;
}

bool isBertPunctuation(char32_t c) {
    // BERT treats every non-alphanumeric ASCII character as punctuation ("$", "^", "`"...).
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126))
        return true;
    switch (QChar::category(c)) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
        return true;
    default:
        return false;
    }
}

/// The CJK Unified Ideograph blocks BERT splits per character (Hangul and kana are not in them).
bool isCjk(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
           (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) ||
           (c >= 0x2B820 && c <= 0x2CEAF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

/// Unicode's Final_Sigma rule, which Python's str.lower() applies and a per-character lower-casing does
/// not: a capital sigma after a letter and not before one becomes the final form.
bool isFinalSigma(const std::vector<CodePoint>& word, size_t i) {
    if (word[i].value != 0x03A3 || i == 0 || !QChar::isLetter(word[i - 1].value))
        return false;
    return i + 1 == word.size() || !QChar::isLetter(word[i + 1].value);
}

/// A basic token after normalisation: its pieces of text, each with the source span it came from.
struct NormalizedWord {
    QStringList units;                                  // one entry per normalised code point
    std::vector<std::pair<qsizetype, qsizetype>> spans; // source [start, start+length) per entry
};

NormalizedWord normalizeWord(const QString& text, qsizetype start, qsizetype length,
                             const TokenizerConfig& config) {
    NormalizedWord word;
    const std::vector<CodePoint> cps = codePoints(text.mid(start, length));
    for (size_t i = 0; i < cps.size(); ++i) {
        const CodePoint& cp = cps[i];
        if (cp.value == 0 || cp.value == 0xFFFD || isBertControl(cp.value))
            continue; // removed by BERT's clean-up without splitting the word
        QString s = QString::fromUcs4(&cp.value, 1);
        if (config.lowercase)
            s = isFinalSigma(cps, i) ? QString(QChar(0x03C2)) : s.toLower();
        if (config.stripAccents)
            s = s.normalized(QString::NormalizationForm_D);
        const qsizetype before = word.units.size();
        for (const CodePoint& out : codePoints(s)) {
            if (config.stripAccents && QChar::category(out.value) == QChar::Mark_NonSpacing)
                continue;
            word.units << QString::fromUcs4(&out.value, 1);
            word.spans.emplace_back(start + cp.start, cp.length);
        }
        if (word.units.size() == before && !word.spans.empty()) // a dropped mark still belongs to the token
            word.spans.back().second = start + cp.start + cp.length - word.spans.back().first;
    }
    return word;
}

TextToken makeToken(const QString& text, const NormalizedWord& word, qsizetype from, qsizetype to,
                    bool unknown) {
    TextToken t;
    t.text = text;
    t.start = word.spans[size_t(from)].first;
    const auto& last = word.spans[size_t(to - 1)];
    t.length = last.first + last.second - t.start;
    t.unknown = unknown;
    return t;
}

class VocabTokenizer final : public Tokenizer {
public:
    explicit VocabTokenizer(TokenizerConfig config) : m_config(std::move(config)) {
        if (m_config.vocabulary.isEmpty())
            throw Error(ErrorCode::BadInput, al::TokenizerTr::tr("The tokenizer's vocabulary is empty."));
        for (int i = 0; i < m_config.vocabulary.size(); ++i) {
            if (m_ids.contains(m_config.vocabulary[i]))
                throw Error(ErrorCode::BadInput,
                            al::TokenizerTr::tr("The vocabulary lists '%1' twice (lines %2 and %3).")
                                .arg(m_config.vocabulary[i])
                                .arg(m_ids.value(m_config.vocabulary[i]) + 1)
                                .arg(i + 1));
            m_ids.insert(m_config.vocabulary[i], i);
        }
        for (const QString& special :
             {m_config.unkToken, m_config.padToken, m_config.clsToken, m_config.sepToken}) {
            if (special == m_config.unkToken || !special.isEmpty())
                if (!m_ids.contains(special))
                    throw Error(
                        ErrorCode::BadInput,
                        al::TokenizerTr::tr("The vocabulary has no special token '%1'.").arg(special));
        }
        m_unk = m_ids.value(m_config.unkToken);
        const int specials = (m_config.clsToken.isEmpty() ? 0 : 1) + (m_config.sepToken.isEmpty() ? 0 : 1);
        if (m_config.maxTokens < 0 || (m_config.maxTokens > 0 && m_config.maxTokens <= specials))
            throw Error(
                ErrorCode::BadInput,
                al::TokenizerTr::tr("The token limit %1 leaves no room for text.").arg(m_config.maxTokens));
    }

    const TokenizerConfig& config() const override { return m_config; }
    int idOf(const QString& token) const override { return m_ids.value(token, -1); }

    TokenizedText tokenize(const QString& text) const override {
        TokenizedText out;
        if (!m_config.clsToken.isEmpty())
            addSpecial(out, m_config.clsToken);
        for (const auto& [start, length] : basicTokenSpans(text)) {
            const NormalizedWord word = normalizeWord(text, start, length, m_config);
            if (word.units.isEmpty())
                continue;
            if (m_config.kind == TokenizerKind::Word)
                addWhole(out, word);
            else
                addPieces(out, word);
        }
        // Truncation keeps [CLS] and makes room for [SEP]; createTokenizer() checked maxTokens > specials.
        const int limit = m_config.maxTokens - (m_config.sepToken.isEmpty() ? 0 : 1);
        if (m_config.maxTokens > 0 && int(out.tokens.size()) > limit) {
            out.droppedTokens = int(out.tokens.size()) - limit;
            out.tokens.resize(size_t(limit));
            out.ids.resize(size_t(limit));
        }
        if (!m_config.sepToken.isEmpty())
            addSpecial(out, m_config.sepToken);
        return out;
    }

private:
    void addSpecial(TokenizedText& out, const QString& token) const {
        TextToken t;
        t.text = token;
        t.special = true;
        out.tokens.push_back(t);
        out.ids.push_back(m_ids.value(token));
    }

    void addWhole(TokenizedText& out, const NormalizedWord& word) const {
        const QString joined = word.units.join(QString());
        const int id = m_ids.value(joined, -1);
        const qsizetype n = word.units.size();
        // An unknown token keeps its normalised text (flagged unknown) so the UI can show what was not known.
        out.tokens.push_back(makeToken(joined, word, 0, n, id < 0));
        out.ids.push_back(id < 0 ? m_unk : id);
    }

    void addPieces(TokenizedText& out, const NormalizedWord& word) const {
        const qsizetype n = word.units.size();
        std::vector<std::pair<qsizetype, int>> pieces; // end, id
        bool bad = n > m_config.maxCharsPerWord;
        for (qsizetype start = 0; start < n && !bad;) {
            qsizetype end = n;
            int id = -1;
            for (; end > start; --end) {
                QString sub = word.units.mid(start, end - start).join(QString());
                if (start > 0)
                    sub.prepend(QStringLiteral("##"));
                if ((id = m_ids.value(sub, -1)) >= 0)
                    break;
            }
            if (id < 0)
                bad = true;
            else
                pieces.emplace_back(end, id);
            start = end;
        }
        if (bad) {
            out.tokens.push_back(makeToken(word.units.join(QString()), word, 0, n, true));
            out.ids.push_back(m_unk);
            return;
        }
        qsizetype start = 0;
        for (const auto& [end, id] : pieces) {
            out.tokens.push_back(makeToken(m_config.vocabulary[id], word, start, end, false));
            out.ids.push_back(id);
            start = end;
        }
    }

    TokenizerConfig m_config;
    QHash<QString, int> m_ids;
    int m_unk = 0;
};

} // namespace

QString toString(TokenizerKind kind) {
    return kind == TokenizerKind::Word ? QStringLiteral("word") : QStringLiteral("wordpiece");
}

std::vector<std::pair<qsizetype, qsizetype>> basicTokenSpans(const QString& text) {
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    qsizetype wordStart = -1, wordEnd = -1;
    auto flush = [&] {
        if (wordStart >= 0)
            spans.emplace_back(wordStart, wordEnd - wordStart);
        wordStart = -1;
    };
    for (const CodePoint& cp : codePoints(text)) {
        const char32_t c = cp.value;
        if (c == 0 || c == 0xFFFD || isBertControl(c))
            continue; // dropped, but they do not split a word (BERT's _clean_text)
        if (isBertWhitespace(c)) {
            flush();
        } else if (isCjk(c) || isBertPunctuation(c)) {
            flush();
            spans.emplace_back(cp.start, cp.length);
        } else {
            if (wordStart < 0)
                wordStart = cp.start;
            wordEnd = cp.start + cp.length;
        }
    }
    flush();
    return spans;
}

std::unique_ptr<Tokenizer> createTokenizer(TokenizerConfig config) {
    return std::make_unique<VocabTokenizer>(std::move(config));
}

QStringList loadVocabulary(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::BadInput,
                    al::TokenizerTr::tr("Cannot read the vocabulary %1: %2").arg(path, f.errorString()));
    const QString text = decodeUtf8Strict(f.readAll(), QFileInfo(path).fileName());
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString& line : lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    if (lines.isEmpty())
        throw Error(ErrorCode::BadInput, al::TokenizerTr::tr("The vocabulary %1 is empty.").arg(path));
    return lines;
}

} // namespace al

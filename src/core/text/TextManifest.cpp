// SPDX-License-Identifier: MIT
// The `input` and `text` sections of a text package's model.json (docs/text-models.md).
#include "text/TextManifest.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace al {
// Translation context of this file (a class, so that lupdate files the strings under it).
class ModelPackageTr {
    Q_DECLARE_TR_FUNCTIONS(al::ModelPackage)
};

namespace {

/// Field access with the same error wording as the rest of the manifest loader.
class Fields {
public:
    Fields(QString package, QJsonObject object, QString path)
        : m_package(std::move(package)), m_object(std::move(object)), m_path(std::move(path)) {}

    [[noreturn]] void fail(const QString& field, const QString& what) const {
        throw Error(ErrorCode::BadInput, al::ModelPackageTr::tr("model.json of '%1': field '%2' %3")
                                             .arg(m_package, m_path + QLatin1Char('.') + field, what));
    }
    bool has(const QString& f) const { return m_object.contains(f) && !m_object[f].isNull(); }
    QJsonValue required(const QString& f) const {
        if (!m_object.contains(f))
            fail(f, al::ModelPackageTr::tr("is missing"));
        return m_object[f];
    }
    QString string(const QString& f) const {
        const QJsonValue v = required(f);
        if (!v.isString() || v.toString().isEmpty())
            fail(f, al::ModelPackageTr::tr("must be a non-empty string"));
        return v.toString();
    }
    bool boolean(const QString& f, bool fallback) const {
        if (!has(f))
            return fallback;
        if (!m_object[f].isBool())
            fail(f, al::ModelPackageTr::tr("must be true or false"));
        return m_object[f].toBool();
    }
    int integer(const QString& f) const {
        const QJsonValue v = required(f);
        if (!v.isDouble() || v.toDouble() != double(int(v.toDouble())))
            fail(f, al::ModelPackageTr::tr("must be a whole number"));
        return v.toInt();
    }
    Fields object(const QString& f) const {
        const QJsonValue v = required(f);
        if (!v.isObject())
            fail(f, al::ModelPackageTr::tr("must be an object"));
        return Fields(m_package, v.toObject(), m_path + QLatin1Char('.') + f);
    }
    const QJsonObject& json() const { return m_object; }

private:
    QString m_package;
    QJsonObject m_object;
    QString m_path;
};

/// A special token: null (none) or {"token": "[PAD]", "id": 0} whose id must name that vocabulary line.
QString readSpecial(const Fields& specials, const QString& name, const QStringList& vocab, bool required) {
    if (!specials.has(name)) {
        if (required)
            specials.fail(name, al::ModelPackageTr::tr("is required"));
        return {};
    }
    const Fields s = specials.object(name);
    const QString token = s.string(QStringLiteral("token"));
    const int id = s.integer(QStringLiteral("id"));
    if (id < 0 || id >= vocab.size() || vocab[id] != token)
        specials.fail(name,
                      al::ModelPackageTr::tr("says '%1' has id %2, but line %3 of the vocabulary is not '%1'")
                          .arg(token)
                          .arg(id)
                          .arg(id + 1));
    return token;
}

void readInputSection(const Fields& in, ModelPackage& p) {
    p.input.name = in.string(QStringLiteral("name"));
    const QJsonValue shape = in.required(QStringLiteral("shape"));
    const QJsonArray dims = shape.toArray();
    if (!shape.isArray() || dims.size() != 2 || dims[0].toInt() != 1 || dims[1].toInt() < 1)
        in.fail(QStringLiteral("shape"), al::ModelPackageTr::tr("must be [1, T] with batch 1 and T >= 1"));
    if (in.has(QStringLiteral("encoding")) &&
        in.string(QStringLiteral("encoding")) != QLatin1String("token-ids"))
        in.fail(QStringLiteral("encoding"), al::ModelPackageTr::tr("must be \"token-ids\""));
    p.input.channels = 1;
    p.input.height = 1;
    p.input.width = dims[1].toInt();
}

} // namespace

TokenizerConfig PackageText::tokenizerConfig() const {
    TokenizerConfig c;
    c.kind = tokenizer;
    c.vocabulary = vocabulary;
    c.lowercase = lowercase;
    c.stripAccents = stripAccents;
    c.unkToken = unkToken;
    c.padToken = padToken;
    c.clsToken = clsToken;
    c.sepToken = sepToken;
    c.maxTokens = maxTokens;
    return c;
}

namespace detail {

void readTextSections(const QJsonObject& root, ModelPackage& p) {
    const auto section = [&](const QString& name) {
        if (!root.value(name).isObject())
            throw Error(ErrorCode::BadInput,
                        al::ModelPackageTr::tr("model.json of '%1': field '%2' %3")
                            .arg(p.id, name, al::ModelPackageTr::tr("must be an object")));
        return Fields(p.id, root.value(name).toObject(), name);
    };
    readInputSection(section(QStringLiteral("input")), p);
    const Fields t = section(QStringLiteral("text"));
    PackageText text;
    const QString kind = t.string(QStringLiteral("tokenizer"));
    if (kind != QLatin1String("word") && kind != QLatin1String("wordpiece"))
        t.fail(QStringLiteral("tokenizer"),
               al::ModelPackageTr::tr("is '%1'; expected one of: word, wordpiece").arg(kind));
    text.tokenizer = kind == QLatin1String("word") ? TokenizerKind::Word : TokenizerKind::WordPiece;
    const QString vocab = t.string(QStringLiteral("vocab"));
    text.vocabPath = QDir(p.dir).absoluteFilePath(vocab);
    if (!QFileInfo(text.vocabPath).isFile())
        t.fail(QStringLiteral("vocab"),
               al::ModelPackageTr::tr("names '%1', which does not exist").arg(vocab));
    text.vocabulary = loadVocabulary(text.vocabPath);
    if (t.has(QStringLiteral("vocab_size")) &&
        t.integer(QStringLiteral("vocab_size")) != text.vocabulary.size())
        t.fail(QStringLiteral("vocab_size"), al::ModelPackageTr::tr("is %1 but %2 has %3 lines")
                                                 .arg(t.integer(QStringLiteral("vocab_size")))
                                                 .arg(vocab)
                                                 .arg(text.vocabulary.size()));
    text.lowercase = t.boolean(QStringLiteral("lowercase"), true);
    text.stripAccents = t.boolean(QStringLiteral("strip_accents"), text.lowercase);
    text.maxTokens = t.integer(QStringLiteral("max_tokens"));
    if (text.maxTokens != p.input.width)
        t.fail(QStringLiteral("max_tokens"), al::ModelPackageTr::tr("is %1 but the input shape is [1, %2]")
                                                 .arg(text.maxTokens)
                                                 .arg(p.input.width));
    if (t.has(QStringLiteral("truncation")) && t.string(QStringLiteral("truncation")) != QLatin1String("end"))
        t.fail(QStringLiteral("truncation"), al::ModelPackageTr::tr("must be \"end\""));
    const Fields specials = t.object(QStringLiteral("special_tokens"));
    text.padToken = readSpecial(specials, QStringLiteral("pad"), text.vocabulary, true);
    text.unkToken = readSpecial(specials, QStringLiteral("unk"), text.vocabulary, true);
    text.clsToken = readSpecial(specials, QStringLiteral("cls"), text.vocabulary, false);
    text.sepToken = readSpecial(specials, QStringLiteral("sep"), text.vocabulary, false);
    const QString mask =
        t.has(QStringLiteral("mask")) ? t.string(QStringLiteral("mask")) : QStringLiteral("in-graph");
    if (mask == QLatin1String("input"))
        text.maskInput = t.string(QStringLiteral("mask_input"));
    else if (mask != QLatin1String("in-graph"))
        t.fail(QStringLiteral("mask"),
               al::ModelPackageTr::tr("is '%1'; expected one of: in-graph, input").arg(mask));
    if (t.has(QStringLiteral("pooling")))
        text.pooling = t.string(QStringLiteral("pooling"));
    try {
        (void)createTokenizer(text.tokenizerConfig()); // duplicates, missing specials, no room for text
    } catch (const Error& e) {
        t.fail(QStringLiteral("vocab"), e.message());
    }
    p.text = std::move(text);
}

} // namespace detail
} // namespace al

// SPDX-License-Identifier: MIT
// Tokenizers: the word tokenizer against ids exported from training/text_data.py, WordPiece, offsets,
// truncation, strict UTF-8 and vocabulary errors.
#include "attentionlens/Error.h"
#include "attentionlens/Tokenizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace al;

namespace {

QJsonObject readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject wordCases() {
    return readJson(QStringLiteral(AL_TEST_DATA_DIR "/text/word_tokenizer_cases.json"));
}

TokenizerConfig wordConfig() {
    TokenizerConfig c;
    c.kind = TokenizerKind::Word;
    for (const QJsonValue& v : wordCases().value(QStringLiteral("vocab")).toArray())
        c.vocabulary << v.toString();
    c.lowercase = true;
    c.stripAccents = true;
    c.padToken = QStringLiteral("[PAD]");
    return c;
}

TokenizerConfig wordPieceConfig() {
    TokenizerConfig c;
    c.kind = TokenizerKind::WordPiece;
    c.vocabulary = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "un", "##aff", "##able", "runn", "##ing",
                    "play",  "##ed",  "a",     "##b",   "猫", "是",    ",",      "!",    "cafe"};
    c.lowercase = true;
    c.stripAccents = true;
    c.padToken = QStringLiteral("[PAD]");
    c.clsToken = QStringLiteral("[CLS]");
    c.sepToken = QStringLiteral("[SEP]");
    return c;
}

QStringList texts(const TokenizedText& t) {
    QStringList out;
    for (const TextToken& token : t.tokens)
        out << token.text;
    return out;
}

} // namespace

class TestTokenizer : public QObject {
    Q_OBJECT

private slots:
    void wordMatchesTraining_data();
    void wordMatchesTraining();
    void offsets_data();
    void offsets();
    void unknownMarked();
    void wordPiece_data();
    void wordPiece();
    void truncationKeepsSpecials();
    void truncationWithoutSpecials();
    void invalidUtf8_data();
    void invalidUtf8();
    void validUtf8DropsBom();
    void vocabularyErrors_data();
    void vocabularyErrors();
};

void TestTokenizer::wordMatchesTraining_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QList<int>>("ids");
    const QJsonArray cases = wordCases().value(QStringLiteral("cases")).toArray();
    QVERIFY2(cases.size() >= 10, "word_tokenizer_cases.json is missing; run make_text_fixture.py");
    for (const QJsonValue& v : cases) {
        const QJsonObject c = v.toObject();
        QStringList tokens;
        for (const QJsonValue& t : c.value(QStringLiteral("tokens")).toArray())
            tokens << t.toString();
        QList<int> ids;
        for (const QJsonValue& i : c.value(QStringLiteral("ids")).toArray())
            ids << i.toInt();
        const QString text = c.value(QStringLiteral("text")).toString();
        QTest::newRow(qPrintable(text.left(24).toHtmlEscaped())) << text << tokens << ids;
    }
}

void TestTokenizer::wordMatchesTraining() {
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QFETCH(QList<int>, ids);
    const auto tokenizer = createTokenizer(wordConfig());
    const TokenizedText t = tokenizer->tokenize(text);
    QCOMPARE(texts(t), tokens);
    QCOMPARE(QList<int>(t.ids.begin(), t.ids.end()), ids);
    QCOMPARE(t.droppedTokens, 0);
}

void TestTokenizer::offsets_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("surface"); // text.mid(start, length) of every token
    QTest::newRow("punctuation") << QStringLiteral("Don't stop!")
                                 << QStringList{"Don", "'", "t", "stop", "!"};
    QTest::newRow("accent") << QStringLiteral("Café au lait") << QStringList{"Café", "au", "lait"};
    QTest::newRow("combining mark") << QStringLiteral("e\u0301te\u0301") << QStringList{"e\u0301te\u0301"};
    QTest::newRow("emoji surrogate pair")
        << QStringLiteral("dog 🐶 emoji") << QStringList{"dog", "🐶", "emoji"};
    QTest::newRow("cjk") << QStringLiteral("猫是 cat") << QStringList{"猫", "是", "cat"};
    QTest::newRow("control inside word") << QStringLiteral("x\u200By z") << QStringList{"x\u200By", "z"};
    QTest::newRow("whitespace kinds") << QStringLiteral("\ta\u00A0b\u2028c ") << QStringList{"a", "b", "c"};
}

void TestTokenizer::offsets() {
    QFETCH(QString, text);
    QFETCH(QStringList, surface);
    const TokenizedText t = createTokenizer(wordConfig())->tokenize(text);
    QStringList got;
    for (const TextToken& token : t.tokens) {
        QVERIFY(token.start >= 0 && token.start + token.length <= text.size());
        got << text.mid(token.start, token.length);
    }
    QCOMPARE(got, surface);
}

void TestTokenizer::unknownMarked() {
    const TokenizedText t = createTokenizer(wordConfig())->tokenize(QStringLiteral("the zebra cat"));
    QCOMPARE(t.tokens.size(), size_t(3));
    QVERIFY(!t.tokens[0].unknown);
    QVERIFY(t.tokens[1].unknown);
    QCOMPARE(t.tokens[1].text, QStringLiteral("zebra"));
    QCOMPARE(t.ids[1], 1);
    QVERIFY(!t.tokens[2].unknown);
}

void TestTokenizer::wordPiece_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QList<bool>>("unknown");
    QTest::newRow("pieces") << QStringLiteral("unaffable running")
                            << QStringList{"[CLS]", "un", "##aff", "##able", "runn", "##ing", "[SEP]"}
                            << QList<bool>{false, false, false, false, false, false, false};
    QTest::newRow("accents and case")
        << QStringLiteral("ÜNAFFÁBLE, Café!")
        << QStringList{"[CLS]", "un", "##aff", "##able", ",", "cafe", "!", "[SEP]"}
        << QList<bool>{false, false, false, false, false, false, false, false};
    QTest::newRow("no piece fits") << QStringLiteral("played xyz")
                                   << QStringList{"[CLS]", "play", "##ed", "xyz", "[SEP]"}
                                   << QList<bool>{false, false, false, true, false};
    QTest::newRow("longest match first")
        << QStringLiteral("abb") << QStringList{"[CLS]", "a", "##b", "##b", "[SEP]"}
        << QList<bool>{false, false, false, false, false};
    QTest::newRow("cjk per character") << QStringLiteral("猫是") << QStringList{"[CLS]", "猫", "是", "[SEP]"}
                                       << QList<bool>{false, false, false, false};
    QTest::newRow("over 100 characters") << QStringLiteral("a").repeated(101)
                                         << QStringList{"[CLS]", QStringLiteral("a").repeated(101), "[SEP]"}
                                         << QList<bool>{false, true, false};
}

void TestTokenizer::wordPiece() {
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QFETCH(QList<bool>, unknown);
    const auto tokenizer = createTokenizer(wordPieceConfig());
    const TokenizedText t = tokenizer->tokenize(text);
    QCOMPARE(texts(t), tokens);
    for (size_t i = 0; i < t.tokens.size(); ++i) {
        QCOMPARE(t.tokens[i].unknown, unknown[qsizetype(i)]);
        QCOMPARE(t.tokens[i].special, i == 0 || i + 1 == t.tokens.size());
        if (t.tokens[i].unknown)
            QCOMPARE(t.ids[i], tokenizer->idOf(QStringLiteral("[UNK]")));
        else
            QCOMPARE(t.ids[i], tokenizer->idOf(t.tokens[i].text));
    }
    // Pieces of one word tile the word in the original text.
    if (QTest::currentDataTag() == QByteArray("pieces")) {
        QCOMPARE(text.mid(t.tokens[1].start, t.tokens[1].length), QStringLiteral("un"));
        QCOMPARE(text.mid(t.tokens[2].start, t.tokens[2].length), QStringLiteral("aff"));
        QCOMPARE(t.tokens[0].start, qsizetype(-1));
    }
}

void TestTokenizer::truncationKeepsSpecials() {
    TokenizerConfig c = wordPieceConfig();
    c.maxTokens = 4;
    const TokenizedText t = createTokenizer(c)->tokenize(QStringLiteral("play a a a"));
    QCOMPARE(texts(t), (QStringList{"[CLS]", "play", "a", "[SEP]"}));
    QCOMPARE(t.droppedTokens, 2);
    QVERIFY(t.truncated());
}

void TestTokenizer::truncationWithoutSpecials() {
    TokenizerConfig c = wordConfig();
    c.maxTokens = 3;
    const TokenizedText t = createTokenizer(c)->tokenize(QStringLiteral("the cat the dog"));
    QCOMPARE(texts(t), (QStringList{"the", "cat", "the"}));
    QCOMPARE(t.droppedTokens, 1);
    c.maxTokens = 4;
    QCOMPARE(createTokenizer(c)->tokenize(QStringLiteral("the cat the dog")).droppedTokens, 0);
}

void TestTokenizer::invalidUtf8_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("offset");
    QTest::newRow("latin-1 byte") << QByteArray("caf\xe9 au lait") << QStringLiteral("offset 3");
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << QStringLiteral("offset 2");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QStringLiteral("offset 0");
    QTest::newRow("overlong 3-byte") << QByteArray("x\xe0\x80\xaf") << QStringLiteral("offset 1");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("offset 0");
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("offset 0");
    QTest::newRow("truncated at end") << QByteArray("euro \xe2\x82") << QStringLiteral("offset 5");
}

void TestTokenizer::invalidUtf8() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, offset);
    try {
        decodeUtf8Strict(bytes, QStringLiteral("input.txt"));
        QFAIL("invalid UTF-8 was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY2(e.message().contains(QStringLiteral("input.txt")) && e.message().contains(offset),
                 qPrintable(e.message()));
    }
}

void TestTokenizer::validUtf8DropsBom() {
    QCOMPARE(decodeUtf8Strict(QByteArray("\xef\xbb\xbf\xe2\x82\xac 5 \xf0\x9f\x90\xb6"), QStringLiteral("x")),
             QStringLiteral("€ 5 🐶"));
    QCOMPARE(decodeUtf8Strict(QByteArray(), QStringLiteral("x")), QString());
}

void TestTokenizer::vocabularyErrors_data() {
    QTest::addColumn<QStringList>("vocabulary");
    QTest::addColumn<int>("maxTokens");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QStringList{} << 0 << QStringLiteral("empty");
    QTest::newRow("duplicate") << QStringList{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "a", "a"} << 0
                               << QStringLiteral("'a' twice");
    QTest::newRow("no unk") << QStringList{"[PAD]", "[CLS]", "[SEP]", "a"} << 0 << QStringLiteral("'[UNK]'");
    QTest::newRow("no room") << QStringList{"[PAD]", "[UNK]", "[CLS]", "[SEP]"} << 2
                             << QStringLiteral("limit 2");
}

void TestTokenizer::vocabularyErrors() {
    QFETCH(QStringList, vocabulary);
    QFETCH(int, maxTokens);
    QFETCH(QString, message);
    TokenizerConfig c = wordPieceConfig();
    c.vocabulary = vocabulary;
    c.maxTokens = maxTokens;
    try {
        createTokenizer(c);
        QFAIL("a bad vocabulary was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"

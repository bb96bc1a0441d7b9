// SPDX-License-Identifier: MIT
// attentionlens-cli text end to end on the tiny text fixture: JSON and HTML outputs, the truncation
// notice, and every bad input as one error line, exit 2 and no output files.
#include "CliTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace al::test;

namespace {

const QString kModelDir = QStringLiteral(AL_TEST_DATA_DIR "/text/models");

QStringList textArgs(const QStringList& extra) {
    return QStringList{"text", "--model-dir", kModelDir, "--model", "tiny-text"} + extra;
}

} // namespace

class TestCliText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonAndHtml();
    void inputFile();
    void truncationNotice();
    void badInput_data();
    void badInput();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestCliText::initTestCase() {
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
    QVERIFY(writeBytes(path("latin1.txt"), QByteArray("caf\xe9 au lait")));
    QVERIFY(writeBytes(path("empty.txt"), QByteArray(" \n")));
    QVERIFY(writeBytes(path("ok.txt"), QByteArray("\xef\xbb\xbfThe caf\xc3\xa9 cat sat.")));
    QVERIFY(writeBytes(path("long.txt"), QByteArray("the cat sat on the mat . a big red dog")));
}

void TestCliText::jsonAndHtml() {
    const CliRun run = runCli(textArgs({"--text", "The cat sat on the mat.", "--json", path("a.json"),
                                        "--html", path("a.html"), "--top-k", "2"}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.contains(QLatin1String("Tokens:  7 (0 unknown)")));
    const QJsonObject json = parseJson(readAll(path("a.json"))).object();
    QCOMPARE(json.value("model").toString(), QStringLiteral("tiny-text"));
    QCOMPARE(json.value("tokens").toArray().size(), 7);
    QCOMPARE(json.value("tokens").toArray().at(0).toObject().value("text").toString(), QStringLiteral("The"));
    QCOMPARE(json.value("tokens").toArray().at(0).toObject().value("id").toInt(), 2);
    QCOMPARE(json.value("predictions").toArray().size(), 2);
    const QJsonArray pooling = json.value("pooling").toArray();
    QCOMPARE(pooling.size(), 7);
    double sum = 0;
    for (const QJsonValue& v : pooling)
        sum += v.toDouble();
    QVERIFY(std::abs(sum - 1.0) < 1e-4);
    const QJsonArray attention = json.value("attention").toArray();
    QCOMPARE(attention.size(), 2); // 1 layer x 2 heads
    QCOMPARE(attention.at(1).toObject().value("data").toArray().size(), 7);
    const QString html = QString::fromUtf8(readAll(path("a.html")));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("data:image/png;base64,")));
    QVERIFY(!html.contains(QLatin1String("<script")));
}

void TestCliText::inputFile() {
    const CliRun run = runCli(textArgs({"--input", path("ok.txt"), "--json", path("b.json")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray tokens = parseJson(readAll(path("b.json"))).object().value("tokens").toArray();
    QCOMPARE(tokens.size(), 5);
    QVERIFY(tokens.at(1).toObject().value("unknown").toBool()); // "café" is not in the vocabulary
    QCOMPARE(tokens.at(1).toObject().value("text").toString(), QStringLiteral("café"));
}

void TestCliText::truncationNotice() {
    const CliRun run = runCli(textArgs({"--input", path("long.txt")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QLatin1String("notice:")) && run.err.contains(QLatin1String("3 were dropped")),
             qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("error:")));
    QVERIFY(run.out.contains(QLatin1String("Tokens:  8")));
}

void TestCliText::badInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("not utf-8") << QStringList{"--input", "latin1.txt"} << "not valid UTF-8";
    QTest::newRow("empty file") << QStringList{"--input", "empty.txt"} << "is empty";
    QTest::newRow("empty text") << QStringList{"--text", ""} << "empty";
    QTest::newRow("missing file") << QStringList{"--input", "nope.txt"} << "no such file";
    QTest::newRow("text and input") << QStringList{"--text", "cat", "--input", "ok.txt"} << "exactly one";
    QTest::newRow("neither") << QStringList{} << "exactly one";
    QTest::newRow("over the limit") << QStringList{"--input", "long.txt", "--no-truncate"}
                                    << "takes at most 8";
    QTest::newRow("bad top-k") << QStringList{"--text", "cat", "--top-k", "0"} << "top-k";
    QTest::newRow("json overwrites input")
        << QStringList{"--input", "ok.txt", "--json", "ok.txt"} << "overwrite";
}

void TestCliText::badInput() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    for (int i = 1; i < args.size(); ++i)
        if (args[i - 1] == QLatin1String("--input") || args[i - 1] == QLatin1String("--json"))
            args[i] = path(args[i]);
    const CliRun run = runCli(textArgs(args + QStringList{"--html", path("bad.html")}));
    QCOMPARE(run.exitCode, 2);
    const QStringList lines = run.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].startsWith(kErrorPrefix) && lines[0].contains(message), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(path("bad.html")));
}

QTEST_GUILESS_MAIN(TestCliText)
#include "tst_cli_text.moc"

// SPDX-License-Identifier: MIT
// End-to-end tests of the CLI's information commands (help, models, plugins) and of plugin discovery
// (--plugin-dir with an empty folder and with a corrupt plugin file).
#include "CliTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace al::test;

class TestCliInfo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void modelsJsonListsSaliencyModels();
    void pluginsJsonShowsSaliencyLoaded();
    void emptyPluginDirStillFindsModels();
    void corruptPluginIsReportedNotFatal();
    void humanTablesNameModels();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_blob;
    QString m_outDir;
};

void TestCliInfo::initTestCase() {
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
    m_blob = path(QStringLiteral("blob.png"));
    QVERIFY(BlobImage().write(m_blob));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("emptyplugins")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
    m_outDir = path(QStringLiteral("out"));
}

void TestCliInfo::helpAndVersion() {
    const CliRun help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* word : {"models", "plugins", "run", "130"})
        QVERIFY2(help.out.contains(QLatin1String(word)), word);

    const CliRun runHelp = runCli({QStringLiteral("help"), QStringLiteral("run")});
    QCOMPARE(runHelp.exitCode, 0);
    QVERIFY(runHelp.out.contains(QLatin1String("--max-pixels")));
    QVERIFY(runHelp.out.contains(QLatin1String("attentionlens-cli run")));

    const CliRun version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QLatin1String("attentionlens-cli ")));

    const CliRun none = runCli({});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.startsWith(kErrorPrefix));
}

void TestCliInfo::modelsJsonListsSaliencyModels() {
    const CliRun run = runCli({QStringLiteral("models"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonDocument document = parseJson(run.out.toUtf8());
    QVERIFY(document.isArray());
    QStringList ids;
    for (const QJsonValue& model : document.array()) {
        ids << model[QLatin1String("id")].toString();
        QVERIFY(!model[QLatin1String("plugin")].toString().isEmpty());
        const QJsonArray takes = model[QLatin1String("modalities")].toArray();
        QVERIFY(takes.contains(QStringLiteral("image")) || takes.contains(QStringLiteral("video")) ||
                !ids.last().startsWith(QLatin1String("saliency.")));
    }
    for (const QString& id : kSaliencyModels)
        QVERIFY2(ids.contains(id), qPrintable(id));
}

void TestCliInfo::pluginsJsonShowsSaliencyLoaded() {
    const CliRun run = runCli({QStringLiteral("plugins"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = parseJson(run.out.toUtf8()).object();
    QVERIFY(!report[QLatin1String("searchDirs")].toArray().isEmpty());
    bool saliencyLoaded = false;
    for (const QJsonValue& plugin : report[QLatin1String("plugins")].toArray()) {
        const QJsonArray models = plugin[QLatin1String("models")].toArray();
        if (models.contains(kSaliencyModels.first()))
            saliencyLoaded = plugin[QLatin1String("loaded")].toBool() &&
                             plugin[QLatin1String("error")].toString().isEmpty();
    }
    QVERIFY(saliencyLoaded);
}

void TestCliInfo::emptyPluginDirStillFindsModels() {
    const QString json = QDir(m_outDir).filePath(QStringLiteral("result.json"));
    const CliRun run = runCli(QStringList{"--plugin-dir", path(QStringLiteral("emptyplugins"))} +
                              runArgs(kSaliencyModels.first(), m_blob) + QStringList{"--json", json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parseJson(readAll(json)).object()[QLatin1String("modelId")].toString(), kSaliencyModels.first());

    const CliRun plugins =
        runCli({"plugins", "--json", "--plugin-dir", path(QStringLiteral("emptyplugins"))});
    QCOMPARE(plugins.exitCode, 0);
    const QJsonArray dirs = parseJson(plugins.out.toUtf8()).object()[QLatin1String("searchDirs")].toArray();
    QVERIFY(!dirs.isEmpty());
    QCOMPARE(QDir(dirs.first().toString()), QDir(path(QStringLiteral("emptyplugins"))));
}

void TestCliInfo::corruptPluginIsReportedNotFatal() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString broken = dir.filePath(QStringLiteral("libbroken_plugin.so"));
    QVERIFY(writeBytes(broken, QByteArray("\x7f"
                                          "ELF but not really a shared library",
                                          36)));

    const CliRun run = runCli(
        {QStringLiteral("plugins"), QStringLiteral("--json"), QStringLiteral("--plugin-dir"), dir.path()});
    QCOMPARE(run.exitCode, 0);
    bool reported = false;
    bool saliencyLoaded = false;
    for (const QJsonValue& plugin :
         parseJson(run.out.toUtf8()).object()[QLatin1String("plugins")].toArray()) {
        if (plugin[QLatin1String("path")].toString().endsWith(QLatin1String("libbroken_plugin.so"))) {
            reported = true;
            QVERIFY(!plugin[QLatin1String("loaded")].toBool());
            QVERIFY(!plugin[QLatin1String("error")].toString().isEmpty());
        }
        if (plugin[QLatin1String("models")].toArray().contains(kSaliencyModels.first()))
            saliencyLoaded = plugin[QLatin1String("loaded")].toBool();
    }
    QVERIFY(reported);
    QVERIFY(saliencyLoaded);

    const CliRun human = runCli({QStringLiteral("plugins"), QStringLiteral("--plugin-dir"), dir.path()});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains(QLatin1String("libbroken_plugin.so")));
}

void TestCliInfo::humanTablesNameModels() {
    const CliRun models = runCli({QStringLiteral("models")});
    QCOMPARE(models.exitCode, 0);
    for (const QString& id : kSaliencyModels)
        QVERIFY2(models.out.contains(id), qPrintable(id));

    const CliRun run = runCli(runArgs(kSaliencyModels.last(), m_blob));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QLatin1String("320 x 240")));
}

QTEST_GUILESS_MAIN(TestCliInfo)
#include "tst_cli_info.moc"

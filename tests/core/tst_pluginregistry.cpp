// SPDX-License-Identifier: MIT
// The plugin boundary, failure paths first (in the spirit of Qt's tst_qpluginloader): every refused or
// failing plugin must end up as a report line with a message, never as a crash.
#include "attentionlens/Error.h"
#include "attentionlens/PluginRegistry.h"

#include <QRandomGenerator>
#include <QtTest>

// Linking tp_static already imports it (Qt 6); importing it again as well must not make it a duplicate.
Q_IMPORT_PLUGIN(TestStaticPlugin)

using namespace al;

namespace {

QString caseDir(const char* name) {
    return QStringLiteral(AL_TEST_PLUGIN_ROOT "/") + QLatin1String(name);
}

QString pluginFile(const char* dir, const char* target) {
    return caseDir(dir) + QStringLiteral("/lib") + QLatin1String(target) + QStringLiteral(".so");
}

PluginRegistry::Options isolated(const QStringList& dirs, const QStringList& context = {}) {
    PluginRegistry::Options o;
    o.useDefaultDirs = false;
    o.useStaticPlugins = false;
    o.extraDirs = dirs;
    o.context.modelDirs = context;
    return o;
}

const PluginRecord* recordFor(const PluginRegistry& r, const QString& path) {
    for (const PluginRecord& rec : r.report()) {
        if (rec.path == path)
            return &rec;
    }
    return nullptr;
}

QString describe(const PluginRegistry& r) {
    QStringList lines;
    for (const PluginRecord& rec : r.report())
        lines << QStringLiteral("%1 loaded=%2 error=%3 note=%4")
                     .arg(rec.path)
                     .arg(rec.loaded)
                     .arg(rec.error, rec.note);
    return lines.join(QLatin1Char('\n'));
}

cv::Mat testImage() {
    cv::Mat img(48, 64, CV_8UC3);
    cv::randu(img, 0, 255);
    return img;
}

// Runs f, which must throw al::Error(code); returns the message.
template <typename F> QString errorOf(F f, ErrorCode code) {
    try {
        f();
    } catch (const Error& e) {
        if (e.code() != code)
            return QStringLiteral("<wrong code %1: %2>").arg(int(e.code())).arg(e.message());
        return e.message();
    } catch (...) {
        return QStringLiteral("<not an al::Error>");
    }
    return QStringLiteral("<no error>");
}

} // namespace

class TestPluginRegistry : public QObject {
    Q_OBJECT

private slots:
    void goodPluginLoadsTwoModels();
    void refusedBeforeLoad_data();
    void refusedBeforeLoad();
    void apiVersionCheck_data();
    void apiVersionCheck();
    void corruptFilesAreRefused_data();
    void corruptFilesAreRefused();
    void unresolvedSymbolFailsToLoad();
    void throwingPluginIsReportedAndUnloaded_data();
    void throwingPluginIsReportedAndUnloaded();
    void runModelFailuresBecomePluginFailure_data();
    void runModelFailuresBecomePluginFailure();
    void runModelPassesPluginErrorThrough();
    void runModelChecksParamsAndInput_data();
    void runModelChecksParamsAndInput();
    void runModelFillsResult();
    void duplicatePluginAndModelIds();
    void currentDirectoryIsNeverSearched();
    void searchDirsOrder();
    void staticPlugins();
    void reloadReplacesEverything();
};

void TestPluginRegistry::goodPluginLoadsTwoModels() {
    PluginRegistry registry;
    registry.load(isolated({caseDir("good")}));
    QCOMPARE(registry.report().size(), size_t(1));
    const PluginRecord& rec = registry.report().front();
    QVERIFY2(rec.loaded, qPrintable(rec.error));
    QCOMPARE(rec.path, pluginFile("good", "tp_good"));
    QCOMPARE(rec.id, QStringLiteral("test.good"));
    QCOMPARE(rec.name, QStringLiteral("Good test plugin"));
    QCOMPARE(rec.version, QStringLiteral("1.2.3"));
    QCOMPARE(rec.apiMajor, 1);
    QCOMPARE(rec.apiMinor, 0);
    QVERIFY(!rec.isStatic);
    QVERIFY(rec.error.isEmpty());
    QVERIFY(rec.note.isEmpty());
    QCOMPARE(rec.modelIds,
             QStringList({QStringLiteral("test.good.alpha"), QStringLiteral("test.good.beta")}));
    QCOMPARE(registry.models().size(), size_t(2));
    QVERIFY(registry.model(QStringLiteral("test.good.beta")));
    QCOMPARE(registry.model(QStringLiteral("test.good.beta"))->id(), QStringLiteral("test.good.beta"));
    QVERIFY(!registry.model(QStringLiteral("test.good.gamma")));
    QCOMPARE(registry.pluginIdOf(QStringLiteral("test.good.alpha")), QStringLiteral("test.good"));
    QVERIFY(registry.pluginIdOf(QStringLiteral("nope")).isEmpty());
    // The probe refusedBeforeLoad() relies on: a loaded plugin is seen as loaded.
    QVERIFY(QLibrary(rec.path).isLoaded());
}

void TestPluginRegistry::refusedBeforeLoad_data() {
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("apiMajor");
    QTest::newRow("api major 2") << caseDir("badmajor") << pluginFile("badmajor", "tp_badmajor")
                                 << "built for plugin API 2.x; this AttentionLens supports 1.x — rebuild the "
                                    "plugin against this version"
                                 << 2;
    QTest::newRow("newer minor") << caseDir("newminor") << pluginFile("newminor", "tp_newminor")
                                 << "built for plugin API 1.1, newer than this AttentionLens (1.0)" << 1;
    QTest::newRow("missing fields") << caseDir("nometa") << pluginFile("nometa", "tp_nometa")
                                    << "the plugin metadata lacks version, apiMinor" << 1;
    QTest::newRow("other interface")
        << caseDir("wrongiid") << pluginFile("wrongiid", "tp_wrongiid")
        << "is a Qt plugin for 'org.example.SomethingElse/1.0', not an AttentionLens plugin" << -1;
    QTest::newRow("future interface")
        << caseDir("otheriid") << pluginFile("otheriid", "tp_otheriid")
        << "implements plugin interface 'org.attentionlens.AttentionPlugin/2.0', but this AttentionLens "
           "expects "
           "'org.attentionlens.AttentionPlugin/1.0' — rebuild the plugin against this version"
        << -1;
    QTest::newRow("not a Qt plugin") << caseDir("notplugin") << caseDir("notplugin") + "/libtp_notplugin.so"
                                     << "not a Qt plugin, or the file is damaged" << -1;
}

void TestPluginRegistry::refusedBeforeLoad() {
    QFETCH(QString, dir);
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    QFETCH(int, apiMajor);
    QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    PluginRegistry registry;
    registry.load(isolated({dir}));
    QCOMPARE(registry.report().size(), size_t(1));
    const PluginRecord& rec = registry.report().front();
    QCOMPARE(rec.path, file);
    QVERIFY(!rec.loaded);
    QVERIFY2(rec.error.contains(fragment), qPrintable(rec.error));
    QVERIFY2(rec.error.startsWith(file + QStringLiteral(": ")), qPrintable(rec.error)); // names the file
    QCOMPARE(rec.apiMajor, apiMajor);
    QVERIFY(rec.modelIds.isEmpty());
    QVERIFY(registry.models().empty());
    // Refused from metadata alone: the library was never mapped into the process.
    QLibrary probe(file);
    QVERIFY(!probe.isLoaded());
}

void TestPluginRegistry::apiVersionCheck_data() {
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("hostMajor");
    QTest::addColumn<int>("hostMinor");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("note");
    QTest::newRow("same") << 1 << 0 << 1 << 0 << true << QString() << QString();
    QTest::newRow("same 1.3") << 1 << 3 << 1 << 3 << true << QString() << QString();
    QTest::newRow("older minor")
        << 1 << 0 << 1 << 2 << true << QString()
        << "Built for the older plugin API 1.0 (this AttentionLens: 1.2); loaded, but "
           "rebuilding the plugin is recommended.";
    QTest::newRow("newer minor") << 1 << 3 << 1 << 2 << false
                                 << "built for plugin API 1.3, newer than this AttentionLens (1.2) — update "
                                    "AttentionLens or rebuild the plugin against this version"
                                 << QString();
    QTest::newRow("newer major") << 2 << 0 << 1 << 0 << false
                                 << "built for plugin API 2.x; this AttentionLens supports 1.x — rebuild the "
                                    "plugin against this version"
                                 << QString();
    QTest::newRow("older major") << 0 << 9 << 1 << 0 << false
                                 << "built for plugin API 0.x; this AttentionLens supports 1.x — rebuild the "
                                    "plugin against this version"
                                 << QString();
    QTest::newRow("negative") << -1 << 0 << 1 << 0 << false << "declares an invalid plugin API version -1.0"
                              << QString();
}

void TestPluginRegistry::apiVersionCheck() {
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(int, hostMajor);
    QFETCH(int, hostMinor);
    QFETCH(bool, accepted);
    QFETCH(QString, error);
    QFETCH(QString, note);
    QString gotError;
    QString gotNote;
    QCOMPARE(checkPluginApi(major, minor, hostMajor, hostMinor, &gotError, &gotNote), accepted);
    QCOMPARE(gotError, error);
    QCOMPARE(gotNote, note);
    // The host-version overload is the one the registry uses.
    QCOMPARE(checkPluginApi(kPluginApiMajor, kPluginApiMinor, nullptr, nullptr), true);
}

void TestPluginRegistry::corruptFilesAreRefused_data() {
    QTest::addColumn<QByteArray>("content");
    QByteArray random(64 * 1024, '\0');
    QRandomGenerator gen(20240521);
    for (char& c : random)
        c = char(gen.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated ELF") << QByteArray("\x7f"
                                                 "ELF\x02\x01\x01",
                                                 7) +
                                          random.left(40);
    QTest::newRow("text") << QByteArray("#!/bin/sh\necho not a library\n");
}

void TestPluginRegistry::corruptFilesAreRefused() {
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("libcorrupt.so"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    // Files without the platform's library suffix are not candidates at all.
    QFile::copy(path, dir.filePath(QStringLiteral("README.txt")));

    PluginRegistry registry;
    registry.load(isolated({dir.path()}));
    QCOMPARE(registry.report().size(), size_t(1));
    const PluginRecord& rec = registry.report().front();
    QCOMPARE(rec.path, path);
    QVERIFY(!rec.loaded);
    QVERIFY2(rec.error.startsWith(path + QStringLiteral(": not a Qt plugin, or the file is damaged (")),
             qPrintable(rec.error));
    QVERIFY2(rec.error.endsWith(QStringLiteral(") — remove it from the plugin folder")),
             qPrintable(rec.error));
    QVERIFY(rec.id.isEmpty());
}

void TestPluginRegistry::unresolvedSymbolFailsToLoad() {
    PluginRegistry registry;
    registry.load(isolated({caseDir("unresolved")}));
    QCOMPARE(registry.report().size(), size_t(1));
    const PluginRecord& rec = registry.report().front();
    QVERIFY(!rec.loaded);
    QCOMPARE(rec.id, QStringLiteral("test.unresolved")); // metadata was fine
    QVERIFY2(rec.error.contains(QStringLiteral("could not be loaded:")), qPrintable(rec.error));
    QVERIFY2(rec.error.contains(QStringLiteral("al_test_symbol_that_does_not_exist")), qPrintable(rec.error));
    QVERIFY(registry.models().empty());
}

void TestPluginRegistry::throwingPluginIsReportedAndUnloaded_data() {
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("al::Error in initialize") << "init:al"
                                             << "initialisation failed: fake init failure (al::Error)";
    QTest::newRow("std in initialize") << "init:std"
                                       << "initialisation failed: fake init failure (std)";
    QTest::newRow("cv in initialize") << "init:cv"
                                      << "initialisation failed: OpenCV(";
    QTest::newRow("int in initialize") << "init:int"
                                       << "initialisation failed: unknown exception";
    QTest::newRow("std in models") << "models:std"
                                   << "initialisation failed: fake init failure (std)";
}

void TestPluginRegistry::throwingPluginIsReportedAndUnloaded() {
    QFETCH(QString, mode);
    QFETCH(QString, fragment);
    PluginRegistry registry;
    registry.load(isolated({caseDir("throwinit")}, {mode}));
    QCOMPARE(registry.report().size(), size_t(1));
    const PluginRecord& rec = registry.report().front();
    QVERIFY(!rec.loaded);
    QCOMPARE(rec.id, QStringLiteral("test.throwinit"));
    QVERIFY2(rec.error.startsWith(pluginFile("throwinit", "tp_throwinit") + QStringLiteral(": ")),
             qPrintable(rec.error));
    QVERIFY2(rec.error.contains(fragment), qPrintable(rec.error));
    if (mode == QLatin1String("init:cv"))
        QVERIFY2(rec.error.endsWith(QLatin1String("fake init failure (cv) in function 'fail'")),
                 qPrintable(rec.error));
    QVERIFY(rec.modelIds.isEmpty());
    QVERIFY(registry.models().empty());
    QVERIFY(!registry.model(QStringLiteral("test.throwinit.one")));

    // The same plugin loads when it does not throw: the failure above came from the throw alone.
    PluginRegistry ok;
    ok.load(isolated({caseDir("throwinit")}, {QStringLiteral("fine")}));
    QVERIFY2(ok.report().front().loaded, qPrintable(describe(ok)));
    QVERIFY(ok.model(QStringLiteral("test.throwinit.one")));
}

void TestPluginRegistry::runModelFailuresBecomePluginFailure_data() {
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("std::runtime_error") << "test.badrun.std"
                                        << "Model 'test.badrun.std' failed: fake std failure";
    QTest::newRow("cv::Exception") << "test.badrun.cv"
                                   << "Model 'test.badrun.cv' failed: OpenCV error:";
    QTest::newRow("int") << "test.badrun.int"
                         << "Model 'test.badrun.int' failed: unknown exception";
    QTest::newRow("NaN map")
        << "test.badrun.nan"
        << "Model 'test.badrun.nan' failed: map 'attention' contains NaN or infinite values";
    QTest::newRow("Inf map") << "test.badrun.inf"
                             << "map 'attention' contains NaN or infinite values";
    QTest::newRow("empty map") << "test.badrun.empty"
                               << "Model 'test.badrun.empty' failed: map 'attention' is empty";
    QTest::newRow("byte map") << "test.badrun.type"
                              << "map 'attention' has type CV_8UC1, expected CV_32FC1";
}

void TestPluginRegistry::runModelFailuresBecomePluginFailure() {
    QFETCH(QString, modelId);
    QFETCH(QString, fragment);
    PluginRegistry registry;
    registry.load(isolated({caseDir("badrun")}));
    const auto model = registry.model(modelId);
    QVERIFY2(model, qPrintable(describe(registry)));
    ModelInput input;
    input.image = testImage();
    const QString message = errorOf([&] { runModel(*model, input, {}); }, ErrorCode::PluginFailure);
    QVERIFY2(message.contains(fragment), qPrintable(message));
    if (modelId == QLatin1String("test.badrun.cv"))
        QVERIFY2(message.contains(QLatin1String("fake OpenCV failure")), qPrintable(message));
    // The process survives and the healthy model of the same plugin still runs.
    const ModelResult ok = runModel(*registry.model(QStringLiteral("test.badrun.ok")), input, {});
    QCOMPARE(ok.maps.size(), size_t(1));
}

void TestPluginRegistry::runModelPassesPluginErrorThrough() {
    PluginRegistry registry;
    registry.load(isolated({caseDir("badrun")}));
    const auto model = registry.model(QStringLiteral("test.badrun.alerror"));
    QVERIFY(model);
    ModelInput input;
    input.image = testImage();
    QCOMPARE(errorOf([&] { runModel(*model, input, {}); }, ErrorCode::BadInput),
             QStringLiteral("fake plugin says the input is bad"));
    RunControl control;
    control.cancel();
    const auto ok = registry.model(QStringLiteral("test.badrun.ok"));
    QCOMPARE(errorOf([&] { runModel(*ok, input, {}, control); }, ErrorCode::Cancelled),
             QStringLiteral("Cancelled."));
}

void TestPluginRegistry::runModelChecksParamsAndInput_data() {
    QTest::addColumn<int>("modality");
    QTest::addColumn<int>("imageType");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("fragment");
    const QVariantMap none;
    QTest::newRow("unknown param") << int(Modality::Image) << CV_8UC3
                                   << QVariantMap{{QStringLiteral("bogus"), 1}}
                                   << "Unknown parameter 'bogus' for this model; known: sigma, size, mode";
    QTest::newRow("param out of range")
        << int(Modality::Image) << CV_8UC3 << QVariantMap{{QStringLiteral("sigma"), QStringLiteral("11")}}
        << "Parameter 'sigma' = 11 is out of range; allowed: [0.5, 10]";
    QTest::newRow("empty image") << int(Modality::Image) << -1 << none
                                 << "Model 'test.good.alpha' needs an image, but the input image is empty.";
    QTest::newRow("grey image") << int(Modality::Image) << CV_8UC1 << none
                                << "Model 'test.good.alpha' needs a CV_8UC3 image, got CV_8UC1.";
    QTest::newRow("float image") << int(Modality::Image) << CV_32FC3 << none << "got CV_32FC3";
    QTest::newRow("text input") << int(Modality::Text) << CV_8UC3 << none
                                << "Model 'test.good.alpha' does not take text input; it takes: image.";
}

void TestPluginRegistry::runModelChecksParamsAndInput() {
    QFETCH(int, modality);
    QFETCH(int, imageType);
    QFETCH(QVariantMap, params);
    QFETCH(QString, fragment);
    PluginRegistry registry;
    registry.load(isolated({caseDir("good")}));
    const auto model = registry.model(QStringLiteral("test.good.alpha"));
    QVERIFY(model);
    ModelInput input;
    input.modality = Modality(modality);
    input.text = QStringLiteral("some text");
    if (imageType >= 0)
        input.image = cv::Mat(10, 12, imageType, cv::Scalar::all(1));
    const QString message = errorOf([&] { runModel(*model, input, params); }, ErrorCode::BadInput);
    QVERIFY2(message.contains(fragment), qPrintable(message));
}

void TestPluginRegistry::runModelFillsResult() {
    PluginRegistry registry;
    registry.load(isolated({caseDir("good")}));
    const auto model = registry.model(QStringLiteral("test.good.alpha"));
    QVERIFY(model);
    ModelInput input;
    input.image = testImage();
    const ModelResult r = runModel(*model, input, {{QStringLiteral("size"), QStringLiteral("5")}});
    QCOMPARE(r.modelId, QStringLiteral("test.good.alpha"));
    QCOMPARE(r.inputSize, cv::Size(64, 48));
    QVERIFY(r.elapsedMs >= 0.0 && r.elapsedMs < 10000.0);
    // The plugin received resolved, typed params with defaults filled in.
    QCOMPARE(r.scalars.value(QStringLiteral("size")), QVariant(5));
    QCOMPARE(r.scalars.value(QStringLiteral("sigma")), QVariant(2.0));
    QCOMPARE(r.scalars.value(QStringLiteral("mode")), QVariant(QStringLiteral("fast")));
    QCOMPARE(r.scalars.value(QStringLiteral("inputWidth")).toInt(), 64);
    QVERIFY(r.finalMap());
    // A video frame is an image for an image model.
    input.modality = Modality::Video;
    QCOMPARE(runModel(*model, input, {}).maps.size(), size_t(1));
}

void TestPluginRegistry::duplicatePluginAndModelIds() {
    PluginRegistry registry;
    // good twice: the same folder is searched once, the same file never counts as its own duplicate.
    registry.load(isolated({caseDir("good"), caseDir("dup"), caseDir("good")}));
    QCOMPARE(registry.report().size(), size_t(3));
    const QString goodPath = pluginFile("good", "tp_good");

    const PluginRecord* dupPlugin = recordFor(registry, pluginFile("dup", "tp_dupplugin"));
    QVERIFY2(dupPlugin, qPrintable(describe(registry)));
    QVERIFY(!dupPlugin->loaded);
    QCOMPARE(dupPlugin->error,
             pluginFile("dup", "tp_dupplugin") +
                 QStringLiteral(": plugin id 'test.good' is already provided by '%1'; this copy "
                                "is skipped")
                     .arg(goodPath));
    QVERIFY(!registry.model(QStringLiteral("test.dupplugin.one")));

    const PluginRecord* dupModel = recordFor(registry, pluginFile("dup", "tp_dupmodel"));
    QVERIFY(dupModel);
    QVERIFY2(dupModel->loaded, qPrintable(dupModel->error));
    QCOMPARE(dupModel->note,
             QStringLiteral("Model 'test.good.alpha' is already provided by plugin 'test.good'; skipped."));
    QCOMPARE(dupModel->modelIds, QStringList{QStringLiteral("test.dupmodel.gamma")});
    QCOMPARE(registry.pluginIdOf(QStringLiteral("test.good.alpha")), QStringLiteral("test.good"));
    QCOMPARE(registry.pluginIdOf(QStringLiteral("test.dupmodel.gamma")), QStringLiteral("test.dupmodel"));
    QCOMPARE(registry.models().size(), size_t(3));
}

void TestPluginRegistry::currentDirectoryIsNeverSearched() {
    QTemporaryDir cwd;
    QVERIFY(cwd.isValid());
    QVERIFY(QDir(cwd.path()).mkdir(QStringLiteral("plugins")));
    QVERIFY(QFile::copy(pluginFile("good", "tp_good"), cwd.filePath(QStringLiteral("libtp_good.so"))));
    QVERIFY(
        QFile::copy(pluginFile("good", "tp_good"), cwd.filePath(QStringLiteral("plugins/libtp_good.so"))));
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(cwd.path()));
    const QByteArray previousEnv = qgetenv("ATTENTIONLENS_PLUGIN_PATH");
    qputenv("ATTENTIONLENS_PLUGIN_PATH", ".:plugins");

    PluginRegistry registry;
    registry.load(isolated({QStringLiteral("."), QStringLiteral("plugins"), QString()}));
    PluginRegistry::Options defaults;
    defaults.useStaticPlugins = false;
    const QStringList dirs = PluginRegistry::searchDirs(defaults);

    QDir::setCurrent(previous);
    qputenv("ATTENTIONLENS_PLUGIN_PATH", previousEnv);

    const QString canonicalCwd = QFileInfo(cwd.path()).canonicalFilePath();
    for (const PluginRecord& rec : registry.report())
        QVERIFY2(!rec.path.startsWith(cwd.path()) && !rec.path.startsWith(canonicalCwd),
                 qPrintable(rec.path));
    QVERIFY(!registry.model(QStringLiteral("test.good.alpha")));
    // Relative folders mean the application's folder.
    const QString appDir = QCoreApplication::applicationDirPath();
    QCOMPARE(PluginRegistry::searchDirs(isolated({QStringLiteral("."), QStringLiteral("sub")})),
             QStringList({appDir, appDir + QStringLiteral("/sub")}));
    for (const QString& d : dirs)
        QVERIFY2(!d.startsWith(cwd.path()) && !d.startsWith(canonicalCwd), qPrintable(d));
    QVERIFY(dirs.contains(appDir));
}

void TestPluginRegistry::searchDirsOrder() {
    const QByteArray previousEnv = qgetenv("ATTENTIONLENS_PLUGIN_PATH");
    qputenv("ATTENTIONLENS_PLUGIN_PATH", "/opt/al/a::/opt/al/b/");
    PluginRegistry::Options o;
    o.extraDirs = {QStringLiteral("/srv/one"), QStringLiteral("/srv/two"), QStringLiteral("/srv/one/")};
    const QStringList dirs = PluginRegistry::searchDirs(o);
    o.useDefaultDirs = false;
    const QStringList onlyExtra = PluginRegistry::searchDirs(o);
    qputenv("ATTENTIONLENS_PLUGIN_PATH", previousEnv);

    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList expectedStart{
        QStringLiteral("/srv/one"),
        QStringLiteral("/srv/two"),
        QStringLiteral("/opt/al/a"),
        QStringLiteral("/opt/al/b"),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/plugins"),
        QDir::cleanPath(appDir + QStringLiteral("/../plugins")),
        QDir::cleanPath(appDir + QStringLiteral("/../lib/attentionlens/plugins")),
    };
    QCOMPARE(dirs.mid(0, expectedStart.size()), expectedStart);
    QCOMPARE(dirs.size(), expectedStart.size() + 1);
    QVERIFY2(dirs.last().endsWith(QLatin1String("/attentionlens/plugins")), qPrintable(dirs.last()));
    QCOMPARE(onlyExtra, expectedStart.mid(0, 2));
}

void TestPluginRegistry::staticPlugins() {
    PluginRegistry registry;
    PluginRegistry::Options o = isolated({caseDir("good")});
    o.useStaticPlugins = true;
    registry.load(o);
    // Step 1 of the search order: static plugins are reported before any folder, each once.
    QVERIFY(QPluginLoader::staticPlugins().size() >= 2); // see Q_IMPORT_PLUGIN above
    QVERIFY2(registry.report().size() == 2, qPrintable(describe(registry)));
    QCOMPARE(registry.report().back().path, pluginFile("good", "tp_good"));
    const PluginRecord* rec = &registry.report().front();
    QCOMPARE(rec->path, QStringLiteral("static:TestStaticPlugin"));
    QVERIFY(rec->isStatic);
    QVERIFY2(rec->loaded, qPrintable(rec->error));
    QCOMPARE(rec->id, QStringLiteral("test.static"));
    QCOMPARE(registry.pluginIdOf(QStringLiteral("test.static.one")), QStringLiteral("test.static"));

    PluginRegistry without;
    without.load(isolated({}));
    QVERIFY(without.report().empty());
    QVERIFY(!without.model(QStringLiteral("test.static.one")));
}

void TestPluginRegistry::reloadReplacesEverything() {
    PluginRegistry registry;
    registry.load(isolated({caseDir("good")}));
    QCOMPARE(registry.models().size(), size_t(2));
    registry.load(isolated({caseDir("badrun")}));
    QCOMPARE(registry.report().size(), size_t(1));
    QVERIFY(!registry.model(QStringLiteral("test.good.alpha")));
    QVERIFY(registry.model(QStringLiteral("test.badrun.ok")));
}

QTEST_GUILESS_MAIN(TestPluginRegistry)
#include "tst_pluginregistry.moc"

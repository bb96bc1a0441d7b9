// SPDX-License-Identifier: MIT
#include "attentionlens/Settings.h"

#include <QtTest>

using namespace al;

Q_DECLARE_METATYPE(al::RenderOptions)

namespace {

bool sameOptions(const RenderOptions& a, const RenderOptions& b) {
    const auto close = [](double x, double y) { return qAbs(x - y) < 1e-12; };
    return a.normalization == b.normalization && close(a.percentileLow, b.percentileLow) &&
           close(a.percentileHigh, b.percentileHigh) && close(a.fixedMin, b.fixedMin) &&
           close(a.fixedMax, b.fixedMax) && a.colormap == b.colormap && close(a.alpha, b.alpha) &&
           a.upsampling == b.upsampling && a.threshold == b.threshold &&
           close(a.thresholdValue, b.thresholdValue) && a.contour == b.contour;
}

QString fileText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripThroughIniFile();
    void recentFilesAreDeduplicatedAndCapped();
    void recentFilesNormalisePaths();
    void renderOptionsRoundTrip_data();
    void renderOptionsRoundTrip();
    void corruptRenderOptionsFallBackToDefaults_data();
    void corruptRenderOptionsFallBackToDefaults();
    void languageDefaultsAndValidation();
    void viewModeRoundTrip_data();
    void viewModeRoundTrip();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
};

void TestSettings::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = m_dir->filePath(QStringLiteral("settings.ini"));
}

void TestSettings::cleanup() {
    m_dir.reset();
}

void TestSettings::roundTripThroughIniFile() {
    const QByteArray geometry("\x01\x02\x00\xffgeometry", 12);
    const QByteArray state("state\x00\x7f", 7);
    {
        Settings s(m_ini);
        s.setLastModel(QStringLiteral("saliency.spectral-residual"));
        s.setPluginDirs({QStringLiteral("/opt/plugins"), QStringLiteral("/home/me/plugins")});
        s.setWindowGeometry(geometry);
        s.setWindowState(state);
        s.setLanguage(QStringLiteral("zh_CN"));
        s.addRecentFile(QStringLiteral("/data/cat.png"));
        s.sync();
    }
    // On disk, not only in QSettings' in-process cache.
    const QString text = fileText(m_ini);
    QVERIFY2(text.contains(QLatin1String("saliency.spectral-residual")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("/data/cat.png")));

    Settings s(m_ini);
    QCOMPARE(s.lastModel(), QStringLiteral("saliency.spectral-residual"));
    QCOMPARE(s.pluginDirs(),
             QStringList({QStringLiteral("/opt/plugins"), QStringLiteral("/home/me/plugins")}));
    QCOMPARE(s.windowGeometry(), geometry);
    QCOMPARE(s.windowState(), state);
    QCOMPARE(s.language(), QStringLiteral("zh_CN"));
    QCOMPARE(s.recentFiles(), QStringList{QStringLiteral("/data/cat.png")});
}

void TestSettings::recentFilesAreDeduplicatedAndCapped() {
    Settings s(m_ini);
    QVERIFY(s.recentFiles().isEmpty());
    for (int i = 0; i < Settings::kMaxRecentFiles + 3; ++i)
        s.addRecentFile(QStringLiteral("/img/%1.png").arg(i));
    QStringList files = s.recentFiles();
    QCOMPARE(files.size(), Settings::kMaxRecentFiles);
    QCOMPARE(files.first(), QStringLiteral("/img/12.png"));
    QCOMPARE(files.last(), QStringLiteral("/img/3.png"));

    s.addRecentFile(QStringLiteral("/img/7.png")); // already there: moves to the front, no duplicate
    files = s.recentFiles();
    QCOMPARE(files.size(), Settings::kMaxRecentFiles);
    QCOMPARE(files.first(), QStringLiteral("/img/7.png"));
    QCOMPARE(files.count(QStringLiteral("/img/7.png")), 1);
    QCOMPARE(files.at(1), QStringLiteral("/img/12.png"));

    s.addRecentFile(QString());
    QCOMPARE(s.recentFiles(), files);
    s.sync();
    QCOMPARE(Settings(m_ini).recentFiles(), files);
    s.clearRecentFiles();
    QVERIFY(s.recentFiles().isEmpty());
}

void TestSettings::recentFilesNormalisePaths() {
    Settings s(m_ini);
    s.addRecentFile(QStringLiteral("/img/a.png"));
    s.addRecentFile(QStringLiteral("/img/sub/../a.png"));
    s.addRecentFile(QStringLiteral("/img//b.png"));
    QCOMPARE(s.recentFiles(), QStringList({QStringLiteral("/img/b.png"), QStringLiteral("/img/a.png")}));
}

void TestSettings::renderOptionsRoundTrip_data() {
    QTest::addColumn<RenderOptions>("options");
    QTest::newRow("defaults") << RenderOptions{};
    RenderOptions percentile;
    percentile.normalization = Normalization::Percentile;
    percentile.percentileLow = 2.5;
    percentile.percentileHigh = 97.5;
    percentile.colormap = Colormap::Viridis;
    percentile.alpha = 0.3;
    percentile.upsampling = Upsampling::Nearest;
    percentile.threshold = true;
    percentile.thresholdValue = 0.7;
    QTest::newRow("percentile") << percentile;
    RenderOptions fixed;
    fixed.normalization = Normalization::Fixed;
    fixed.fixedMin = -2.0;
    fixed.fixedMax = 3.25;
    fixed.colormap = Colormap::Gray;
    fixed.alpha = 1.0;
    fixed.contour = true;
    fixed.thresholdValue = 0.0;
    QTest::newRow("fixed") << fixed;
    RenderOptions magma;
    magma.colormap = Colormap::Magma;
    magma.alpha = 0.0;
    QTest::newRow("magma transparent") << magma;
}

void TestSettings::renderOptionsRoundTrip() {
    QFETCH(RenderOptions, options);
    {
        Settings s(m_ini);
        // Start from something different so that a no-op setter fails the test.
        RenderOptions other;
        other.colormap = Colormap::Jet;
        other.alpha = 0.9;
        s.setRenderOptions(other);
        s.setRenderOptions(options);
        s.sync();
    }
    QVERIFY(fileText(m_ini).contains(QLatin1String("[render]")));
    const RenderOptions back = Settings(m_ini).renderOptions();
    QVERIFY(sameOptions(back, options));
}

void TestSettings::corruptRenderOptionsFallBackToDefaults_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("unknown colormap") << "render/colormap" << QVariant("rainbow");
    QTest::newRow("alpha above 1") << "render/alpha" << QVariant(5.0);
    QTest::newRow("alpha not a number") << "render/alpha" << QVariant("lots");
    QTest::newRow("percentile order") << "render/percentileLow" << QVariant(99.5);
    QTest::newRow("fixed order") << "render/fixedMin" << QVariant(4.0);
    QTest::newRow("threshold range") << "render/thresholdValue" << QVariant(-0.5);
    QTest::newRow("unknown normalization") << "render/normalization" << QVariant("zscore");
}

void TestSettings::corruptRenderOptionsFallBackToDefaults() {
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    {
        QSettings raw(m_ini, QSettings::IniFormat);
        raw.setValue(key, value);
    }
    QVERIFY(sameOptions(Settings(m_ini).renderOptions(), RenderOptions{}));
}

void TestSettings::languageDefaultsAndValidation() {
    Settings s(m_ini);
    const QString systemDefault =
        QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    QCOMPARE(s.language(), systemDefault);
    s.setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(s.language(), QStringLiteral("zh_CN"));
    s.setLanguage(QStringLiteral("fr")); // unsupported: ignored
    QCOMPARE(s.language(), QStringLiteral("zh_CN"));
    s.setLanguage(QStringLiteral("en"));
    QCOMPARE(s.language(), QStringLiteral("en"));
}

void TestSettings::viewModeRoundTrip_data() {
    QTest::addColumn<int>("mode");
    QTest::newRow("original") << int(ViewMode::Original);
    QTest::newRow("overlay") << int(ViewMode::Overlay);
    QTest::newRow("side by side") << int(ViewMode::SideBySide);
    QTest::newRow("map only") << int(ViewMode::MapOnly);
}

void TestSettings::viewModeRoundTrip() {
    QFETCH(int, mode);
    {
        Settings s(m_ini);
        QCOMPARE(s.viewMode(), ViewMode::Overlay); // default
        s.setViewMode(mode == int(ViewMode::Original) ? ViewMode::MapOnly : ViewMode::Original);
        s.setViewMode(ViewMode(mode));
        s.sync();
    }
    QCOMPARE(int(Settings(m_ini).viewMode()), mode);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"

// SPDX-License-Identifier: MIT
// The Fingerprint workspace's Attention tab with the real onnx plugin and the bundled fingerprint-class-attn:
// generating a print shows the class probabilities, the verdict on the attention peak and the overlay,
// which the toggle removes; without the package the tab says so.
#include "ErrorReporter.h"
#include "ImageView.h"
#include "fingerprint/FingerprintAttentionTab.h"
#include "fingerprint/FingerprintPage.h"

#include "attentionlens/PluginRegistry.h"
#include "attentionlens/Settings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace al;

class TestFpAttentionTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        PluginRegistry::Options options;
        options.extraDirs = {QStringLiteral(AL_BUILD_PLUGIN_DIR)};
        options.useDefaultDirs = false;
        options.context.modelDirs = {QStringLiteral(AL_MODELS_DIR)};
        m_registry = std::make_unique<PluginRegistry>();
        m_registry->load(options);
        QVERIFY2(m_registry->model(QLatin1String(fp::kFingerprintClassifierId)),
                 "onnx plugin or package missing");
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_errors = std::make_unique<ErrorReporter>(nullptr);
        m_errors->setShowDialogs(false);
    }

    void generatedPrintShowsProbabilitiesAndOverlay() {
        std::unique_ptr<FingerprintPage> page(
            qobject_cast<FingerprintPage*>(createFingerprintPage({*m_registry, *m_settings, *m_errors})));
        QVERIFY(page);
        page->resize(1000, 700);
        page->show();
        QSignalSpy finished(page.get(), &FingerprintPage::analysisFinished);
        page->generate(fp::FingerprintClass::Whorl, 12);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(page->classification());
        double sum = 0.0;
        for (double p : page->classification()->probabilities)
            sum += p;
        QVERIFY(std::abs(sum - 1.0) < 1e-4);

        FingerprintAttentionTab* tab = page->attentionTab();
        const fp::FingerprintClass best = page->classification()->fingerprintClass;
        QVERIFY2(tab->barText(best).endsWith(QStringLiteral("%")), qPrintable(tab->barText(best)));
        // A generated whorl has true singular points: the verdict gives the distance to them.
        QVERIFY2(tab->verdictText().contains(QStringLiteral("true singular point")),
                 qPrintable(tab->verdictText()));

        QVERIFY(tab->overlayShown());
        const QImage withMap = tab->view()->image();
        QVERIFY(!withMap.isNull());
        tab->setOverlayShown(false);
        const QImage without = tab->view()->image();
        QCOMPARE(without.size(), withMap.size());
        QVERIFY(without != withMap);
        // Without the overlay the print stays gray wherever no marker is drawn (the top-left corner).
        const QColor corner = without.pixelColor(2, 2);
        QCOMPARE(corner.red(), corner.blue());
    }

    void withoutThePackageTheTabSaysSo() {
        PluginRegistry empty;
        std::unique_ptr<FingerprintPage> page(
            qobject_cast<FingerprintPage*>(createFingerprintPage({empty, *m_settings, *m_errors})));
        QVERIFY(page);
        QSignalSpy finished(page.get(), &FingerprintPage::analysisFinished);
        page->generate(fp::FingerprintClass::LeftLoop, 3);
        QVERIFY(finished.wait(60000));
        QVERIFY(!page->classification());
        QVERIFY(page->attentionTab()->barText(fp::FingerprintClass::LeftLoop).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PluginRegistry> m_registry;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ErrorReporter> m_errors;
};

QTEST_MAIN(TestFpAttentionTab)
#include "tst_fpattentiontab.moc"

// SPDX-License-Identifier: MIT
// The Metrics dock in the real main window: check a digit model's map, cancel, and the map it adds.
#include "ErrorReporter.h"
#include "ImageSession.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PackageLookup.h"
#include "explain/FaithfulnessPanel.h"

#include <QChart>
#include <QComboBox>
#include <QDockWidget>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace al;

namespace {
const QString kCbam = QStringLiteral("digits-cbam");
const QString kSpectral = QStringLiteral("saliency.spectral-residual");
} // namespace

class TestFaithfulnessPanel : public test::MainWindowFixture {
    Q_OBJECT

private slots:
    void initTestCase() { loadPlugins({kCbam, kSpectral}); }
    void init() { openWindow(QSize(1280, 860)); }
    void cleanup() { closeWindow(); }

    void disabledWithoutAClassifier() {
        FaithfulnessPanel* panel = m_window->faithfulnessPanel();
        auto* check = panel->findChild<QPushButton*>("faithfulnessCheck");
        QVERIFY(check);
        QVERIFY(!check->isEnabled());
        QVERIFY(!panel->check());
        openAndRun(kSpectral);
        QVERIFY(!check->isEnabled()); // a saliency model has no predictions to explain
    }

    void occlusionCheckFillsTheChartAndAddsTheMap() {
        openAndRun(kCbam);
        if (QTest::currentTestFailed())
            return;
        FaithfulnessPanel* panel = m_window->faithfulnessPanel();
        panel->findChild<QSpinBox*>("faithfulnessPatch")->setValue(16);
        QSignalSpy finished(panel, &FaithfulnessPanel::finished);
        panel->findChild<QPushButton*>("faithfulnessCheck")->click();
        QVERIFY(panel->isRunning() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QVERIFY(panel->report().has_value());
        const FaithfulnessReport& r = *panel->report();
        QCOMPARE(r.modelId, kCbam);
        QCOMPARE(r.target, m_window->session()->result()->predictions.front().index);
        QVERIFY(!r.modelMapName.isEmpty());
        // Every curve has its points in the chart.
        int filled = 0;
        for (QAbstractSeries* s : panel->chart()->series())
            filled += static_cast<QLineSeries*>(s)->count() == 25 ? 1 : 0;
        QCOMPARE(filled, 4);
        // The occlusion map is now one of the run's maps and can be overlaid.
        QVERIFY(m_window->session()->result()->map(QStringLiteral("occlusion")));
        m_window->session()->setCurrentMap(QStringLiteral("occlusion"));
        QCOMPARE(m_window->session()->currentMap()->name, QStringLiteral("occlusion"));
        QCOMPARE(m_window->errorReporter()->count(), 0);
    }

    void cancelStopsARiseCheck() {
        openAndRun(kCbam);
        if (QTest::currentTestFailed())
            return;
        FaithfulnessPanel* panel = m_window->faithfulnessPanel();
        auto* method = panel->findChild<QComboBox*>("faithfulnessMethod");
        method->setCurrentIndex(method->findData(QStringLiteral("rise")));
        panel->findChild<QSpinBox*>("faithfulnessMasks")->setValue(20000);
        QSignalSpy finished(panel, &FaithfulnessPanel::finished);
        QVERIFY(panel->check());
        panel->findChild<QPushButton*>("faithfulnessCancel")->click();
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QVERIFY(!panel->report().has_value());
        QCOMPARE(m_window->errorReporter()->count(), 0); // a cancel is not an error
        QVERIFY(!m_window->session()->result()->map(QStringLiteral("rise")));
    }

    void theDockIsTabbedWithThePredictions() {
        auto* dock = m_window->findChild<QDockWidget*>("metricsDock");
        QVERIFY(dock);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Metrics"));
        QVERIFY(m_window->tabifiedDockWidgets(m_window->predictionsDock()).contains(dock));
    }

private:
    void openAndRun(const QString& modelId) {
        const auto package = findPackageForModel(kCbam);
        QVERIFY(package);
        const QString sample = packageSamples(*package).value(0);
        QVERIFY(!sample.isEmpty());
        QVERIFY(m_window->openFile(sample));
        QVERIFY(chooseModel(modelId));
        runAndWait();
    }
};

QTEST_MAIN(TestFaithfulnessPanel)
#include "tst_faithfulnesspanel.moc"

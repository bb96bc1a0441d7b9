// SPDX-License-Identifier: MIT
// The guided tour: walked forward and back against a recording host (what the kiosk will implement), and
// started from the Help menu of the real main window, where it loads the bundled digit and runs the models.
#include "../gui/MainWindowFixture.h"
#include "ImageSession.h"
#include "RunController.h"
#include "explain/GuidedTour.h"
#include "explain/SelfAttentionView.h"
#include "explain/StepsView.h"

#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>
#include <map>

using namespace al;

namespace {

/// A window with one plain widget per target id; records every call.
class RecordingHost final : public TourHost {
public:
    explicit RecordingHost(bool interventions) {
        auto* layout = new QVBoxLayout(&window);
        QStringList ids{"image", "maps", "predictions", "steps", "selfattention", "change", "nonlocalmeans"};
        if (interventions)
            ids << "interventions";
        for (const QString& id : ids) {
            auto* w = new QLabel(id);
            w->setMinimumHeight(40);
            layout->addWidget(w);
            targets[id] = w;
        }
        window.resize(900, 700);
    }
    QWidget* tourTarget(const QString& target) override {
        const auto it = targets.find(target);
        return it == targets.end() ? nullptr : it->second;
    }
    bool loadSample(const QString& modelId) override {
        calls << "sample:" + modelId;
        return true;
    }
    bool selectModel(const QString& modelId) override {
        calls << "model:" + modelId;
        return true;
    }
    void switchTab(const QString& tab) override { calls << "tab:" + tab; }
    QWidget* tourWindow() override { return &window; }

    QWidget window;
    std::map<QString, QWidget*> targets;
    QStringList calls;
};

} // namespace

class TestGuidedTour : public test::MainWindowFixture {
    Q_OBJECT
private slots:
    void initTestCase() { loadPlugins({QStringLiteral("digits-cbam"), QStringLiteral("digits-vit")}); }

    void walksAllStepsForwardAndBack() {
        RecordingHost host(false);
        host.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host.window));
        GuidedTour tour(host);
        QSignalSpy finished(&tour, &GuidedTour::finished);
        tour.start();
        QVERIFY(tour.isActive());
        QCOMPARE(host.calls.value(0), QStringLiteral("sample:digits-cbam"));
        QVERIFY(!tour.backButton()->isEnabled());
        QStringList titles;
        for (int i = 0; i < tour.stepCount(); ++i) {
            QCOMPARE(tour.currentStep(), i);
            QVERIFY(tour.panel()->isVisible());
            QVERIFY(!tour.title().isEmpty() && !tour.text().isEmpty());
            titles << tour.title();
            QWidget* target = tour.currentTarget();
            QCOMPARE(target != nullptr, !tour.currentTargetId().isEmpty());
            if (target) {
                QTRY_VERIFY(tour.highlight()->isVisible());
                const QRect r(target->mapTo(&host.window, QPoint(0, 0)), target->size());
                QVERIFY(tour.highlight()->geometry().contains(r.center()));
            }
            if (i + 1 < tour.stepCount())
                QTest::mouseClick(tour.nextButton(), Qt::LeftButton);
        }
        QCOMPARE(titles.removeDuplicates(), 0);
        QCOMPARE(tour.nextButton()->text(), QStringLiteral("Finish"));
        // without interventions the change to try is the temperature
        QVERIFY(host.calls.contains("model:digits-vit"));
        QVERIFY(host.calls.contains("tab:nonlocalmeans"));
        QVERIFY(!host.calls.contains("model:digits-cbam"));
        for (int i = tour.stepCount() - 1; i > 0; --i) {
            QTest::mouseClick(tour.backButton(), Qt::LeftButton);
            QCOMPARE(tour.currentStep(), i - 1);
        }
        QVERIFY(!tour.backButton()->isEnabled());
        QCOMPARE(host.calls.count("sample:digits-cbam"), 2); // step 1 entered twice
        QTest::mouseClick(tour.closeButton(), Qt::LeftButton);
        QVERIFY(!tour.isActive());
        QVERIFY(!tour.panel()->isVisible());
        QCOMPARE(finished.count(), 1);
    }

    void pointsAtInterventionsWhenTheHostHasThem() {
        RecordingHost host(true);
        host.window.show();
        GuidedTour tour(host);
        tour.start();
        while (tour.currentTargetId() != QLatin1String("interventions") &&
               tour.currentStep() + 1 < tour.stepCount())
            tour.next();
        QCOMPARE(tour.currentTargetId(), QStringLiteral("interventions"));
        QCOMPARE(tour.currentTarget(), host.targets["interventions"]);
        QCOMPARE(host.calls.last(), QStringLiteral("tab:steps"));
        QCOMPARE(host.calls.value(host.calls.size() - 2), QStringLiteral("model:digits-cbam"));
        QVERIFY(tour.text().contains(QStringLiteral("uniform")));
    }

    void runsInTheMainWindowFromTheHelpMenu() {
        openWindow(QSize(1400, 900));
        QVERIFY(m_window->tourAction());
        auto* help = m_window->findChild<QMenu*>(QStringLiteral("menuHelp"));
        QVERIFY(help && help->actions().contains(m_window->tourAction()));
        m_window->tourAction()->trigger();
        GuidedTour* tour = m_window->guidedTour();
        QVERIFY(tour->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), 60000);
        QVERIFY(m_window->session()->result());
        QCOMPARE(m_window->session()->result()->modelId, QStringLiteral("digits-cbam"));
        QVERIFY(m_window->session()->path().contains(QStringLiteral("digits-cbam/samples")));
        while (tour->currentTargetId() != QLatin1String("selfattention"))
            tour->next();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning() &&
                                     m_window->session()->result()->modelId == QLatin1String("digits-vit"),
                                 60000);
        QCOMPARE(m_window->centreTabs()->currentWidget(), m_window->stepsView());
        QCOMPARE(m_window->stepsView()->mechanism(), StepsView::Mechanism::SelfAttention);
        QTRY_VERIFY(tour->highlight()->isVisible());
        tour->next();
        if (m_window->stepsView()->interventionsView()) {
            // with interventions, the change to try is on the CBAM model: it runs again
            QCOMPARE(tour->currentTargetId(), QStringLiteral("interventions"));
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning() &&
                                         m_window->session()->result()->modelId ==
                                             QLatin1String("digits-cbam"),
                                     60000);
            QTRY_COMPARE(tour->currentTarget(), m_window->stepsView()->interventionsView());
        } else {
            QCOMPARE(tour->currentTargetId(), QStringLiteral("change"));
            QCOMPARE(tour->currentTarget(),
                     static_cast<QWidget*>(m_window->stepsView()->selfAttentionView()->temperatureSlider()));
        }
        QTRY_VERIFY(tour->highlight()->isVisible());
        tour->next();
        QCOMPARE(m_window->stepsView()->currentPage(), StepsView::Page::NonLocalMeans);
        tour->close();
        QVERIFY(!tour->isActive());
        closeWindow();
    }

    void screenshot() {
        const QByteArray dir = qgetenv("AL_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set AL_SCREENSHOT_DIR to save a screenshot of the tour");
        openWindow(QSize(1400, 900));
        GuidedTour* tour = m_window->guidedTour();
        tour->start();
        while (tour->currentTargetId() != QLatin1String("selfattention"))
            tour->next();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning() &&
                                     m_window->session()->result()->modelId == QLatin1String("digits-vit"),
                                 60000);
        QTRY_VERIFY(tour->highlight()->isVisible());
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(QString::fromLocal8Bit(dir) + "/guided-tour.png"));
        tour->close();
        closeWindow();
    }
};

QTEST_MAIN(TestGuidedTour)
#include "tst_guidedtour.moc"

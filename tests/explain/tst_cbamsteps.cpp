// SPDX-License-Identifier: MIT
// The CBAM step-through (offscreen): populated from a real digits-cbam run, value read-out under the cursor,
// stage switching, the exported step tensors obey CBAM's algebra, and an intervention changes the prediction
// shown.
#include "ChannelChart.h"
#include "explain/CbamStepsTile.h"
#include "explain/CbamStepsView.h"
#include "explain/InterventionMaskCanvas.h"
#include "explain/InterventionPanel.h"
#include "explain/StepsViewImage.h"

#include "attentionlens/PluginRegistry.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace al;

namespace {

const QString kSample = QStringLiteral(AL_MODELS_DIR "/digits-cbam/samples/digit-03.png");

cv::Mat tensor(const ModelResult& r, const QString& name) {
    for (const Tensor& t : r.intermediates)
        if (t.name == name)
            return t.data;
    return r.map(name) ? r.map(name)->data : cv::Mat();
}

} // namespace

class TestCbamSteps : public QObject {
    Q_OBJECT

    std::unique_ptr<PluginRegistry> m_registry;
    ModelResult m_result;
    cv::Mat m_image;

private slots:
    void initTestCase() {
        PluginRegistry::Options options;
        options.extraDirs = {QStringLiteral(AL_BUILD_PLUGIN_DIR)};
        options.useDefaultDirs = false;
        options.context.modelDirs = {QStringLiteral(AL_MODELS_DIR)};
        m_registry = std::make_unique<PluginRegistry>();
        m_registry->load(options);
        const auto model = m_registry->model(QStringLiteral("digits-cbam"));
        QVERIFY(model);
        m_image = cv::imread(kSample.toStdString(), cv::IMREAD_COLOR);
        QVERIFY(!m_image.empty());
        ModelInput input;
        input.image = m_image;
        m_result = runModel(*model, input, {});
    }

    // refined = features x gate and features = conv2 output x channel weights, channel by channel.
    void stepTensorsFollowCbam_data() {
        QTest::addColumn<int>("stage");
        QTest::newRow("stage 1") << 1;
        QTest::newRow("stage 2") << 2;
    }
    void stepTensorsFollowCbam() {
        QFETCH(int, stage);
        const QString s = QStringLiteral("stage%1_").arg(stage);
        const cv::Mat in = tensor(m_result, s + "spatial_input"), out = tensor(m_result, s + "refined");
        const cv::Mat gate = tensor(m_result, s + "spatial"), weights = tensor(m_result, s + "channel");
        const cv::Mat raw = tensor(m_result, stage == 1 ? "stage1_features" : "final_features");
        QVERIFY(!in.empty() && !out.empty() && !gate.empty() && !weights.empty() && !raw.empty());
        const int c = in.size[1], h = in.size[2], w = in.size[3];
        double worst = 0;
        for (int k = 0; k < c; ++k) {
            const cv::Mat fin(h, w, CV_32F, const_cast<float*>(in.ptr<float>(0, k)));
            const cv::Mat fout(h, w, CV_32F, const_cast<float*>(out.ptr<float>(0, k)));
            const cv::Mat fraw(h, w, CV_32F, const_cast<float*>(raw.ptr<float>(0, k)));
            worst = std::max(worst, cv::norm(fout, fin.mul(gate.reshape(1, h)), cv::NORM_INF));
            worst = std::max(worst, cv::norm(fin, fraw * weights.at<float>(0, k), cv::NORM_INF));
        }
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
    }

    void viewIsPopulatedForCbam() {
        QVERIFY(CbamStepsView::supports(m_result));
        ModelResult other = m_result;
        other.modelId = QStringLiteral("saliency.spectral-residual");
        QVERIFY(!CbamStepsView::supports(other));
        CbamStepsView view(*m_registry);
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setResult(m_result, m_image);
        QCOMPARE(view.stageCount(), 2);
        QCOMPARE(view.stage(), 2);
        // the channel counts are the package's (stage2_spatial_input is [1, C, 8, 8])
        const int channels2 = tensor(m_result, "stage2_spatial_input").size[1];
        const int channels1 = tensor(m_result, "stage1_spatial_input").size[1];
        QVERIFY(channels2 >= 32 && channels1 >= 16);
        QCOMPARE(view.tile("features")->channels(), channels2);
        QCOMPARE(view.tile("sigmoid")->channels(), 1);
        QCOMPARE(view.channelChart()->barCount(), channels2);
        for (const char* step :
             {"features", "channel_avg", "channel_max", "conv_logits", "sigmoid", "refined"})
            QVERIFY2(!view.tile(step)->imageWidget()->image().isNull(), step);
        view.setStage(1);
        QCOMPARE(view.tile("features")->channels(), channels1);
        QCOMPARE(view.channelChart()->barCount(), channels1);
        QCOMPARE(view.interventions()->accuracyBarCount(), 5);
    }

    // Hovering a cell of the gate shows that cell's value.
    void valueReadoutUnderTheCursor() {
        CbamStepsView view(*m_registry);
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setResult(m_result, m_image);
        CbamStepsTile* tile = view.tile("sigmoid");
        const cv::Mat gate = tensor(m_result, "stage2_spatial");
        const int cell = tile->imageWidget()->image().width() / 8;
        const QPointF p((5 + 0.5) * cell, (2 + 0.5) * cell); // cell x = 5, y = 2
        const QString expected = QString::number(double(gate.at<float>(2, 5)), 'g', 4);
        QVERIFY2(tile->readout(p).endsWith(expected), qPrintable(tile->readout(p) + " vs " + expected));
        QTest::mouseMove(tile->imageWidget(), tile->imageWidget()->widgetPointOf(p));
        QTRY_VERIFY2(tile->readoutText().endsWith(expected), qPrintable(tile->readoutText()));
        QVERIFY(tile->readout(QPointF(-1, -1)).isEmpty());
    }

    void interventionChangesTheShownPrediction_data() {
        QTest::addColumn<int>("choice");
        QTest::newRow("inverted") << int(InterventionPanel::Choice::Inverted);
        QTest::newRow("painted mask") << int(InterventionPanel::Choice::Mask);
    }
    void interventionChangesTheShownPrediction() {
        QFETCH(int, choice);
        CbamStepsView view(*m_registry);
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setResult(m_result, m_image);
        InterventionPanel* panel = view.interventions();
        panel->setChoice(InterventionPanel::Choice(choice));
        if (choice == int(InterventionPanel::Choice::Mask)) {
            // Paint the top-left corner (empty canvas in this sample) with a drag, as a finger would.
            InterventionMaskCanvas* canvas = panel->canvas();
            canvas->setBrushRadius(1);
            QTest::mousePress(canvas, Qt::LeftButton, {}, canvas->widgetPointOfCell(0, 0));
            QMouseEvent move(QEvent::MouseMove, canvas->widgetPointOfCell(1, 1),
                             canvas->mapToGlobal(canvas->widgetPointOfCell(1, 1)), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(canvas, &move);
            QTest::mouseRelease(canvas, Qt::LeftButton, {}, canvas->widgetPointOfCell(1, 1));
            const cv::Mat mask = canvas->mask();
            QCOMPARE(mask.at<float>(0, 0), 1.0f);
            QCOMPARE(mask.at<float>(2, 1), 1.0f); // brush disk around (1, 1)
            QCOMPARE(mask.at<float>(7, 7), 0.0f);
        }
        QSignalSpy finished(panel, &InterventionPanel::finished);
        panel->runButton()->click();
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QVERIFY2(!panel->labels().isEmpty(), qPrintable(panel->statusText()));
        // "before" is the model's own prediction as the main run reported it
        QCOMPARE(panel->labels().front(), m_result.predictions.front().label);
        QVERIFY(std::abs(panel->scoresBefore().front() - m_result.predictions.front().score) < 1e-4);
        double change = 0;
        for (int i = 0; i < panel->scoresBefore().size(); ++i)
            change = std::max(change, std::abs(panel->scoresBefore()[i] - panel->scoresAfter()[i]));
        QVERIFY2(change > 0.05, qPrintable(QString::number(change)));
    }
};

QTEST_MAIN(TestCbamSteps)
#include "tst_cbamsteps.moc"

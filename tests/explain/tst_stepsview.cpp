// SPDX-License-Identifier: MIT
// The Steps tab offscreen: the self-attention step-through on a real digits-vit run (click a patch, drag the
// temperature) and non-local means on a generated image (click a pixel, the noisy mode's PSNR curve).
#include "AppSetup.h"
#include "explain/NonLocalMeansView.h"
#include "explain/SelfAttentionView.h"
#include "explain/StepsView.h"
#include "explain/StepsViewImage.h"

#include <attentionlens/PluginRegistry.h>
#include <attentionlens/SelfAttentionSteps.h>

#include <QApplication>
#include <QChartView>
#include <QMouseEvent>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <memory>

using namespace al;

namespace {

/// Stripes and a square in colour: repeated patches for non-local means.
cv::Mat stripes() {
    cv::Mat img(96, 128, CV_8UC3);
    for (int y = 0; y < img.rows; ++y)
        for (int x = 0; x < img.cols; ++x)
            img.at<cv::Vec3b>(y, x) = ((x / 8) % 2) ? cv::Vec3b(40, 180, 220) : cv::Vec3b(200, 60, 30);
    cv::rectangle(img, cv::Rect(40, 30, 30, 30), cv::Scalar(128, 128, 128), cv::FILLED);
    return img;
}

/// A mouse move over `image` at an image point, delivered to the widget itself (the window-level route of
/// QTest::mouseMove depends on the scroll position of the heads).
void hover(StepsViewImage* image, const QPointF& imagePoint) {
    const QPointF local = image->widgetPointOf(imagePoint);
    QMouseEvent move(QEvent::MouseMove, local, image->mapToGlobal(local), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(image, &move);
}

} // namespace

class TestStepsView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        setupApplication(*qApp);
        PluginRegistry::Options options;
        options.extraDirs = {QStringLiteral(AL_BUILD_PLUGIN_DIR)};
        options.useDefaultDirs = false;
        m_registry.load(options);
        const auto vit = m_registry.model(QStringLiteral("digits-vit"));
        QString report;
        for (const PluginRecord& r : m_registry.report())
            report += QStringLiteral("\n%1: %2 %3 [%4]").arg(r.path, r.error, r.note, r.modelIds.join(' '));
        QVERIFY2(vit, qPrintable("the onnx plugin with digits-vit is needed:" + report));
        m_image = cv::imread(AL_MODELS_DIR "/digits-vit/samples/digit-00.png", cv::IMREAD_COLOR);
        QVERIFY(!m_image.empty());
        ModelInput input;
        input.image = m_image;
        m_vit = runModel(*vit, input, {});
        QVERIFY(hasSelfAttentionIntermediates(m_vit));
    }

    void init() {
        m_view = std::make_unique<StepsView>(m_registry);
        m_view->resize(1100, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void stepsArePopulatedForVit() {
        QCOMPARE(m_view->mechanism(), StepsView::Mechanism::None);
        m_view->setResult(&m_vit, m_image);
        QCOMPARE(m_view->mechanism(), StepsView::Mechanism::SelfAttention);
        SelfAttentionView* sa = m_view->selfAttentionView();
        QVERIFY(sa->isVisible());
        QCOMPARE(sa->headCount(), 4);
        QCOMPARE(sa->layerIndex(), 3); // the last layer first: the one the classifier reads
        QCOMPARE(sa->query(), 0);      // CLS
        QVERIFY(!sa->weightsImage(3)->image().isNull());
        for (const QueryAttentionStep& s : sa->steps())
            QVERIFY(std::abs(cv::sum(s.weights)[0] - 1.0) < 1e-5);
        // the view's softmax at T = 1 is the model's own attention (CLS row of the exported map)
        const AttentionMap* map = m_vit.map(QStringLiteral("layer3_attention/head0/cls"));
        QVERIFY(map);
        const cv::Mat patches = sa->steps()[0].weights.colRange(1, 65).clone().reshape(1, 8);
        QVERIFY(cv::norm(patches, map->data, cv::NORM_INF) <= 1e-4);
        m_view->setResult(nullptr, m_image);
        QCOMPARE(m_view->mechanism(), StepsView::Mechanism::None);
        QVERIFY(!sa->hasLayers());
    }

    void cbamResultShowsTheCbamSteps() {
        const auto cbam = m_registry.model(QStringLiteral("digits-cbam"));
        QVERIFY(cbam);
        ModelInput input;
        input.image = m_image;
        const ModelResult r = runModel(*cbam, input, {});
        m_view->setResult(&m_vit, m_image);
        m_view->setResult(&r, m_image);
        QVERIFY(!m_view->selfAttentionView()->hasLayers());
        if (!m_view->cbamView()) {
            QCOMPARE(m_view->mechanism(), StepsView::Mechanism::None);
            return;
        }
        QCOMPARE(m_view->mechanism(), StepsView::Mechanism::Cbam);
        QVERIFY(m_view->cbamView()->isVisible());
        QVERIFY(m_view->interventionsView());
        QCOMPARE(m_view->changeTarget(), m_view->interventionsView());
    }

    void clickingAPatchMakesItTheQuery() {
        m_view->setResult(&m_vit, m_image);
        SelfAttentionView* sa = m_view->selfAttentionView();
        const cv::Mat before = sa->steps()[0].weights.clone();
        // token 1 + 3 * 8 + 4: the patch in row 3, column 4
        QTest::mouseClick(sa->inputImage(), Qt::LeftButton, {}, sa->inputPointOfToken(29));
        QCOMPARE(sa->query(), 29);
        QVERIFY(cv::norm(before, sa->steps()[0].weights, cv::NORM_INF) > 1e-4);
        // clicking a cell of a weights map selects that key as the next query (CLS sits in column 0)
        QTest::mouseClick(sa->weightsImage(1), Qt::LeftButton, {},
                          sa->weightsImage(1)->widgetPointOf({6, 6}));
        QCOMPARE(sa->query(), 0);
        hover(sa->weightsImage(2), {12 * 3 + 6, 6});
        QVERIFY2(sa->readout().contains(QStringLiteral("head 3")) &&
                     sa->readout().contains(QStringLiteral("0,2")),
                 qPrintable(sa->readout()));
    }

    // The layout the Text workspace uses: a token sequence with labels, no image, the view on its own.
    void tokenSequenceWithoutImage() {
        SelfAttentionLayer layer;
        layer.name = QStringLiteral("text");
        const cv::Mat q = (cv::Mat_<float>(4, 2) << 1, 0, 0, 1, 1, 1, -1, 0);
        layer.heads.push_back({q, q.clone(), q.clone()});
        layer.tokenLabels = QStringList{"[CLS]", "the", "cat", "sat"};
        SelfAttentionView sa;
        sa.resize(800, 400);
        sa.setLayers({layer}, 0, 0, 0, QImage());
        sa.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sa));
        QVERIFY(!sa.inputImage()->isVisible());
        QCOMPARE(sa.headCount(), 1);
        QCOMPARE(sa.weightsImage(0)->image().size(), QSize(4 * 12, 12)); // one row of 12-pixel cells
        QTest::mouseClick(sa.weightsImage(0), Qt::LeftButton, {},
                          sa.weightsImage(0)->widgetPointOf({2 * 12 + 6, 6}));
        QCOMPARE(sa.query(), 2);
        hover(sa.scoresImage(0), {3 * 12 + 6, 6});
        QVERIFY2(sa.readout().contains(QStringLiteral("cat")) && sa.readout().contains(QStringLiteral("sat")),
                 qPrintable(sa.readout()));
        // q(cat) = (1, 1): q·k(sat) = -1
        QVERIFY(std::abs(sa.steps()[0].scores.at<float>(0, 3) + 1.f) < 1e-6f);
    }

    void temperatureChangesEntropy() {
        m_view->setResult(&m_vit, m_image);
        SelfAttentionView* sa = m_view->selfAttentionView();
        const double atOne = sa->steps()[2].entropy;
        QSlider* slider = sa->temperatureSlider();
        slider->setValue(slider->maximum());
        QVERIFY(std::abs(sa->temperature() - 10.0) < 1e-9);
        const double hot = sa->steps()[2].entropy;
        slider->setValue(slider->minimum());
        const double cold = sa->steps()[2].entropy;
        QVERIFY2(hot > atOne && atOne > cold,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(cold).arg(atOne).arg(hot)));
        QVERIFY(hot <= sa->steps()[2].maxEntropy + 1e-9);
        // the value the view shows is the core's recomputation at that temperature
        const std::vector<SelfAttentionLayer> layers = selfAttentionLayers(m_vit);
        QVERIFY(std::abs(selfAttentionStep(layers[3].heads[2], 0, 0.1).entropy - cold) < 1e-9);
    }

    void nonLocalMeansClickShowsWeights() {
        m_view->setImage(stripes());
        m_view->showPage(StepsView::Page::NonLocalMeans);
        NonLocalMeansView* nlm = m_view->nonLocalMeansView();
        QTRY_VERIFY(nlm->isVisible());
        QCOMPARE(nlm->workingImage().cols, NonLocalMeansView::kWorkingSide);
        const QPoint pixel(4, 10); // inside a stripe: its twins repeat every 16 working pixels
        QTest::mouseClick(nlm->imageWidget(), Qt::LeftButton, {},
                          nlm->imageWidget()->widgetPointOf({4.5, 10.5}));
        QCOMPARE(nlm->queryPixel(), pixel);
        QVERIFY(nlm->lastQuery());
        QVERIFY(std::abs(cv::sum(nlm->lastQuery()->weights)[0] - 1.0) < 1e-4);
        const double sharp = nlm->lastQuery()->entropy;
        nlm->setH(90);
        QVERIFY(nlm->lastQuery()->entropy > sharp);
        hover(nlm->weightsWidget(), {20.5, 10.5});
        QVERIFY2(nlm->readout().contains(QStringLiteral("x 20, y 10")) &&
                     nlm->readout().contains(QStringLiteral("weight")),
                 qPrintable(nlm->readout()));
    }

    void noisyModeDrawsThePsnrCurve() {
        m_view->setImage(stripes());
        m_view->showPage(StepsView::Page::NonLocalMeans);
        NonLocalMeansView* nlm = m_view->nonLocalMeansView();
        nlm->setH(20);
        nlm->setNoisy(true);
        QVERIFY(nlm->chartView()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!nlm->isBusy() && !nlm->curve().empty(), 60000);
        QVERIFY(nlm->curve().size() >= 10);
        QVERIFY(nlm->denoisedPsnr() > nlm->noisyPsnr() + 2.0);
        double best = 0.0;
        for (const PsnrPoint& p : nlm->curve())
            best = std::max(best, p.psnr);
        // the curve rises above the noisy input and falls again for large h
        QVERIFY(best > nlm->curve().front().psnr + 2.0);
        QVERIFY(best > nlm->curve().back().psnr);
    }

    void screenshots() {
        const QByteArray dir = qgetenv("AL_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set AL_SCREENSHOT_DIR to save screenshots of the Steps tab");
        m_view->setResult(&m_vit, m_image);
        m_view->selfAttentionView()->setQuery(29);
        QVERIFY(m_view->grab().save(QString::fromLocal8Bit(dir) + "/steps-selfattention.png"));
        m_view->setImage(stripes());
        m_view->showPage(StepsView::Page::NonLocalMeans);
        m_view->nonLocalMeansView()->setNoisy(true);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->nonLocalMeansView()->isBusy(), 60000);
        QVERIFY(m_view->grab().save(QString::fromLocal8Bit(dir) + "/steps-nonlocalmeans.png"));
    }

private:
    PluginRegistry m_registry;
    cv::Mat m_image;
    ModelResult m_vit;
    std::unique_ptr<StepsView> m_view;
};

QTEST_MAIN(TestStepsView)
#include "tst_stepsview.moc"

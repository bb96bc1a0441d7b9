// SPDX-License-Identifier: MIT
// The attention classifier's metric (peak position, distance to singular points, scores) on hand-made maps,
// and the shipped package fingerprint-class-attn: OpenCV parity with PyTorch through classifyFingerprint(),
// the class of generated prints, and a model that is not a fingerprint classifier.
#include "OnnxModel.h"

#include "../onnx/ParityData.h"

#include "attentionlens/Error.h"
#include "attentionlens/FingerprintClassifier.h"
#include "attentionlens/FingerprintEvaluation.h"
#include "attentionlens/FingerprintGenerator.h"
#include "attentionlens/ModelPackage.h"

#include <QJsonArray>
#include <QTest>
#include <opencv2/imgcodecs.hpp>

using namespace al;
using namespace al::fp;
using namespace al::test;

namespace {

const QString kPackage = QStringLiteral(AL_MODELS_DIR "/fingerprint-class-attn");

// A 32x32 attention map with its highest cell at (row, col), covering the whole input.
AttentionMap peakedMap(int row, int col) {
    AttentionMap m;
    m.name = QStringLiteral("attention");
    m.data = cv::Mat(32, 32, CV_32F, cv::Scalar(0.5f / 1023));
    m.data.at<float>(row, col) = 0.5f;
    return m;
}

FingerprintClassification found(FingerprintClass c, cv::Point2d peak) {
    FingerprintClassification f;
    f.fingerprintClass = c;
    f.peak = peak;
    f.elapsedMs = 2.0;
    return f;
}

FingerprintTruth truth(FingerprintClass c, std::vector<SingularPoint> points) {
    FingerprintTruth t;
    t.fingerprintClass = c;
    t.singularPoints = std::move(points);
    return t;
}

} // namespace

class TestFpClassifier : public QObject {
    Q_OBJECT
private slots:
    void peakIsTheCentreOfTheHighestCell_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("col");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("top-left, 400x400") << 0 << 0 << 400 << 400 << 6.25 << 6.25;
        QTest::newRow("centre, 400x400") << 16 << 15 << 400 << 400 << 193.75 << 206.25;
        QTest::newRow("bottom-right, 400x400") << 31 << 31 << 400 << 400 << 393.75 << 393.75;
        QTest::newRow("stretched 256x288") << 4 << 8 << 256 << 288 << 68.0 << 40.5;
    }
    void peakIsTheCentreOfTheHighestCell() {
        QFETCH(int, row);
        QFETCH(int, col);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(double, x);
        QFETCH(double, y);
        const cv::Point2d p = attentionPeak(peakedMap(row, col), cv::Size(width, height));
        QVERIFY2(std::abs(p.x - x) < 1e-9 && std::abs(p.y - y) < 1e-9,
                 qPrintable(QStringLiteral("%1, %2").arg(p.x).arg(p.y)));
    }

    void nearestSingularPoint() {
        QVERIFY(!nearestSingularPointDistance({10, 10}, {}));
        const std::vector<SingularPoint> points{{100, 100, SingularType::Core},
                                                {200, 130, SingularType::Delta}};
        QCOMPARE(*nearestSingularPointDistance({103, 104}, points), 5.0);
        QCOMPARE(*nearestSingularPointDistance({200, 100}, points), 30.0);
    }

    void scoresCountHitsOnlyOnNonArchPrintsWithSingularPoints() {
        ClassifierScores s;
        const SingularPoint core{200, 200, SingularType::Core};
        const SingularPoint delta{100, 300, SingularType::Delta};
        s.add(truth(FingerprintClass::LeftLoop, {core, delta}),
              found(FingerprintClass::LeftLoop, {210, 200}));
        s.add(truth(FingerprintClass::LeftLoop, {core, delta}),
              found(FingerprintClass::RightLoop, {100, 325}));
        s.add(truth(FingerprintClass::Whorl, {core}), found(FingerprintClass::Whorl, {200, 226}));
        s.add(truth(FingerprintClass::Arch, {}), found(FingerprintClass::Arch, {0, 0}));
        s.add(truth(FingerprintClass::TentedArch, {}), found(FingerprintClass::Arch, {0, 0}));
        QCOMPARE(s.prints, 5);
        QCOMPARE(s.classCorrect, 3);
        QCOMPARE(s.confusion[size_t(FingerprintClass::LeftLoop)][size_t(FingerprintClass::RightLoop)], 1);
        QCOMPARE(s.confusion[size_t(FingerprintClass::TentedArch)][size_t(FingerprintClass::Arch)], 1);
        QCOMPARE(s.peakPrints, 3); // the arch and the tented arch without points do not count
        QCOMPARE(s.peakHits, 2);   // 10 px and 25 px (the radius is inclusive); 26 px misses
        QVERIFY(std::abs(s.peakRate() - 2.0 / 3.0) < 1e-12);
        QCOMPARE(s.medianPeakDistance(), 25.0);
        QVERIFY(std::abs(s.classAccuracy() - 0.6) < 1e-12);

        const QJsonObject json = classifierScoresToJson(s, QStringLiteral("m"));
        QCOMPARE(json.value(QStringLiteral("skipped")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("peakPrints")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("peakHits")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("peakNearSingularPoint")).toDouble(), 0.6667);
        QCOMPARE(json.value(QStringLiteral("classAccuracy")).toDouble(), 0.6);
        QCOMPARE(json.value(QStringLiteral("meanMilliseconds")).toDouble(), 2.0);
        QCOMPARE(json.value(QStringLiteral("classConfusion")).toArray().size(), kFingerprintClassCount);
    }

    void medianOfAnEvenCount() {
        ClassifierScores s;
        s.peakDistances = {40.0, 10.0, 30.0, 20.0};
        QCOMPARE(s.medianPeakDistance(), 25.0);
        QCOMPARE(ClassifierScores().medianPeakDistance(), 0.0);
    }

    // The hook `fingerprint evaluate` scores the classifier with: every impression (no master) with its own
    // truth, in finger order, before the pipeline analyses the same image.
    void evaluationShowsEveryImpressionWithItsTruth() {
        FingerprintEvaluationOptions o;
        o.fingers = 2;
        o.impressions = 2;
        o.size = {256, 256};
        std::vector<FingerprintClass> seen;
        std::vector<cv::Mat> observed, analysed;
        o.observeImpression = [&](const cv::Mat& gray, const FingerprintTruth& truth) {
            seen.push_back(truth.fingerprintClass);
            observed.push_back(gray);
            QCOMPARE(gray.size(), cv::Size(256, 256));
        };
        const AnalyzeFunction blind = [&](const cv::Mat& gray) {
            analysed.push_back(gray);
            FingerprintTruth t;
            t.mask = cv::Mat(gray.size(), CV_8U, cv::Scalar(255));
            return t;
        };
        const MatchFunction constant = [](const FingerprintTruth&, const FingerprintTruth&) { return 0.5; };
        evaluateFingerprints(o, blind, constant);
        const std::vector<FingerprintClass> expected{FingerprintClass::Arch, FingerprintClass::Arch,
                                                     FingerprintClass::TentedArch,
                                                     FingerprintClass::TentedArch};
        QVERIFY(seen == expected);
        QCOMPARE(analysed.size(), size_t(6)); // two masters and four impressions
        // impressions k of finger i are analysed at 1 + 3i + k (after the finger's master)
        QCOMPARE(cv::norm(observed[0], analysed[1], cv::NORM_INF), 0.0);
        QCOMPARE(cv::norm(observed[3], analysed[5], cv::NORM_INF), 0.0);
    }

    void parityThroughClassifyFingerprint_data() {
        QTest::addColumn<int>("caseIndex");
        const QJsonArray cases = readJson(kPackage + "/parity/index.json").value("cases").toArray();
        QVERIFY2(!cases.isEmpty(), "fingerprint-class-attn has no parity cases");
        for (int i = 0; i < cases.size(); ++i)
            QTest::addRow("%s", qPrintable(cases[i].toObject()["name"].toString())) << i;
    }
    void parityThroughClassifyFingerprint() {
        QFETCH(int, caseIndex);
        const QJsonObject index = readJson(kPackage + "/parity/index.json");
        const double tolerance = index.value("tolerance_max_abs_diff").toDouble();
        QVERIFY(tolerance > 0 && tolerance <= 1e-4);
        const QJsonObject c = index.value("cases").toArray()[caseIndex].toObject();
        const onnx::OnnxModel model(loadModelPackage(kPackage));
        const cv::Mat gray =
            cv::imread((kPackage + "/parity/" + c["image"].toString()).toStdString(), cv::IMREAD_GRAYSCALE);
        QCOMPARE(gray.size(), cv::Size(400, 400));
        const FingerprintClassification r = classifyFingerprint(model, gray);
        int compared = 0;
        for (const QJsonValue& v : c["outputs"].toArray()) {
            const QJsonObject o = v.toObject();
            const cv::Mat ref = readBlob(kPackage + "/parity/" + o["file"].toString(), o["shape"].toArray());
            QVERIFY(!ref.empty());
            if (o["name"].toString() == u"prob") {
                cv::Mat probs(1, kFingerprintClassCount, CV_32F);
                for (int k = 0; k < kFingerprintClassCount; ++k)
                    probs.at<float>(k) = float(r.probabilities[size_t(k)]);
                QVERIFY2(maxAbsDiff(probs, ref) <= tolerance,
                         qPrintable(QString::number(maxAbsDiff(probs, ref))));
                cv::Point best;
                cv::minMaxLoc(ref.reshape(1, 1), nullptr, nullptr, nullptr, &best);
                QCOMPARE(int(r.fingerprintClass), best.x);
                ++compared;
            } else if (o["name"].toString() == u"attention") {
                QVERIFY(maxAbsDiff(r.attention.data, ref) <= tolerance);
                cv::Point best;
                cv::minMaxLoc(ref.reshape(1, 32), nullptr, nullptr, nullptr, &best);
                QVERIFY(std::abs(r.peak.x - (best.x + 0.5) * 12.5) < 1e-9);
                QVERIFY(std::abs(r.peak.y - (best.y + 0.5) * 12.5) < 1e-9);
                ++compared;
            }
        }
        QCOMPARE(compared, 2);
    }

    // Five fresh fingers (seeds outside the training splits), one per class: the bar is 90 %, so at most one
    // may be wrong; and the attention peak must land near a singular point on most of the four non-arches.
    void classifiesGeneratedPrints() {
        const onnx::OnnxModel model(loadModelPackage(kPackage));
        ClassifierScores s;
        for (int c = 0; c < kFingerprintClassCount; ++c) {
            const GeneratedImpression print =
                generatePrint(FingerprintClass(c), 9'000'000 + std::uint64_t(c));
            s.add(print.truth, classifyFingerprint(model, print.image));
        }
        QVERIFY2(s.classCorrect >= 4, qPrintable(QStringLiteral("%1 of 5").arg(s.classCorrect)));
        QVERIFY(s.peakPrints >= 3);
        QVERIFY2(s.peakHits >= s.peakPrints - 1,
                 qPrintable(QStringLiteral("%1 of %2").arg(s.peakHits).arg(s.peakPrints)));
    }

    void refusesAModelThatIsNotAFingerprintClassifier() {
        const onnx::OnnxModel digits(loadModelPackage(QStringLiteral(AL_MODELS_DIR "/digits-cbam")));
        try {
            classifyFingerprint(digits, cv::Mat(400, 400, CV_8UC1, cv::Scalar(128)));
            QFAIL("a digit model was accepted");
        } catch (const Error& e) {
            QVERIFY(e.code() == ErrorCode::BadInput);
            QVERIFY2(e.message().contains(QStringLiteral("digits-cbam")), qPrintable(e.message()));
        }
    }

    void refusesAnEmptyPrint() {
        const onnx::OnnxModel model(loadModelPackage(kPackage));
        QVERIFY_THROWS_EXCEPTION(Error, classifyFingerprint(model, cv::Mat()));
    }
};

QTEST_GUILESS_MAIN(TestFpClassifier)
#include "tst_fpclassifier.moc"

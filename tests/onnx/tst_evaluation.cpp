// SPDX-License-Identifier: MIT
#include <attentionlens/Error.h>
#include <attentionlens/Evaluation.h>

#include <QJsonArray>
#include <QTest>
#include <opencv2/imgproc.hpp>

using namespace al;

namespace {

/// Always predicts class 3; its map is the box-blurred input (so it must score exactly the blur baseline),
/// plus a map that always peaks in the top-left corner (so it almost never points into the box).
class FakeDigitModel final : public AttentionModel {
public:
    QString id() const override { return QStringLiteral("test.fake-digits"); }
    QString displayName() const override { return id(); }
    QString description() const override { return {}; }
    QList<Modality> modalities() const override { return {Modality::Image}; }
    std::vector<ParamSpec> parameters() const override { return {}; }
    ModelResult run(const ModelInput& input, const ParamValues&, const RunControl&) const override {
        ModelResult r;
        for (int k = 0; k < 10; ++k)
            r.predictions.push_back({k == 0 ? 3 : (k == 3 ? 0 : k), QString::number(k), 1.0 - 0.1 * k});
        cv::Mat gray, blurred;
        cv::cvtColor(input.image, gray, cv::COLOR_BGR2GRAY);
        cv::boxFilter(gray, blurred, CV_32F, cv::Size(15, 15), cv::Point(-1, -1), true, cv::BORDER_CONSTANT);
        AttentionMap ink;
        ink.name = QStringLiteral("ink");
        ink.data = blurred;
        AttentionMap corner;
        corner.name = QStringLiteral("corner");
        corner.data = cv::Mat::zeros(8, 8, CV_32FC1);
        corner.data.at<float>(0, 0) = 1.f;
        r.maps = {ink, corner};
        return r;
    }
};

} // namespace

class TestEvaluation : public QObject {
    Q_OBJECT
private slots:
    void scoresAccuracyPointingAndBaselines() {
        const FakeDigitModel model;
        const EvaluationReport rep = evaluateModel(model, {}, QStringLiteral("builtin:cluttered-digits"), 50);
        QCOMPARE(rep.samples, 50);
        QCOMPARE(rep.correct, 5); // labels are index % 10: class 3 is right once in ten
        QCOMPARE(rep.maps.size(), size_t(2));
        QCOMPARE(rep.maps[0].map, QStringLiteral("ink"));
        QCOMPARE(rep.maps[0].count, 50);
        QCOMPARE(rep.maps[0].pointing(), rep.blurBaselinePointing);
        QVERIFY(rep.blurBaselinePointing > 0.3);
        QVERIFY(rep.maps[1].pointing() < 0.1);
        QVERIFY(rep.maps[0].meanMass() > rep.maps[1].meanMass());
        QVERIFY(rep.chancePointing > 0.03 && rep.chancePointing < 0.2);
        const QJsonObject json = evaluationToJson(rep);
        QCOMPARE(json["accuracy"].toDouble(), 0.1);
        QCOMPARE(json["maps"].toArray().size(), 2);
    }
    void rejectsUnknownDatasetsAndHonoursCancel() {
        const FakeDigitModel model;
        QVERIFY_THROWS_EXCEPTION(Error, evaluateModel(model, {}, QStringLiteral("imagenet"), 5));
        RunControl control;
        control.cancel();
        try {
            evaluateModel(model, {}, QStringLiteral("builtin:cluttered-digits"), 5, control);
            QFAIL("a cancelled evaluation ran");
        } catch (const Error& e) {
            QVERIFY(e.code() == ErrorCode::Cancelled);
        }
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"

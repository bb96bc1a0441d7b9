// SPDX-License-Identifier: MIT
#pragma once

// Fake models shared by the registry's test plugins. Header-only so that every test plugin is one .cpp.

#include "attentionlens/AttentionPlugin.h"
#include "attentionlens/Error.h"

#include <limits>
#include <opencv2/core.hpp>
#include <stdexcept>

namespace al::test {

/// What a FakeModel does in run().
enum class Behaviour { Ok, ThrowStd, ThrowCv, ThrowAlError, ThrowInt, NanMap, InfMap, EmptyMap, WrongType };

/// A 3x4 map whose maximum sits in cell (row 1, col 2); the resolved parameters are echoed in scalars.
class FakeModel final : public AttentionModel {
public:
    explicit FakeModel(QString id, Behaviour behaviour = Behaviour::Ok)
        : m_id(std::move(id)), m_b(behaviour) {}

    QString id() const override { return m_id; }
    QString displayName() const override { return QStringLiteral("Fake ") + m_id; }
    QString description() const override { return QStringLiteral("A fake model for the registry tests."); }
    QList<Modality> modalities() const override { return {Modality::Image}; }
    std::vector<ParamSpec> parameters() const override {
        ParamSpec sigma{QStringLiteral("sigma"),
                        ParamSpec::Type::Double,
                        QStringLiteral("Sigma"),
                        QStringLiteral("Blur."),
                        2.0,
                        0.5,
                        10.0,
                        {}};
        ParamSpec size{QStringLiteral("size"),
                       ParamSpec::Type::Int,
                       QStringLiteral("Size"),
                       QStringLiteral("Grid."),
                       8,
                       1,
                       64,
                       {}};
        ParamSpec mode{QStringLiteral("mode"),
                       ParamSpec::Type::Choice,
                       QStringLiteral("Mode"),
                       QStringLiteral("How."),
                       QStringLiteral("fast"),
                       {},
                       {},
                       {QStringLiteral("fast"), QStringLiteral("exact")}};
        return {sigma, size, mode};
    }

    ModelResult run(const ModelInput& input, const ParamValues& params,
                    const RunControl& control) const override {
        control.throwIfCancelled();
        switch (m_b) {
        case Behaviour::ThrowStd:
            throw std::runtime_error("fake std failure");
        case Behaviour::ThrowCv:
            CV_Error(cv::Error::StsBadArg, "fake OpenCV failure");
        case Behaviour::ThrowAlError:
            throw Error(ErrorCode::BadInput, QStringLiteral("fake plugin says the input is bad"));
        case Behaviour::ThrowInt:
            throw 42;
        default:
            break;
        }
        ModelResult r;
        AttentionMap m;
        m.name = QStringLiteral("attention");
        m.title = QStringLiteral("Attention");
        m.isFinal = true;
        m.data = cv::Mat(3, 4, CV_32FC1, cv::Scalar(0.25f));
        m.data.at<float>(1, 2) = 1.0f;
        if (m_b == Behaviour::NanMap)
            m.data.at<float>(2, 0) = std::numeric_limits<float>::quiet_NaN();
        else if (m_b == Behaviour::InfMap)
            m.data.at<float>(0, 3) = std::numeric_limits<float>::infinity();
        else if (m_b == Behaviour::EmptyMap)
            m.data = cv::Mat();
        else if (m_b == Behaviour::WrongType)
            m.data = cv::Mat(3, 4, CV_8UC1, cv::Scalar(1));
        r.maps.push_back(m);
        r.scalars = params;
        r.scalars.insert(QStringLiteral("inputWidth"), input.image.cols);
        return r;
    }

private:
    QString m_id;
    Behaviour m_b;
};

} // namespace al::test

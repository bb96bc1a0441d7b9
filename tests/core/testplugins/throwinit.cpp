// SPDX-License-Identifier: MIT

#include "TestModels.h"

#include <QObject>

// Throws from initialize() or models(), as the test asks.
class TestThrowInitPlugin : public QObject, public al::AttentionPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AL_ATTENTION_PLUGIN_IID FILE "throwinit.json")
    Q_INTERFACES(al::AttentionPlugin)

public:
    // The test picks the failure through the context: modelDirs = {"<where>:<what>"}.
    void initialize(const al::PluginContext& context) override {
        m_mode = context.modelDirs.value(0);
        if (m_mode.startsWith(QLatin1String("init:")))
            fail(m_mode.mid(5));
    }
    std::vector<std::shared_ptr<const al::AttentionModel>> models() const override {
        if (m_mode.startsWith(QLatin1String("models:")))
            fail(m_mode.mid(7));
        return {std::make_shared<al::test::FakeModel>(QStringLiteral("test.throwinit.one"))};
    }

private:
    static void fail(const QString& what) {
        if (what == QLatin1String("al"))
            throw al::Error(al::ErrorCode::BadInput, QStringLiteral("fake init failure (al::Error)"));
        if (what == QLatin1String("std"))
            throw std::runtime_error("fake init failure (std)");
        if (what == QLatin1String("cv"))
            CV_Error(cv::Error::StsError, "fake init failure (cv)");
        throw 7;
    }
    QString m_mode;
};

#include "throwinit.moc"

// SPDX-License-Identifier: MIT

#include "TestModels.h"

#include <QObject>

// A well-behaved plugin with two models.
class TestGoodPlugin : public QObject, public al::AttentionPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AL_ATTENTION_PLUGIN_IID FILE "good.json")
    Q_INTERFACES(al::AttentionPlugin)

public:
    std::vector<std::shared_ptr<const al::AttentionModel>> models() const override {
        return {std::make_shared<al::test::FakeModel>(QStringLiteral("test.good.alpha")),
                std::make_shared<al::test::FakeModel>(QStringLiteral("test.good.beta"))};
    }
};

#include "good.moc"

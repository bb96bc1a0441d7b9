// SPDX-License-Identifier: MIT

#include "TestModels.h"

#include <QObject>

// Offers a model whose id the good plugin already uses.
class TestDupModelPlugin : public QObject, public al::AttentionPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AL_ATTENTION_PLUGIN_IID FILE "dupmodel.json")
    Q_INTERFACES(al::AttentionPlugin)

public:
    std::vector<std::shared_ptr<const al::AttentionModel>> models() const override {
        return {std::make_shared<al::test::FakeModel>(QStringLiteral("test.good.alpha")),
                std::make_shared<al::test::FakeModel>(QStringLiteral("test.dupmodel.gamma"))};
    }
};

#include "dupmodel.moc"

// SPDX-License-Identifier: MIT

#include "TestModels.h"

#include <QObject>

// Linked statically into tst_pluginregistry.
class TestStaticPlugin : public QObject, public al::AttentionPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AL_ATTENTION_PLUGIN_IID FILE "static.json")
    Q_INTERFACES(al::AttentionPlugin)

public:
    std::vector<std::shared_ptr<const al::AttentionModel>> models() const override {
        return {std::make_shared<al::test::FakeModel>(QStringLiteral("test.static.one"))};
    }
};

#include "static.moc"

// SPDX-License-Identifier: MIT

#include "TestModels.h"

#include <QObject>

// Declares a newer minor plugin API than the host; must be refused.
class TestNewMinorPlugin : public QObject, public al::AttentionPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AL_ATTENTION_PLUGIN_IID FILE "newminor.json")
    Q_INTERFACES(al::AttentionPlugin)

public:
    std::vector<std::shared_ptr<const al::AttentionModel>> models() const override {
        return {std::make_shared<al::test::FakeModel>(QStringLiteral("test.newminor.one"))};
    }
};

#include "newminor.moc"

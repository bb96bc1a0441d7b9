// SPDX-License-Identifier: MIT

#include "TestModels.h"

#include <QObject>

// Its metadata lacks version and apiMinor.
class TestNoMetaPlugin : public QObject, public al::AttentionPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AL_ATTENTION_PLUGIN_IID FILE "nometa.json")
    Q_INTERFACES(al::AttentionPlugin)

public:
    std::vector<std::shared_ptr<const al::AttentionModel>> models() const override {
        return {std::make_shared<al::test::FakeModel>(QStringLiteral("test.nometa.one"))};
    }
};

#include "nometa.moc"

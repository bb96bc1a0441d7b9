// SPDX-License-Identifier: MIT

#include "TestModels.h"

#include <QObject>

// Declares plugin API 2.0 in its metadata; must be refused before load().
class TestBadMajorPlugin : public QObject, public al::AttentionPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AL_ATTENTION_PLUGIN_IID FILE "badmajor.json")
    Q_INTERFACES(al::AttentionPlugin)

public:
    std::vector<std::shared_ptr<const al::AttentionModel>> models() const override {
        return {std::make_shared<al::test::FakeModel>(QStringLiteral("test.badmajor.one"))};
    }
};

#include "badmajor.moc"

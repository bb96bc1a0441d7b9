// SPDX-License-Identifier: MIT

#include "TestModels.h"

#include <QObject>

// A Qt plugin for some other interface.
class TestWrongIidPlugin : public QObject, public al::AttentionPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.example.SomethingElse/1.0" FILE "wrongiid.json")
    Q_INTERFACES(al::AttentionPlugin)

public:
    std::vector<std::shared_ptr<const al::AttentionModel>> models() const override {
        return {std::make_shared<al::test::FakeModel>(QStringLiteral("test.wrongiid.one"))};
    }
};

#include "wrongiid.moc"

// SPDX-License-Identifier: MIT

#include "TestModels.h"

#include <QObject>

// Implements a future version of the AttentionLens interface.
class TestOtherVersionIidPlugin : public QObject, public al::AttentionPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.attentionlens.AttentionPlugin/2.0" FILE "otheriid.json")
    Q_INTERFACES(al::AttentionPlugin)

public:
    std::vector<std::shared_ptr<const al::AttentionModel>> models() const override {
        return {std::make_shared<al::test::FakeModel>(QStringLiteral("test.otheriid.one"))};
    }
};

#include "otheriid.moc"

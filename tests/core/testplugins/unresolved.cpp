// SPDX-License-Identifier: MIT

// Deliberately never defined: the data relocation makes dlopen() fail even with lazy binding.
extern "C" int al_test_symbol_that_does_not_exist;
#include "TestModels.h"

#include <QObject>

// Valid metadata, but the library cannot be loaded.
class TestUnresolvedPlugin : public QObject, public al::AttentionPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AL_ATTENTION_PLUGIN_IID FILE "unresolved.json")
    Q_INTERFACES(al::AttentionPlugin)

public:
    std::vector<std::shared_ptr<const al::AttentionModel>> models() const override {
        return {std::make_shared<al::test::FakeModel>(QString::number(al_test_symbol_that_does_not_exist))};
    }
};

#include "unresolved.moc"

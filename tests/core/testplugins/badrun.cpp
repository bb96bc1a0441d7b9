// SPDX-License-Identifier: MIT

#include "TestModels.h"

#include <QObject>

// Models that fail in run() in every way the registry must survive.
class TestBadRunPlugin : public QObject, public al::AttentionPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AL_ATTENTION_PLUGIN_IID FILE "badrun.json")
    Q_INTERFACES(al::AttentionPlugin)

public:
    std::vector<std::shared_ptr<const al::AttentionModel>> models() const override {
        using al::test::Behaviour;
        auto make = [](const char* id, Behaviour b) {
            return std::make_shared<al::test::FakeModel>(QString::fromLatin1(id), b);
        };
        return {make("test.badrun.ok", Behaviour::Ok),
                make("test.badrun.std", Behaviour::ThrowStd),
                make("test.badrun.cv", Behaviour::ThrowCv),
                make("test.badrun.alerror", Behaviour::ThrowAlError),
                make("test.badrun.int", Behaviour::ThrowInt),
                make("test.badrun.nan", Behaviour::NanMap),
                make("test.badrun.inf", Behaviour::InfMap),
                make("test.badrun.empty", Behaviour::EmptyMap),
                make("test.badrun.type", Behaviour::WrongType)};
    }
};

#include "badrun.moc"

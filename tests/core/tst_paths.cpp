// SPDX-License-Identifier: MIT
#include "attentionlens/Paths.h"

#include <QtTest>

using namespace al;

namespace {

void touch(const QString& path) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
}

} // namespace

class TestPaths : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void environmentDirComesFirst();
    void missingEnvironmentDirIsSkipped();
    void bundledSamplesAreSortedImages();
    void findDataFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_previousEnv;
};

void TestPaths::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_previousEnv = qgetenv("ATTENTIONLENS_DATA_DIR");
    qputenv("ATTENTIONLENS_DATA_DIR", m_dir->path().toLocal8Bit());
}

void TestPaths::cleanup() {
    qputenv("ATTENTIONLENS_DATA_DIR", m_previousEnv);
    m_dir.reset();
}

void TestPaths::environmentDirComesFirst() {
    const QStringList dirs = dataDirs();
    QVERIFY(!dirs.isEmpty());
    QCOMPARE(dirs.first(), QFileInfo(m_dir->path()).canonicalFilePath());
    // This binary runs from the build tree, so the source tree's resources follow.
    const QString resources =
        QFileInfo(QDir::cleanPath(QStringLiteral(AL_TEST_DATA_DIR "/../../resources"))).canonicalFilePath();
    QVERIFY2(dirs.contains(resources), qPrintable(dirs.join(u',')));
    QCOMPARE(dirs.count(resources), 1);
}

void TestPaths::missingEnvironmentDirIsSkipped() {
    qputenv("ATTENTIONLENS_DATA_DIR", QByteArray("/nonexistent/attentionlens-data"));
    for (const QString& d : dataDirs()) {
        QVERIFY(QFileInfo(d).isDir());
        QVERIFY(!d.contains(QLatin1String("nonexistent")));
    }
}

void TestPaths::bundledSamplesAreSortedImages() {
    QDir root(m_dir->path());
    QVERIFY(root.mkdir(QStringLiteral("samples")));
    touch(root.filePath(QStringLiteral("samples/zebra.png")));
    touch(root.filePath(QStringLiteral("samples/Apple.JPG")));
    touch(root.filePath(QStringLiteral("samples/cat.jpg")));
    touch(root.filePath(QStringLiteral("samples/README.md")));
    const QString base = QFileInfo(m_dir->path()).canonicalFilePath() + QStringLiteral("/samples/");
    QCOMPARE(bundledSamples(),
             QStringList({base + QStringLiteral("Apple.JPG"), base + QStringLiteral("cat.jpg"),
                          base + QStringLiteral("zebra.png")}));
}

void TestPaths::findDataFile() {
    QDir root(m_dir->path());
    QVERIFY(root.mkpath(QStringLiteral("models/demo")));
    touch(root.filePath(QStringLiteral("models/demo/model.json")));
    const QString found = al::findDataFile(QStringLiteral("models/demo/model.json"));
    QCOMPARE(QFileInfo(found).canonicalFilePath(),
             QFileInfo(root.filePath(QStringLiteral("models/demo/model.json"))).canonicalFilePath());
    QVERIFY(al::findDataFile(QStringLiteral("models/demo/missing.json")).isEmpty());
    QVERIFY(al::findDataFile(QString()).isEmpty());
    QVERIFY(al::findDataFile(root.filePath(QStringLiteral("models/demo/model.json"))).isEmpty()); // absolute
}

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"

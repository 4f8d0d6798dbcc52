// Replays every seed and every input that ever crashed a fuzz target (tests/data/fuzz-regressions)
// through the same entry points, in the normal build. A crash here is a regression.

#include "fuzztarget.h"

#include <QDir>
#include <QFile>
#include <QTest>

int kd_fuzz_parsers(const uint8_t *data, size_t size);
int kd_fuzz_datetime(const uint8_t *data, size_t size);
int kd_fuzz_errorbody(const uint8_t *data, size_t size);
int kd_fuzz_serverurl(const uint8_t *data, size_t size);

namespace {

using Entry = int (*)(const uint8_t *, size_t);

QList<QByteArray> inputsIn(const QString &dir)
{
    QList<QByteArray> out;
    const QStringList files = QDir(dir).entryList(QDir::Files);
    for (const QString &name : files) {
        QFile f(dir + QLatin1Char('/') + name);
        if (f.open(QIODevice::ReadOnly))
            out.append(f.readAll());
    }
    return out;
}

// The bodies of the recorded Kimai exchanges: the parsers' natural seeds.
QList<QByteArray> recordedBodies()
{
    QList<QByteArray> out;
    const QString dir = QStringLiteral(KD_RECORDED_DIR);
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.http")}, QDir::Files);
    for (const QString &name : files) {
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray all = f.readAll();
        const qsizetype response = all.indexOf("### response");
        const qsizetype body = all.indexOf("\n\n", response);
        if (body > 0)
            out.append(all.mid(body + 2).trimmed());
    }
    return out;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

    void replay(const char *target, Entry entry, QList<QByteArray> extra)
    {
        QList<QByteArray> inputs = std::move(extra);
        inputs += inputsIn(QStringLiteral(KD_FUZZ_SEEDS_DIR "/") + QLatin1String(target));
        inputs += inputsIn(QStringLiteral(KD_FUZZ_REGRESSIONS_DIR "/") + QLatin1String(target));
        QVERIFY2(!inputs.isEmpty(), target);
        for (const QByteArray &in : std::as_const(inputs))
            QCOMPARE(entry(reinterpret_cast<const uint8_t *>(in.constData()), size_t(in.size())), 0);
        // Truncations of each input are the classic breakers.
        for (const QByteArray &in : std::as_const(inputs)) {
            for (qsizetype cut = 0; cut < in.size() && cut < 400; cut += 7)
                QCOMPARE(entry(reinterpret_cast<const uint8_t *>(in.constData()), size_t(cut)), 0);
        }
    }

private Q_SLOTS:
    void parsers() { replay("fuzz_parsers", &kd_fuzz_parsers, recordedBodies()); }
    void errorBodies() { replay("fuzz_errorbody", &kd_fuzz_errorbody, recordedBodies()); }
    void datetimes() { replay("fuzz_datetime", &kd_fuzz_datetime, {}); }
    void serverUrls() { replay("fuzz_serverurl", &kd_fuzz_serverurl, {}); }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"

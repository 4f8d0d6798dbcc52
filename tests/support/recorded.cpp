#include "support/recorded.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace kd::test {

QByteArray Recorded::responseHeader(const QByteArray &name) const
{
    for (const auto &h : responseHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

static QString recordedDir()
{
    return QStringLiteral(KD_TEST_DATA_DIR "/recorded-2.28");
}

QStringList recordedNames()
{
    QStringList names = QDir(recordedDir()).entryList({QStringLiteral("*.http")}, QDir::Files, QDir::Name);
    for (QString &n : names)
        n.chop(5);
    return names;
}

static void readHeaders(const QList<QByteArray> &lines, qsizetype &i, QList<QPair<QByteArray, QByteArray>> &out)
{
    while (i < lines.size() && !lines.at(i).trimmed().isEmpty()) {
        const QByteArray line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        ++i;
    }
}

Recorded loadRecorded(const QString &name)
{
    Recorded r;
    r.name = name;
    QFile f(recordedDir() + QLatin1Char('/') + name + QStringLiteral(".http"));
    if (!f.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot open recorded exchange ") + f.fileName()), __FILE__, __LINE__);
        return r;
    }
    const QByteArray all = f.readAll();
    const qsizetype split = all.indexOf("\n### response\n");
    const QList<QByteArray> req = all.left(split).split('\n');
    const QList<QByteArray> resp = all.mid(split + 14).split('\n');

    qsizetype i = 0;
    const QList<QByteArray> requestLine = req.value(0).split(' ');
    r.method = requestLine.value(0);
    r.target = requestLine.value(1);
    i = 1;
    readHeaders(req, i, r.requestHeaders);
    QList<QByteArray> bodyLines = req.mid(i + 1);
    r.requestBody = bodyLines.join('\n').trimmed();

    i = 0;
    const QList<QByteArray> statusLine = resp.value(0).split(' ');
    r.status = statusLine.value(1).toInt();
    i = 1;
    readHeaders(resp, i, r.responseHeaders);
    r.responseBody = resp.mid(i + 1).join('\n').trimmed();
    return r;
}

} // namespace kd::test

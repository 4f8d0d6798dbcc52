#include "ui/codeedit.h"

#include <QLocale>

namespace kd::inspector {

void prepare(QPromise<std::shared_ptr<Prepared>> &promise, const QByteArray &body, Mode mode, const QFont &font,
             quint64 generation)
{
    auto p = std::make_shared<Prepared>();
    p->generation = generation;
    if (mode == Mode::Json) {
        FormattedJson f = formatJson(body);
        p->text = std::move(f.text);
        p->spans = std::move(f.spans);
        p->valid = f.valid;
        p->error = f.error;
        p->errorOffset = f.errorOffset;
    } else {
        p->text = breakLongLines(QString::fromUtf8(body), kRawLineLength);
    }
    p->lineCounts = groupLinesForDisplay(p->text, kLinesPerBlock, kCharsPerBlock);
    if (promise.isCanceled())
        return;
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDocumentLayout(new QPlainTextDocumentLayout(document.get()));
    document->setDefaultFont(font);
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::NoWrap);
    document->setDefaultTextOption(option);
    document->setPlainText(p->text);
    document->moveToThread(nullptr);        // the GUI thread pulls it in
    p->document = std::move(document);
    promise.addResult(std::move(p));
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);   // same style as the exchange log's Size column
}

QString headersText(const HeaderList &headers, QList<JsonSpan> *spans)
{
    QString text;
    for (const auto &header : headers) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        const QString name = QString::fromLatin1(header.first);
        spans->append(JsonSpan{int(text.size()), int(name.size()), JsonSpan::Key});
        text += name + QStringLiteral(": ") + QString::fromUtf8(header.second);
    }
    return text;
}

} // namespace kd::inspector

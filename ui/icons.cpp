#include "ui/icons.h"

#include <QDir>
#include <QIconEngine>
#include <QPainter>

#include <algorithm>

namespace kd::icons {

namespace {

class RenditionEngine final : public QIconEngine
{
public:
    // The renditions are the resources ":/icons/<name>-<size>.png" (the sizes are listed once, in
    // resources/CMakeLists.txt).
    explicit RenditionEngine(const QString &name)
        : m_name(name)
    {
        // Matched by hand: a QDir name filter is a wildcard pattern, which would load and JIT PCRE2.
        const QString prefix = name + QLatin1Char('-');
        const QStringList files = QDir(QStringLiteral(":/icons")).entryList(QDir::Files, QDir::Unsorted);
        for (const QString &file : files) {
            if (!file.startsWith(prefix) || !file.endsWith(QLatin1String(".png")))
                continue;
            bool ok = false;
            const int size = QStringView(file).mid(prefix.size()).chopped(4).toInt(&ok);
            if (ok && size > 0)
                m_sizes.append(size);
        }
        std::sort(m_sizes.begin(), m_sizes.end());
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const QSize fit = actualSize(size, QIcon::Normal, QIcon::Off);
        if (fit.isEmpty() || m_sizes.isEmpty())
            return {};
        // The smallest rendition at least as large as asked, else the largest.
        int pick = m_sizes.constLast();
        for (const int s : std::as_const(m_sizes)) {
            if (s >= fit.width()) {
                pick = s;
                break;
            }
        }
        // Not cached: a window or tray icon is asked for once per change, and a small PNG decodes
        // in microseconds.
        QPixmap pm;
        if (!pm.load(QStringLiteral(":/icons/%1-%2.png").arg(m_name).arg(pick)))
            return {};
        return pm.size() == fit ? pm : pm.scaled(fit, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap(rect.size() * dpr, mode, state);
        pm.setDevicePixelRatio(dpr);
        const QSize logical = pm.deviceIndependentSize().toSize();
        painter->drawPixmap(QRect(rect.topLeft() + QPoint((rect.width() - logical.width()) / 2,
                                                          (rect.height() - logical.height()) / 2),
                                  logical),
                            pm);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());   // the icons are square
        return side > 0 ? QSize(side, side) : QSize();
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int s : std::as_const(m_sizes))
            sizes.append(QSize(s, s));
        return sizes;
    }

    QString key() const override { return QStringLiteral("kd-renditions"); }
    QIconEngine *clone() const override { return new RenditionEngine(*this); }

private:
    QString m_name;
    QList<int> m_sizes;   // ascending
};

} // namespace

QIcon app()
{
    // Up to 64 px: what title bars, task bars and the About box show. (A window manager that wants
    // more uses the desktop file's icon, installed as SVG.)
    return QIcon(new RenditionEngine(QStringLiteral("kimai-desk")));
}

QIcon tray(bool running)
{
    return QIcon(new RenditionEngine(running ? QStringLiteral("tray-running") : QStringLiteral("tray-stopped")));
}

} // namespace kd::icons

#include "ui/icons.h"

#include <QIconEngine>
#include <QPainter>

namespace kd::icons {

namespace {

class RenditionEngine final : public QIconEngine
{
public:
    RenditionEngine(const QString &name, QList<int> sizes)
        : m_name(name)
        , m_sizes(std::move(sizes))
    {
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const QSize fit = actualSize(size, QIcon::Normal, QIcon::Off);
        if (fit.isEmpty())
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
    QIconEngine *clone() const override { return new RenditionEngine(m_name, m_sizes); }

private:
    QString m_name;
    QList<int> m_sizes;   // ascending
};

} // namespace

QIcon app()
{
    // Up to 64 px: what title bars, task bars and the About box show. (A window manager that wants
    // more uses the desktop file's icon, installed as SVG.)
    return QIcon(new RenditionEngine(QStringLiteral("kimai-desk"), {16, 24, 32, 48, 64}));
}

QIcon tray(bool running)
{
    return QIcon(new RenditionEngine(running ? QStringLiteral("tray-running") : QStringLiteral("tray-stopped"),
                                     {16, 22, 24, 32, 48, 64}));
}

} // namespace kd::icons

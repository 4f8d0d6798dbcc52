#pragma once

#include <QLabel>

namespace kd {

// A large bold label. The bold face is applied when the label is first shown: a page that is
// built but not yet opened (a tab, the login form behind the workspace) does not load the bold
// face of the UI font just so a layout can measure it.
class Headline : public QLabel
{
public:
    Headline(qreal scale, QWidget *parent, const QString &text = QString())
        : QLabel(text, parent)
        , m_scale(scale)
    {
    }

protected:
    void showEvent(QShowEvent *event) override
    {
        if (m_scale > 0) {
            QFont big = font();
            big.setPointSizeF(big.pointSizeF() * m_scale);
            big.setBold(true);
            setFont(big);
            m_scale = 0;
        }
        QLabel::showEvent(event);
    }

private:
    qreal m_scale;
};

} // namespace kd

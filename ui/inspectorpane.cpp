#include "ui/inspectorpane.h"

#include "session/appcore.h"
#include "ui/apiconsoleview.h"
#include "ui/jsoninspector.h"

#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace kd {

InspectorPane::InspectorPane(AppCore *core, Prompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("inspectorPane"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("consoleToggle"));
    m_toggle->setText(tr("API console"));
    m_toggle->setToolTip(tr("Send your own request to Kimai's API and inspect the answer"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_layout->addWidget(m_toggle);
    m_inspector = new JsonInspector(this);
    m_layout->addWidget(m_inspector, 1);
    connect(m_toggle, &QToolButton::toggled, this, &InspectorPane::setConsoleOpen);
}

void InspectorPane::setConsoleOpen(bool open)
{
    if (m_toggle->isChecked() != open) {
        m_toggle->setChecked(open);   // comes back here through toggled()
        return;
    }
    m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    if (open && !m_console) {
        m_console = new ApiConsoleView(m_core->apiConsole(), m_core->session(), m_prompter, this);
        m_console->setContentsMargins(6, 2, 6, 4);
        m_layout->insertWidget(1, m_console);
        connect(m_console, &ApiConsoleView::exchangeReady, m_inspector, [this](const Exchange &ex) { m_inspector->showExchange(ex); });
    }
    if (m_console)
        m_console->setVisible(open);
    if (open && m_console)
        m_console->pathEdit()->setFocus();
}

} // namespace kd

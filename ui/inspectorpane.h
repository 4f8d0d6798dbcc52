#pragma once

#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace kd {

class ApiConsoleView;
class AppCore;
class JsonInspector;
class Prompter;

// The right side of the workspace: the JSON inspector with the API console above it. The console is
// built the first time it is opened (its OpenAPI document is read then), so a window that never
// uses it pays for one button.
class InspectorPane final : public QWidget
{
    Q_OBJECT
public:
    InspectorPane(AppCore *core, Prompter *prompter, QWidget *parent = nullptr);

    JsonInspector *inspector() const { return m_inspector; }
    QToolButton *consoleToggle() const { return m_toggle; }
    // nullptr until the console was first opened.
    ApiConsoleView *console() const { return m_console; }
    void setConsoleOpen(bool open);

private:
    AppCore *m_core;
    Prompter *m_prompter;
    QVBoxLayout *m_layout;
    QToolButton *m_toggle;
    ApiConsoleView *m_console = nullptr;
    JsonInspector *m_inspector;
};

} // namespace kd

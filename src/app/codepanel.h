// SPDX-License-Identifier: MIT
#pragma once

#include "parameters.h"

#include <QWidget>

class QTextBrowser;
class QTimer;

namespace proclab {

struct Run;

// The tutorial's Python code for a scenario and, beside each of its claims, what the current run
// measured. Rebuilt on demand (after a run, on language change), not on every event.
class CodePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CodePanel(ScenarioId scenario, QWidget *parent = nullptr);

    // The panel is rebuilt (the tutorial's section laid out as HTML, a few ms) a moment later, in
    // an event of its own, once however often this is called in between: a run's start and end
    // already cost the window a relayout and a repaint each. html() brings it up to date first.
    void setRun(const Run *run, bool finished);
    // The "both" runtime: the C++ run and the Python run side by side (either may be null).
    void setRuns(const Run *cpp, const Run *python, bool finished);
    void rebuild();
    QString html() const;
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    ScenarioId m_scenario;
    const Run *m_run = nullptr;
    const Run *m_python = nullptr; // set only for the "both" runtime
    bool m_finished = false;
    QTextBrowser *m_browser;
    QTimer *m_rebuildLater;
};

} // namespace proclab

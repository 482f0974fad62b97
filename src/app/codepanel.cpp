// SPDX-License-Identifier: MIT
#include "codepanel.h"

#include "tutorial.h"

#include <QEvent>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace proclab {

namespace {
// Long enough that the relayout and repaint a run's start or end posts go first, in events of
// their own; too short to see.
constexpr int kRebuildDelayMs = 12;
} // namespace

CodePanel::CodePanel(ScenarioId scenario, QWidget *parent)
    : QWidget(parent)
    , m_scenario(scenario)
    , m_browser(new QTextBrowser(this))
    , m_rebuildLater(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenExternalLinks(false);
    m_rebuildLater->setSingleShot(true);
    m_rebuildLater->setInterval(kRebuildDelayMs);
    connect(m_rebuildLater, &QTimer::timeout, this, &CodePanel::rebuild);
    rebuild();
}

void CodePanel::setRun(const Run *run, bool finished)
{
    setRuns(run, nullptr, finished);
}

void CodePanel::setRuns(const Run *cpp, const Run *python, bool finished)
{
    m_run = cpp;
    m_python = python;
    m_finished = finished;
    if (!m_rebuildLater->isActive())
        m_rebuildLater->start();
}

void CodePanel::rebuild()
{
    m_rebuildLater->stop();
    m_browser->setToolTip(tr("The tutorial's code and claims, checked against this run"));
    const TutorialSection section = Tutorial::section(m_scenario, m_run, m_finished);
    if (m_python) {
        const TutorialSection python = Tutorial::section(m_scenario, m_python, m_finished);
        m_browser->setHtml(Tutorial::toHtml(section, &python));
    } else {
        m_browser->setHtml(Tutorial::toHtml(section));
    }
}

QString CodePanel::html() const
{
    if (m_rebuildLater->isActive())
        const_cast<CodePanel *>(this)->rebuild();
    return m_browser->toHtml();
}

void CodePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace proclab

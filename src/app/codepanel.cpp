// SPDX-License-Identifier: MIT
#include "codepanel.h"

#include "tutorial.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace proclab {

CodePanel::CodePanel(ScenarioId scenario, QWidget *parent)
    : QWidget(parent)
    , m_scenario(scenario)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenExternalLinks(false);
    rebuild();
}

void CodePanel::setRun(const Run *run, bool finished)
{
    m_run = run;
    m_finished = finished;
    rebuild();
}

void CodePanel::rebuild()
{
    m_browser->setToolTip(tr("The tutorial's code and claims, checked against this run"));
    m_browser->setHtml(Tutorial::toHtml(Tutorial::section(m_scenario, m_run, m_finished)));
}

QString CodePanel::html() const
{
    return m_browser->toHtml();
}

void CodePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace proclab

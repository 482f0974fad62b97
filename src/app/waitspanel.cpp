// SPDX-License-Identifier: MIT
#include "waitspanel.h"

#include "waitmodels.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace proclab {

namespace {

QTableView *compactTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 4);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    return view;
}

} // namespace

WaitsPanel::WaitsPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_allArrows(new QCheckBox(this))
    , m_attribution(new WaitAttributionModel(this))
    , m_matrix(new KeptWaitingModel(this))
    , m_path(new CriticalPathModel(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_allArrows, 0, Qt::AlignTop);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_attributionView = compactTable(m_attribution, splitter);
    m_matrixView = compactTable(m_matrix, splitter);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_pathView = compactTable(m_path, splitter);
    splitter->addWidget(m_attributionView);
    splitter->addWidget(m_matrixView);
    splitter->addWidget(m_pathView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    connect(m_allArrows, &QCheckBox::toggled, this, &WaitsPanel::showAllArrowsChanged);
    retranslate();
}

void WaitsPanel::setAnalysis(const Run *run, const WaitAnalysis &analysis)
{
    m_run = run;
    QStringList names;
    if (run) {
        for (const ProcessRecord &p : run->processes)
            names << p.name;
    }
    m_attribution->setAnalysis(names, run ? analysis.attribution : WaitAttribution{});
    m_matrix->setAnalysis(names, run ? analysis.attribution : WaitAttribution{});
    m_path->setAnalysis(names, run ? analysis.path : CriticalPath{});
    m_lastPath = run ? analysis.path : CriticalPath{};
    m_wallNs = run ? run->wallNs : 0;
    retranslate();
}

void WaitsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WaitsPanel::retranslate()
{
    m_allArrows->setText(tr("Arrows for all processes"));
    m_allArrows->setToolTip(tr("Otherwise arrows show for the process or span you click or point "
                               "at. With more than 16 processes only those show."));
    m_matrixView->setToolTip(tr("Who kept whom waiting (ms): each row waited for each column."));
    m_summary->setText(m_run ? CriticalPathModel::summary(m_lastPath, m_wallNs)
                             : tr("After a run: who waited for whom, and the critical path."));
}

} // namespace proclab

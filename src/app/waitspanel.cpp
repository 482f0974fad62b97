// SPDX-License-Identifier: MIT
#include "waitspanel.h"

#include "waitmodels.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

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
    m_allArrows->setChecked(true); // few lanes: every arrow at once reads well
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_allArrows, 0, Qt::AlignTop);

    // One table per tab: at the window's smallest size none of them fits beside another.
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_attributionView = compactTable(m_attribution, m_tabs);
    m_matrixView = compactTable(m_matrix, m_tabs);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixView->horizontalHeader()->setStretchLastSection(false);
    // One width for every column, set in fitMatrixColumns(): ResizeToContents would lay out the
    // text of every cell at each run's end (64 x 64 cells: ~6 ms of the GUI thread).
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_pathView = compactTable(m_path, m_tabs);
    m_pathView->verticalHeader()->hide();
    m_attributionView->verticalHeader()->hide();
    m_tabs->addTab(m_attributionView, QString());
    m_tabs->addTab(m_matrixView, QString());
    m_tabs->addTab(m_pathView, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
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
    fitMatrixColumns();
    m_path->setAnalysis(names, run ? analysis.path : CriticalPath{});
    m_lastPath = run ? analysis.path : CriticalPath{};
    m_wallNs = run ? run->wallNs : 0;
    retranslate();
}

void WaitsPanel::fitMatrixColumns()
{
    // The widest column label and the cell of the longest wait bound every cell: one
    // measurement per process instead of one per cell.
    QHeaderView *header = m_matrixView->horizontalHeader();
    int width = header->minimumSectionSize();
    for (int column = 0; column < m_matrix->columnCount(); ++column)
        width = std::max(width, header->sectionSizeHint(column));
    if (const QModelIndex longest = m_matrix->longestWait(); longest.isValid())
        width = std::max(width, m_matrixView->sizeHintForIndex(longest).width());
    header->setDefaultSectionSize(width);
}

void WaitsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitMatrixColumns();
    QWidget::changeEvent(event);
}

void WaitsPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Per process"));
    m_tabs->setTabText(1, tr("Who kept whom waiting (ms)"));
    m_tabs->setTabText(2, tr("Critical path"));
    m_allArrows->setText(tr("Arrows for all processes"));
    m_allArrows->setToolTip(tr("Otherwise arrows show for the process or span you click or point "
                               "at. With more than 16 processes only those show."));
    m_matrixView->setToolTip(tr("Who kept whom waiting (ms): each row waited for each column."));
    m_summary->setText(m_run ? CriticalPathModel::summary(m_lastPath, m_wallNs)
                             : tr("After a run: who waited for whom, and the critical path."));
}

} // namespace proclab

// SPDX-License-Identifier: MIT
#pragma once

#include "waitanalysis.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace proclab {

class CriticalPathModel;
class KeptWaitingModel;
class WaitAttributionModel;

// The "Waits" page below the timeline: who waited for whom (per process, and as a matrix), the
// critical path with its length and shares, and the switch for the timeline's arrows.
class WaitsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WaitsPanel(QWidget *parent = nullptr);

    // A finished run and its analysis (null: no run).
    void setAnalysis(const Run *run, const WaitAnalysis &analysis);
    QCheckBox *allArrowsCheck() const { return m_allArrows; }
    QLabel *summaryLabel() const { return m_summary; }
    QTabWidget *tables() const { return m_tabs; }
    WaitAttributionModel *attributionModel() const { return m_attribution; }
    KeptWaitingModel *matrixModel() const { return m_matrix; }
    QTableView *matrixView() const { return m_matrixView; }
    CriticalPathModel *pathModel() const { return m_path; }

signals:
    void showAllArrowsChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitMatrixColumns();

    QLabel *m_summary;
    QTabWidget *m_tabs = nullptr;
    QCheckBox *m_allArrows;
    WaitAttributionModel *m_attribution;
    KeptWaitingModel *m_matrix;
    CriticalPathModel *m_path;
    QTableView *m_attributionView;
    QTableView *m_matrixView;
    QTableView *m_pathView;
    const Run *m_run = nullptr;
    CriticalPath m_lastPath;
    qint64 m_wallNs = 0;
};

} // namespace proclab

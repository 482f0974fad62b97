// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class ChartExportDialog;
}

namespace proclab {

// Asks where to save a chart and at what size and resolution; the file's suffix picks the format.
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChartExportDialog(const QString &suggestedPath, QWidget *parent = nullptr);
    ~ChartExportDialog() override;

    QString path() const;
    QSize imageSize() const;
    int dpi() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    std::unique_ptr<Ui::ChartExportDialog> m_ui;
};

} // namespace proclab

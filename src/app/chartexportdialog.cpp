// SPDX-License-Identifier: MIT
#include "chartexportdialog.h"

#include "exportlocation.h"
#include "ui_chartexportdialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace proclab {

namespace {
const QString kWidthKey = QStringLiteral("export/width");
const QString kHeightKey = QStringLiteral("export/height");
const QString kDpiKey = QStringLiteral("export/dpi");
} // namespace

ChartExportDialog::ChartExportDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChartExportDialog>())
{
    m_ui->setupUi(this);
    const QSettings settings;
    m_ui->widthSpin->setValue(settings.value(kWidthKey, m_ui->widthSpin->value()).toInt());
    m_ui->heightSpin->setValue(settings.value(kHeightKey, m_ui->heightSpin->value()).toInt());
    m_ui->dpiSpin->setValue(settings.value(kDpiKey, m_ui->dpiSpin->value()).toInt());
    m_ui->fileEdit->setText(QDir(ExportLocation::lastDirectory()).filePath(suggestedPath));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ChartExportDialog::browse);
}

ChartExportDialog::~ChartExportDialog() = default;

QString ChartExportDialog::path() const
{
    return m_ui->fileEdit->text().trimmed();
}

QSize ChartExportDialog::imageSize() const
{
    return {m_ui->widthSpin->value(), m_ui->heightSpin->value()};
}

int ChartExportDialog::dpi() const
{
    return m_ui->dpiSpin->value();
}

void ChartExportDialog::browse()
{
    auto *dialog =
        new ExportFileDialog(this, tr("Export Chart"), QFileInfo(path()).fileName(),
                             tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    dialog->setDirectory(QFileInfo(path()).absolutePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_ui->fileEdit, &QLineEdit::setText);
    dialog->open();
}

void ChartExportDialog::accept()
{
    const QString suffix = QFileInfo(path()).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
        suffix != QLatin1String("pdf")) {
        // open(), not exec(): nothing waits on the answer, and runs keep being served meanwhile.
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Export Chart"),
            tr("Please end the file name with .png, .svg or .pdf: the suffix chooses the format."),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    QSettings settings;
    settings.setValue(kWidthKey, imageSize().width());
    settings.setValue(kHeightKey, imageSize().height());
    settings.setValue(kDpiKey, dpi());
    QDialog::accept();
}

void ChartExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace proclab

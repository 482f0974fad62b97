// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "languageswitcher.h"
#include "parameterpanel.h"
#include "scenariotab.h"
#include "stalecleanup.h"
#include "sweep.h"
#include "ui_mainwindow.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <algorithm>

namespace proclab {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kTabKey = QStringLiteral("window/tab");
const QString kLanguageKey = QStringLiteral("window/language");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_languages(new LanguageSwitcher(this))
{
    // What a lab that was killed left behind (System V segments and key files of its runs) goes
    // when the window opens, not only when the next run starts.
    removeStaleIpcObjects();
    m_ui->setupUi(this);
    // The language comes first, so every widget is built in it rather than rebuilt right after.
    const QString language =
        QSettings().value(kLanguageKey, LanguageSwitcher::systemLanguage()).toString();
    if (!m_languages->setLanguage(language))
        m_languages->setLanguage(QStringLiteral("en"));
    // Widgets keep the locale they were created with; numbers in spin boxes follow the language.
    setLocale(QLocale());
    setCentralWidget(m_ui->tabs);
    for (const ScenarioInfo &info : scenarioInfos()) {
        auto *tab = new ScenarioTab(info.id, m_ui->tabs);
        m_ui->tabs->addTab(tab, QString());
        m_tabs.push_back(tab);
        connect(tab, &ScenarioTab::statusChanged, this, [this, tab](const QString &status) {
            if (tab == currentTab())
                statusBar()->showMessage(status);
        });
        connect(tab, &ScenarioTab::runningChanged, this, &MainWindow::updateActions);
    }
    m_coresLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_coresLabel);
    m_ui->actionRun->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    buildLanguageMenu();
    connectActions();
    loadSettings();
    retranslate();
    updateActions();
}

MainWindow::~MainWindow() = default;

QTabWidget *MainWindow::tabs() const
{
    return m_ui->tabs;
}

ScenarioTab *MainWindow::tab(ScenarioId scenario) const
{
    for (ScenarioTab *t : m_tabs) {
        if (t->scenario() == scenario)
            return t;
    }
    return nullptr;
}

ScenarioTab *MainWindow::currentTab() const
{
    return qobject_cast<ScenarioTab *>(m_ui->tabs->currentWidget());
}

bool MainWindow::selectTab(const QString &key)
{
    const auto id = scenarioFromKey(key.toLower());
    if (!id)
        return false;
    m_ui->tabs->setCurrentWidget(tab(*id));
    return true;
}

bool MainWindow::setLanguage(const QString &language)
{
    if (!m_languages->setLanguage(language))
        return false;
    setLocale(QLocale());
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
    return true;
}

void MainWindow::buildLanguageMenu()
{
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &language : LanguageSwitcher::availableLanguages()) {
        // Each language is offered under its own name, readable whatever language is active.
        QAction *action = m_ui->menuLanguage->addAction(LanguageSwitcher::nativeName(language));
        action->setCheckable(true);
        action->setChecked(language == m_languages->language());
        action->setData(language);
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });
}

void MainWindow::connectActions()
{
    connect(m_ui->actionRun, &QAction::triggered, this, [this] { currentTab()->start(); });
    connect(m_ui->actionStop, &QAction::triggered, this, [this] {
        ScenarioTab *t = currentTab();
        t->stop();
        t->stopSweep();
    });
    connect(m_ui->actionSweep, &QAction::triggered, this, [this] {
        ScenarioTab *pool = tab(ScenarioId::Pool);
        m_ui->tabs->setCurrentWidget(pool);
        pool->startSweep();
    });
    connect(m_ui->actionResetParameters, &QAction::triggered, this,
            [this] { currentTab()->parameterPanel()->resetToDefaults(); });
    connect(m_ui->actionResetZoom, &QAction::triggered, this,
            [this] { currentTab()->resetZoom(); });
    connect(m_ui->actionExportTimeline, &QAction::triggered, this,
            [this] { currentTab()->exportTimelineInteractively(); });
    connect(m_ui->actionExportSpeedup, &QAction::triggered, this, [this] {
        ScenarioTab *pool = tab(ScenarioId::Pool);
        m_ui->tabs->setCurrentWidget(pool);
        pool->exportSpeedupInteractively();
    });
    connect(m_ui->actionExportJson, &QAction::triggered, this,
            [this] { currentTab()->exportRunDataInteractively(DataFormat::Json); });
    connect(m_ui->actionExportCsv, &QAction::triggered, this,
            [this] { currentTab()->exportRunDataInteractively(DataFormat::Csv); });
    connect(m_ui->actionExportTrace, &QAction::triggered, this,
            [this] { currentTab()->exportRunDataInteractively(DataFormat::Trace); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionNextTab, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentIndex((m_ui->tabs->currentIndex() + 1) % m_ui->tabs->count());
    });
    connect(m_ui->actionPreviousTab, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentIndex((m_ui->tabs->currentIndex() + m_ui->tabs->count() - 1) %
                                    m_ui->tabs->count());
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        setWindowTitle(tr("ProcLab – %1").arg(translatedScenarioTitle(currentTab()->scenario())));
        statusBar()->showMessage(currentTab()->statusText());
    });
}

void MainWindow::updateActions()
{
    ScenarioTab *t = currentTab();
    if (!t)
        return;
    const bool sweeping = t->isSweeping();
    m_ui->actionRun->setEnabled(t->isAvailable() && !t->isRunning() && !sweeping);
    m_ui->actionStop->setEnabled(t->isRunning() || sweeping);
    ScenarioTab *pool = tab(ScenarioId::Pool);
    const bool poolBusy = pool->isRunning() || pool->isSweeping();
    m_ui->actionSweep->setEnabled(pool->isAvailable() && !poolBusy);
    const bool hasRun = t->hasRun();
    m_ui->actionExportJson->setEnabled(hasRun);
    m_ui->actionExportCsv->setEnabled(hasRun);
    m_ui->actionExportTrace->setEnabled(hasRun);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About ProcLab"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(
        tr("<h3>ProcLab %1</h3>"
           "<p>A lab for operating-system multiprocessing. It re-creates the six scenarios "
           "of a Python <tt>multiprocessing</tt> tutorial with real worker processes and "
           "shows what happens: every process a lane on a timeline, every barrier wait and "
           "lock hold a span, every run a point on a speedup chart.</p>"
           "<p>Built with Qt %2. Licensed under the MIT licence.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    box->open();
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        auto *t = qobject_cast<ScenarioTab *>(m_ui->tabs->widget(i));
        const ScenarioInfo &info = scenarioInfo(t->scenario());
        // A tab text treats '&' as a mnemonic marker: "Barrier & Lock" needs it doubled.
        m_ui->tabs->setTabText(
            i,
            translatedScenarioTitle(t->scenario()).replace(QLatin1Char('&'), QStringLiteral("&&")));
        m_ui->tabs->setTabToolTip(i, tr("The tutorial's %1").arg(QLatin1String(info.script)));
    }
    if (ScenarioTab *t = currentTab()) {
        setWindowTitle(tr("ProcLab – %1").arg(translatedScenarioTitle(t->scenario())));
        statusBar()->showMessage(t->statusText());
    }
    m_ui->menuLanguage->setToolTip(tr("The language of the whole window; switches at once"));
    m_coresLabel->setText(tr("%n core(s)", nullptr, QThread::idealThreadCount()));
    m_coresLabel->setToolTip(tr("Processor cores available to the runs: more workers than this "
                                "cannot run at the same time"));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (const ScenarioTab *t = currentTab())
        settings.setValue(kTabKey, t->key());
    settings.setValue(kLanguageKey, m_languages->language());
    for (const ScenarioTab *t : m_tabs)
        t->saveSettings(settings);
}

void MainWindow::loadSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 860);
    restoreState(settings.value(kStateKey).toByteArray());
    for (ScenarioTab *t : m_tabs)
        t->loadSettings(settings);
    selectTab(settings.value(kTabKey, QStringLiteral("naming")).toString());
    const QString language =
        settings.value(kLanguageKey, LanguageSwitcher::systemLanguage()).toString();
    if (!setLanguage(language))
        setLanguage(QStringLiteral("en"));
}

void MainWindow::stopAllRuns()
{
    for (ScenarioTab *t : m_tabs) {
        t->stop();
        t->stopSweep();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const bool busy = std::any_of(m_tabs.begin(), m_tabs.end(), [](const ScenarioTab *t) {
        return t->isRunning() || t->isSweeping();
    });
    if (busy && !m_quitConfirmed) {
        // Asked with open(), not exec(): the runs keep being served while the question stands.
        event->ignore();
        const auto *asked = findChild<QMessageBox *>(QStringLiteral("quitQuestion"));
        if (asked && asked->isVisible())
            return; // already asking
        auto *box = new QMessageBox(QMessageBox::Question, tr("Quit ProcLab"),
                                    tr("A run is still going. Quit anyway? Every process of it "
                                       "will be killed; its data is not saved."),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("quitQuestion"));
        box->button(QMessageBox::Yes)->setText(tr("&Quit"));
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this](int result) {
            if (result != QMessageBox::Yes)
                return;
            m_quitConfirmed = true;
            stopAllRuns();
            close();
        });
        box->open();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace proclab

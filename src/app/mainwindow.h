// SPDX-License-Identifier: MIT
#pragma once

#include "parameters.h"

#include <QMainWindow>
#include <memory>
#include <vector>

class QActionGroup;
class QLabel;
class QTabWidget;

namespace Ui {
class MainWindow;
}

namespace proclab {

class LanguageSwitcher;
class ScenarioTab;

// The lab: one tab per scenario, menus and toolbar acting on the current tab, the language menu,
// and the settings that bring the window back as it was left.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const;
    ScenarioTab *tab(ScenarioId scenario) const;
    ScenarioTab *currentTab() const;
    // Selects the tab by its scenario key ("naming", …); false for an unknown key.
    bool selectTab(const QString &key);

    LanguageSwitcher *languageSwitcher() const { return m_languages; }
    bool setLanguage(const QString &language);

    void saveSettings() const;
    // Stops every tab's run and sweep (the lab got SIGTERM, SIGINT or SIGHUP).
    void stopAllRuns();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLanguageMenu();
    void connectActions();
    void loadSettings();
    void retranslate();
    void updateActions();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::vector<ScenarioTab *> m_tabs;
    bool m_quitConfirmed = false; // the user said "Quit" while runs were going
    LanguageSwitcher *m_languages;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_coresLabel = nullptr;
};

} // namespace proclab

// SPDX-License-Identifier: MIT
#pragma once

#include "parameters.h"

#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QSettings;
class QSlider;
class QSpinBox;

namespace proclab {

// The controls for one scenario's parameters, generated from its ParamSpec table so the window
// offers exactly the ranges the command line accepts. Numbers get a slider for quick moves and a
// spin box for exact values; the signal is a choice, the join-in-loop mistake a check box.
class ParameterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ParameterPanel(ScenarioId scenario, QWidget *parent = nullptr);

    ScenarioId scenario() const { return m_scenario; }
    ScenarioParameters parameters() const;
    qint64 value(Param param) const;
    void setValue(Param param, qint64 value);
    void resetToDefaults();

    // Null when the scenario has no such parameter or it is not shown as that kind of control.
    QSlider *slider(Param param) const;
    QSpinBox *spinBox(Param param) const;
    QComboBox *comboBox(Param param) const;
    QCheckBox *checkBox(Param param) const;

    void saveSettings(QSettings &settings) const;
    void loadSettings(const QSettings &settings);

    static QString parameterLabel(Param param);
    static QString parameterToolTip(Param param, ScenarioId scenario);
    // How a choice parameter's value reads in the window ("Qt – QSystemSemaphore").
    static QString choiceText(Param param, qint64 value);

signals:
    void parametersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        ParamSpec spec;
        QLabel *label = nullptr;
        QSlider *slider = nullptr;
        QSpinBox *spin = nullptr;
        QComboBox *combo = nullptr;
        QCheckBox *check = nullptr;
        QLabel *unit = nullptr;
        bool logarithmic = false;
    };
    void buildRow(const ParamSpec &spec, int gridRow);
    void offerMpiIfAvailable(QComboBox *combo);
    void retranslate();
    void updateApplicability();
    const Row *row(Param param) const;
    int sliderPosition(const Row &row, qint64 value) const;
    qint64 sliderValue(const Row &row, int position) const;

    ScenarioId m_scenario;
    std::vector<Row> m_rows;
};

} // namespace proclab

// SPDX-License-Identifier: MIT
#include "parameterpanel.h"

#include "apptestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace proclab;

class TestParameterPanel : public QObject
{
    Q_OBJECT
private slots:
    void typedValueAboveTheMaximumIsClampedNotCut();
    void initTestCase();
    void controlsFollowTheSpecTable_data();
    void controlsFollowTheSpecTable();
    void sliderMovesSpinBoxAndParameters();
    void wideRangesReachBothEnds();
    void signalAndMistakeControls();
    void settingsRoundTrip();
    void mpiChoiceGreyedWithTheReasonWhenUnavailable();

private:
    QTemporaryDir m_settingsDir;
};

void TestParameterPanel::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
}

void TestParameterPanel::controlsFollowTheSpecTable_data()
{
    QTest::addColumn<int>("scenario");
    for (const ScenarioInfo &info : scenarioInfos())
        QTest::newRow(info.key) << int(info.id);
}

void TestParameterPanel::controlsFollowTheSpecTable()
{
    QFETCH(int, scenario);
    const auto id = ScenarioId(scenario);
    ParameterPanel panel(id);
    for (const ParamSpec &spec : scenarioInfo(id).params) {
        if (spec.param == Param::TimeoutMs)
            continue;
        QCOMPARE(panel.value(spec.param), spec.defaultValue);
        if (QSpinBox *spin = panel.spinBox(spec.param)) {
            QCOMPARE(qint64(spin->minimum()), spec.min);
            QCOMPARE(qint64(spin->maximum()), spec.max);
            QVERIFY2(!spin->toolTip().isEmpty(), spec.key);
        } else {
            QVERIFY(panel.comboBox(spec.param) || panel.checkBox(spec.param));
        }
    }
    // The parameters the panel hands out are exactly the engine's defaults.
    QCOMPARE(panel.parameters().toJson(), ScenarioParameters(id).toJson());
}

void TestParameterPanel::sliderMovesSpinBoxAndParameters()
{
    ParameterPanel panel(ScenarioId::Spawning);
    QSlider *slider = panel.slider(Param::Workers);
    QSpinBox *spin = panel.spinBox(Param::Workers);
    QVERIFY(slider && spin);
    QSignalSpy changed(&panel, &ParameterPanel::parametersChanged);
    slider->setValue(slider->value() + 3); // 6 → 9 workers (linear range 1…64)
    QCOMPARE(spin->value(), 9);
    QCOMPARE(panel.parameters().value(Param::Workers), 9);
    QVERIFY(changed.count() >= 1);
    spin->setValue(2);
    QCOMPARE(slider->value(), 1);
    QCOMPARE(panel.parameters().value(Param::Workers), 2);
}

void TestParameterPanel::wideRangesReachBothEnds()
{
    ParameterPanel panel(ScenarioId::Naming);
    QSlider *slider = panel.slider(Param::Workload);
    QSpinBox *spin = panel.spinBox(Param::Workload);
    slider->setValue(slider->minimum());
    QCOMPARE(spin->value(), spin->minimum());
    slider->setValue(slider->maximum());
    QCOMPARE(spin->value(), spin->maximum());
    int previous = -1;
    for (int position = slider->minimum(); position <= slider->maximum(); position += 50) {
        slider->setValue(position);
        QVERIFY(spin->value() >= previous);
        previous = spin->value();
    }
}

void TestParameterPanel::signalAndMistakeControls()
{
    ParameterPanel killing(ScenarioId::Killing);
    QComboBox *signal = killing.comboBox(Param::Signal);
    QVERIFY(signal);
    signal->setCurrentIndex(signal->findData(SIGKILL));
    QCOMPARE(killing.parameters().value(Param::Signal), qint64(SIGKILL));

    ParameterPanel spawning(ScenarioId::Spawning);
    QCheckBox *join = spawning.checkBox(Param::JoinInLoop);
    QVERIFY(join);
    join->setChecked(true);
    QCOMPARE(spawning.parameters().value(Param::JoinInLoop), 1);
}

void TestParameterPanel::settingsRoundTrip()
{
    {
        ParameterPanel panel(ScenarioId::Pool);
        panel.setValue(Param::Workers, 3);
        panel.setValue(Param::Chunksize, 2);
        QSettings settings;
        panel.saveSettings(settings);
    }
    ParameterPanel restored(ScenarioId::Pool);
    QCOMPARE(restored.value(Param::Workers), 4);
    restored.loadSettings(QSettings());
    QCOMPARE(restored.value(Param::Workers), 3);
    QCOMPARE(restored.value(Param::Chunksize), 2);
    QCOMPARE(restored.slider(Param::Workers)->value(), 2);
}

// Typing a number larger than the maximum used to lose its last keystroke silently (QSpinBox
// rejects it): 1,000,000 typed into the pool's workload (at most 200,000) became 100,000. It is
// now taken as typed and brought to the maximum, which the tooltip then states.
void TestParameterPanel::typedValueAboveTheMaximumIsClampedNotCut()
{
    ParameterPanel panel(ScenarioId::Pool);
    panel.show();
    QSpinBox *spin = panel.spinBox(Param::Workload);
    QVERIFY(spin);
    const int maximum = spin->maximum();
    QVERIFY(maximum < 1'000'000);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("1000000"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(spin->value(), maximum);
    QCOMPARE(panel.value(Param::Workload), qint64(maximum));
    // Below the minimum the same: brought up to it.
    QSpinBox *workers = panel.spinBox(Param::Workers);
    workers->setFocus();
    workers->selectAll();
    QTest::keyClicks(workers, QStringLiteral("0"));
    QTest::keyClick(workers, Qt::Key_Return);
    QCOMPARE(workers->value(), workers->minimum());
}

void TestParameterPanel::mpiChoiceGreyedWithTheReasonWhenUnavailable()
{
    const auto mpiItem = [](ParameterPanel &panel) {
        QComboBox *combo = panel.comboBox(Param::Runtime);
        auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        const int index = combo->findData(int(RuntimeChoice::Mpi));
        return index >= 0 && model ? model->item(index) : nullptr;
    };
    // Only the scenarios that make sense on MPI ranks offer it.
    ParameterPanel naming(ScenarioId::Naming);
    QVERIFY(!mpiItem(naming));

    // Installed (setup.sh installs Open MPI; the worker is built beside proclab-worker): offered.
    {
        ParameterPanel pool(ScenarioId::Pool);
        QStandardItem *item = mpiItem(pool);
        QVERIFY(item);
        QVERIFY2(item->isEnabled(), qPrintable(item->toolTip()));
    }
    const QByteArray worker = qgetenv("PROCLAB_WORKER");
    const QByteArray path = qgetenv("PATH");
    // No proclab-mpi-worker beside the worker program: greyed out, and the tooltip says why.
    QTemporaryDir empty;
    qputenv("PROCLAB_WORKER", empty.filePath(QStringLiteral("proclab-worker")).toLocal8Bit());
    {
        ParameterPanel barrier(ScenarioId::Barrier);
        QStandardItem *item = mpiItem(barrier);
        QVERIFY(item && !item->isEnabled());
        QVERIFY2(item->toolTip().contains(QStringLiteral("proclab-mpi-worker")),
                 qPrintable(item->toolTip()));
    }
    // No mpirun on the PATH: the same, naming Open MPI's packages.
    qputenv("PROCLAB_WORKER", worker);
    qputenv("PATH", empty.path().toLocal8Bit());
    {
        ParameterPanel pool(ScenarioId::Pool);
        QStandardItem *item = mpiItem(pool);
        QVERIFY(item && !item->isEnabled());
        QVERIFY2(item->toolTip().contains(QStringLiteral("openmpi-bin")),
                 qPrintable(item->toolTip()));
    }
    qputenv("PATH", path);
}

QTEST_MAIN(TestParameterPanel)
#include "tst_parameterpanel.moc"

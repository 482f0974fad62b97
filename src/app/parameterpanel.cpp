// SPDX-License-Identifier: MIT
#include "parameterpanel.h"

#include "mpiscenario.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <csignal>

namespace proclab {

namespace {

// Slider resolution for wide ranges. A linear slider over 0 … 200 000 000 items could not reach
// the small values a learner starts with, so wide ranges move on a logarithmic scale.
constexpr int kLogSteps = 1000;
constexpr qint64 kLinearLimit = 1000;

// The units in the ParamSpec table are plain strings; these mark them for translation.
const char *const kUnits[] = {
    QT_TRANSLATE_NOOP("proclab::ParameterPanel", "items"),
    QT_TRANSLATE_NOOP("proclab::ParameterPanel", "ms"),
    QT_TRANSLATE_NOOP("proclab::ParameterPanel", "processes"),
    QT_TRANSLATE_NOOP("proclab::ParameterPanel", "rounds"),
    QT_TRANSLATE_NOOP("proclab::ParameterPanel", "tasks"),
};

QString translatedUnit(const char *unit)
{
    for (const char *known : kUnits) {
        if (qstrcmp(known, unit) == 0)
            return QCoreApplication::translate("proclab::ParameterPanel", known);
    }
    return QString::fromUtf8(unit);
}

// A spin box that takes a number typed beyond its range and brings it to the nearest end, saying so
// in its tooltip. QSpinBox rejects the keystroke that leaves the range instead, so typing
// 1,000,000 where 200,000 is the most silently gave 100,000.
class ClampingSpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

protected:
    QValidator::State validate(QString &input, int &pos) const override
    {
        const QValidator::State state = QSpinBox::validate(input, pos);
        if (state != QValidator::Invalid)
            return state;
        bool ok = false;
        locale().toLongLong(stripped(input), &ok);
        return ok ? QValidator::Intermediate : QValidator::Invalid;
    }
    void fixup(QString &input) const override
    {
        bool ok = false;
        const qint64 typed = locale().toLongLong(stripped(input), &ok);
        if (!ok)
            return QSpinBox::fixup(input);
        const qint64 value = std::clamp<qint64>(typed, minimum(), maximum());
        if (value != typed)
            QToolTip::showText(mapToGlobal(rect().bottomLeft()),
                               typed > value ? ParameterPanel::tr("The most is %L1.").arg(value)
                                             : ParameterPanel::tr("The least is %L1.").arg(value),
                               const_cast<ClampingSpinBox *>(this));
        input = textFromValue(int(value));
    }

private:
    QString stripped(const QString &input) const
    {
        QString text = input.trimmed();
        text.remove(locale().groupSeparator());
        return text;
    }
};

QString settingsKey(ScenarioId scenario, const ParamSpec &spec)
{
    return QStringLiteral("%1/%2").arg(QLatin1String(scenarioInfo(scenario).key),
                                       QLatin1String(spec.key));
}

} // namespace

ParameterPanel::ParameterPanel(ScenarioId scenario, QWidget *parent)
    : QWidget(parent)
    , m_scenario(scenario)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    int gridRow = 0;
    for (const ParamSpec &spec : scenarioInfo(scenario).params) {
        // The run-level timeout is a safety net, not something the tutorial explores.
        if (spec.param == Param::TimeoutMs)
            continue;
        buildRow(spec, gridRow++);
    }
    retranslate();
    connect(this, &ParameterPanel::parametersChanged, this, &ParameterPanel::updateApplicability);
    updateApplicability();
}

// Some parameters mean something for one runtime only: the primitive families and the faults are
// the C++ workers' (Python's multiprocessing brings its own POSIX semaphores), the start method is
// Python's. The others are disabled, not hidden, so the panel does not jump.
void ParameterPanel::updateApplicability()
{
    const auto runtime = RuntimeChoice(value(Param::Runtime));
    for (const Row &r : m_rows) {
        bool enabled = true;
        if (r.spec.param == Param::Primitives || r.spec.param == Param::BreakIt)
            enabled = runtime != RuntimeChoice::Python &&
                      (runtime != RuntimeChoice::Mpi || r.spec.param == Param::BreakIt);
        else if (r.spec.param == Param::StartMethod)
            enabled = runtime != RuntimeChoice::Cpp && runtime != RuntimeChoice::Mpi;
        for (QWidget *w : {static_cast<QWidget *>(r.label), static_cast<QWidget *>(r.slider),
                           static_cast<QWidget *>(r.spin), static_cast<QWidget *>(r.combo),
                           static_cast<QWidget *>(r.check), static_cast<QWidget *>(r.unit)}) {
            if (w)
                w->setEnabled(enabled);
        }
    }
}

void ParameterPanel::buildRow(const ParamSpec &spec, int gridRow)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    Row r;
    r.spec = spec;
    r.label = new QLabel(this);
    grid->addWidget(r.label, gridRow, 0);
    if (spec.param == Param::Signal || !spec.choices.empty()) {
        r.combo = new QComboBox(this);
        if (spec.param == Param::Signal) {
            r.combo->addItem(QString(), SIGTERM);
            r.combo->addItem(QString(), SIGKILL);
        } else {
            for (qint64 v = spec.min; v <= spec.max; ++v)
                r.combo->addItem(QString(), int(v));
        }
        r.combo->setCurrentIndex(r.combo->findData(int(spec.defaultValue)));
        r.label->setBuddy(r.combo);
        grid->addWidget(r.combo, gridRow, 1, 1, 3);
        connect(r.combo, &QComboBox::currentIndexChanged, this, &ParameterPanel::parametersChanged);
    } else if (spec.param == Param::JoinInLoop) {
        r.check = new QCheckBox(this);
        r.check->setChecked(spec.defaultValue != 0);
        grid->addWidget(r.check, gridRow, 1, 1, 3);
        connect(r.check, &QCheckBox::toggled, this, &ParameterPanel::parametersChanged);
    } else {
        r.spin = new ClampingSpinBox(this);
        r.spin->setRange(int(spec.min), int(spec.max));
        r.spin->setValue(int(spec.defaultValue));
        r.spin->setGroupSeparatorShown(true);
        r.spin->setAccelerated(true);
        r.label->setBuddy(r.spin);
        // A seed has no "more" or "less": a slider over it would mean nothing.
        if (spec.param != Param::Seed) {
            r.slider = new QSlider(Qt::Horizontal, this);
            r.logarithmic = spec.max - spec.min > kLinearLimit;
            r.slider->setRange(0, r.logarithmic ? kLogSteps : int(spec.max - spec.min));
            r.slider->setMinimumWidth(120);
            grid->addWidget(r.slider, gridRow, 1);
            grid->addWidget(r.spin, gridRow, 2);
        } else {
            grid->addWidget(r.spin, gridRow, 1, 1, 2);
        }
        r.unit = new QLabel(this);
        grid->addWidget(r.unit, gridRow, 3);
    }
    m_rows.push_back(r);
    const size_t index = m_rows.size() - 1;
    Row &stored = m_rows.back();
    if (stored.slider) {
        stored.slider->setValue(sliderPosition(stored, spec.defaultValue));
        connect(stored.slider, &QSlider::valueChanged, this, [this, index](int position) {
            const Row &rw = m_rows[index];
            const QSignalBlocker block(rw.spin);
            rw.spin->setValue(int(sliderValue(rw, position)));
            emit parametersChanged();
        });
    }
    if (stored.spin) {
        connect(stored.spin, &QSpinBox::valueChanged, this, [this, index](int v) {
            const Row &rw = m_rows[index];
            if (rw.slider) {
                const QSignalBlocker block(rw.slider);
                rw.slider->setValue(sliderPosition(rw, v));
            }
            emit parametersChanged();
        });
    }
}

int ParameterPanel::sliderPosition(const Row &r, qint64 value) const
{
    const qint64 offset = value - r.spec.min;
    if (!r.logarithmic)
        return int(offset);
    const double span = double(r.spec.max - r.spec.min);
    return int(std::lround(std::log1p(double(offset)) / std::log1p(span) * kLogSteps));
}

qint64 ParameterPanel::sliderValue(const Row &r, int position) const
{
    if (!r.logarithmic)
        return r.spec.min + position;
    const double span = double(r.spec.max - r.spec.min);
    const double offset = std::expm1(double(position) / kLogSteps * std::log1p(span));
    // Round to two significant digits so slider values read like numbers a person would pick.
    double rounded = offset;
    if (offset >= 100) {
        const double scale = std::pow(10.0, std::floor(std::log10(offset)) - 1);
        rounded = std::round(offset / scale) * scale;
    }
    return std::clamp<qint64>(r.spec.min + std::llround(rounded), r.spec.min, r.spec.max);
}

const ParameterPanel::Row *ParameterPanel::row(Param param) const
{
    for (const Row &r : m_rows) {
        if (r.spec.param == param)
            return &r;
    }
    return nullptr;
}

qint64 ParameterPanel::value(Param param) const
{
    const Row *r = row(param);
    if (!r)
        return ScenarioParameters(m_scenario).value(param);
    if (r->combo)
        return r->combo->currentData().toLongLong();
    if (r->check)
        return r->check->isChecked() ? 1 : 0;
    return r->spin->value();
}

void ParameterPanel::setValue(Param param, qint64 value)
{
    const Row *r = row(param);
    if (!r)
        return;
    if (r->combo) {
        const int index = r->combo->findData(int(value));
        if (index >= 0)
            r->combo->setCurrentIndex(index);
    } else if (r->check) {
        r->check->setChecked(value != 0);
    } else {
        r->spin->setValue(int(std::clamp(value, r->spec.min, r->spec.max)));
    }
}

void ParameterPanel::resetToDefaults()
{
    for (const Row &r : m_rows)
        setValue(r.spec.param, r.spec.defaultValue);
}

ScenarioParameters ParameterPanel::parameters() const
{
    ScenarioParameters p(m_scenario);
    for (const Row &r : m_rows)
        p.set(r.spec.param, value(r.spec.param));
    return p;
}

QSlider *ParameterPanel::slider(Param param) const
{
    const Row *r = row(param);
    return r ? r->slider : nullptr;
}

QSpinBox *ParameterPanel::spinBox(Param param) const
{
    const Row *r = row(param);
    return r ? r->spin : nullptr;
}

QComboBox *ParameterPanel::comboBox(Param param) const
{
    const Row *r = row(param);
    return r ? r->combo : nullptr;
}

QCheckBox *ParameterPanel::checkBox(Param param) const
{
    const Row *r = row(param);
    return r ? r->check : nullptr;
}

void ParameterPanel::saveSettings(QSettings &settings) const
{
    for (const Row &r : m_rows)
        settings.setValue(settingsKey(m_scenario, r.spec), value(r.spec.param));
}

void ParameterPanel::loadSettings(const QSettings &settings)
{
    for (const Row &r : m_rows) {
        const QVariant stored = settings.value(settingsKey(m_scenario, r.spec));
        bool ok = false;
        const qint64 v = stored.toLongLong(&ok);
        // A value from an older version with other ranges is dropped rather than clamped.
        if (ok && ScenarioParameters(m_scenario).set(r.spec.param, v))
            setValue(r.spec.param, v);
    }
}

QString ParameterPanel::parameterLabel(Param param)
{
    switch (param) {
    case Param::Workers:
        return tr("&Workers:");
    case Param::Workload:
        return tr("Wor&kload:");
    case Param::Rounds:
        return tr("&Rounds:");
    case Param::Tasks:
        return tr("&Tasks:");
    case Param::Chunksize:
        return tr("&Chunk size:");
    case Param::KillAfter:
        return tr("&Kill after:");
    case Param::Signal:
        return tr("&Signal:");
    case Param::Seed:
        return tr("S&eed:");
    case Param::JoinInLoop:
        return tr("Mistake:");
    case Param::Duration:
        return tr("&Duration:");
    case Param::TimeoutMs:
        return tr("Time limit:");
    case Param::Primitives:
        return tr("&Primitives:");
    case Param::BreakIt:
        return tr("&Break it:");
    case Param::Runtime:
        return tr("R&untime:");
    case Param::StartMethod:
        return tr("Start &method:");
    }
    return {};
}

QString ParameterPanel::choiceText(Param param, qint64 value)
{
    if (param == Param::Primitives) {
        switch (PrimitivesChoice(value)) {
        case PrimitivesChoice::Qt:
            return tr("Qt – QSystemSemaphore");
        case PrimitivesChoice::Posix:
            return tr("POSIX – sem_open, as Python");
        case PrimitivesChoice::Futex:
            return tr("futex – robust mutex");
        }
    } else if (param == Param::Runtime) {
        switch (RuntimeChoice(value)) {
        case RuntimeChoice::Cpp:
            return tr("C++ workers");
        case RuntimeChoice::Python:
            return tr("the tutorial's Python");
        case RuntimeChoice::Both:
            return tr("both: C++, then Python");
        case RuntimeChoice::BothTogether:
            return tr("both at the same time");
        case RuntimeChoice::Mpi:
            return tr("MPI ranks (mpirun)");
        }
    } else if (param == Param::StartMethod) {
        switch (StartMethodChoice(value)) {
        case StartMethodChoice::Fork:
            return QStringLiteral("fork");
        case StartMethodChoice::Spawn:
            return QStringLiteral("spawn");
        case StartMethodChoice::Forkserver:
            return QStringLiteral("forkserver");
        }
    } else if (param == Param::BreakIt) {
        switch (BreakItChoice(value)) {
        case BreakItChoice::None:
            return tr("nothing");
        case BreakItChoice::KillHolder:
            return tr("kill the lock holder in its critical section");
        case BreakItChoice::ExitAfterLastBarrier:
            return tr("exit right after the last barrier");
        }
    }
    return {};
}

QString ParameterPanel::parameterToolTip(Param param, ScenarioId scenario)
{
    switch (param) {
    case Param::Workers:
        switch (scenario) {
        case ScenarioId::Barrier:
            return tr("How many processes take part in the barrier (Python: Barrier(N)).");
        case ScenarioId::Pool:
            return tr("How many worker processes the pool starts (Python: Pool(processes=N)).");
        default:
            return tr("How many processes the loop starts.");
        }
    case Param::Workload:
        if (scenario == ScenarioId::Spawning)
            return tr("Items per step: process i fills a list with i × this many random numbers.");
        if (scenario == ScenarioId::Pool)
            return tr(
                "Extra random numbers each task generates, so that tasks take measurable time.");
        return tr("How many random numbers each do_something() call puts into its list.");
    case Param::Rounds:
        return tr("How many times every participant works, meets the others at the barrier and "
                  "enters the critical section.");
    case Param::Tasks:
        return tr("The pool maps square() over range(n): this is n.");
    case Param::Chunksize:
        return tr("How many tasks a worker takes at once; 0 uses Python's default, "
                  "ceil(n / (4 × workers)).");
    case Param::KillAfter:
        return tr("How long the victim runs before the lab sends it the signal.");
    case Param::Signal:
        return tr(
            "terminate() sends SIGTERM (15); kill() sends SIGKILL (9), which cannot be caught.");
    case Param::Seed:
        return tr(
            "Seed for the uneven work of each participant: the same seed repeats the same run.");
    case Param::JoinInLoop:
        return tr("Call join() inside the start loop, the tutorial's mistake: each process must "
                  "finish before the next starts, so nothing runs in parallel.");
    case Param::Duration:
        if (scenario == ScenarioId::Daemons)
            return tr("How long the parent and its children work.");
        return tr("How long the victim would run if nobody stopped it.");
    case Param::TimeoutMs:
        return tr("The lab kills every process still running after this time.");
    case Param::Primitives:
        return tr("What the lock and the barrier are built from. Qt: QSystemSemaphore (System V, "
                  "undone by the kernel when a process exits). POSIX: named semaphores, as "
                  "Python's multiprocessing uses (no undo). futex: a robust mutex that tells the "
                  "next holder when the last one died.");
    case Param::Runtime:
        return tr("C++ workers started by the lab, or the tutorial's own program run by CPython's "
                  "multiprocessing and traced live by the lab's tracing module.");
    case Param::StartMethod:
        return tr("How Python's multiprocessing starts a process: fork (copy the parent), spawn "
                  "(a fresh interpreter) or forkserver (forked from a server process; the "
                  "default from Python 3.14).");
    case Param::BreakIt:
        return tr("Break the run on purpose and watch what each family of primitives does: kill "
                  "the lock holder inside its critical section, or let the participants exit the "
                  "moment they pass the last barrier.");
    }
    return {};
}

void ParameterPanel::retranslate()
{
    for (Row &r : m_rows) {
        r.label->setText(parameterLabel(r.spec.param));
        const QString tip = parameterToolTip(r.spec.param, m_scenario);
        for (QWidget *w : {static_cast<QWidget *>(r.label), static_cast<QWidget *>(r.slider),
                           static_cast<QWidget *>(r.spin), static_cast<QWidget *>(r.combo),
                           static_cast<QWidget *>(r.check), static_cast<QWidget *>(r.unit)}) {
            if (w)
                w->setToolTip(tip);
        }
        if (r.unit)
            r.unit->setText(translatedUnit(r.spec.unit));
        if (r.combo && r.spec.param == Param::Signal) {
            r.combo->setItemText(0, tr("terminate() – SIGTERM (15)"));
            r.combo->setItemText(1, tr("kill() – SIGKILL (9)"));
        } else if (r.combo) {
            for (int i = 0; i < r.combo->count(); ++i)
                r.combo->setItemText(i,
                                     choiceText(r.spec.param, r.combo->itemData(i).toLongLong()));
        }
        if (r.combo && r.spec.param == Param::Runtime)
            offerMpiIfAvailable(r.combo);
        if (r.check)
            r.check->setText(tr("join() inside the loop"));
        if (r.spin && r.spec.param == Param::Chunksize)
            r.spin->setSpecialValueText(tr("default"));
    }
}

// The MPI runtime needs Open MPI on this machine: without it the choice is there but greyed out,
// and says why (its tooltip), rather than failing when Run is pressed.
void ParameterPanel::offerMpiIfAvailable(QComboBox *combo)
{
    const int index = combo->findData(int(RuntimeChoice::Mpi));
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    if (index < 0 || !model)
        return;
    QStandardItem *item = model->item(index);
    const QString reason = MpiScenario::unavailableReason();
    item->setEnabled(reason.isEmpty());
    item->setToolTip(reason.isEmpty() ? tr("Barrier & Lock or Pool on MPI ranks started by "
                                           "mpirun (Open MPI), on this machine or a hostfile's "
                                           "hosts; clocks aligned to rank 0's.")
                                      : reason);
    if (!reason.isEmpty() && combo->currentIndex() == index)
        combo->setCurrentIndex(combo->findData(int(RuntimeChoice::Cpp)));
}

void ParameterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace proclab

#include "DashboardCharts.h"

#include "DashboardKpis.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QImageWriter>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QMenu>
#include <QPalette>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

QChart* newChart() {
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.1);
    chart->setTitleFont(title);
    return chart;
}

/// A value axis from 0 that ends on a round number, with whole-number labels for counts.
QValueAxis* valueAxis(const QString& title, double max, bool counts) {
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setMin(0);
    if (counts) {
        // At most about six ticks, on whole numbers.
        // Room above the highest bar for its label.
        const int top = std::max(1, int(std::ceil(max * 1.1)));
        int step = 1;
        for (int candidate : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000}) {
            step = candidate;
            if (top / candidate <= 6)
                break;
        }
        const int end = ((top + step - 1) / step) * step;
        axis->setMax(end);
        axis->setTickCount(int(axis->max()) / step + 1);
        axis->setLabelFormat(u"%.0f"_s); // the locale's digits: "%d" prints nothing then
    } else {
        axis->setMax(max);
    }
    return axis;
}

/// A category on two lines, broken at the space nearest its middle (as HTML, which the axis
/// renders): a narrow column shows "Non / commencé" rather than hiding it.
QString onTwoLines(const QString& category) {
    const qsizetype middle = category.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < category.size(); ++i)
        if (category.at(i) == u' ' && (best < 0 || qAbs(i - middle) < qAbs(best - middle)))
            best = i;
    if (best < 0)
        return category.toHtmlEscaped();
    return category.left(best).toHtmlEscaped() + u"<br>"_s + category.mid(best + 1).toHtmlEscaped();
}

enum class Wrap { No, OnTwoLines };

QBarCategoryAxis* categoryAxis(const QStringList& categories, const QString& title,
                               Wrap wrap = Wrap::No) {
    auto* axis = new QBarCategoryAxis;
    if (wrap == Wrap::OnTwoLines) {
        for (const QString& category : categories)
            axis->append(onTwoLines(category));
    } else {
        axis->append(categories);
    }
    axis->setTitleText(title);
    axis->setTruncateLabels(false); // "Non commencé", not "Non com..."
    return axis;
}

/// The bars' values above them, in the text colour (the theme's white is for inside bars).
void showLabels(QAbstractBarSeries* series) {
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    const QColor text = QPalette().color(QPalette::WindowText);
    for (QBarSet* set : series->barSets())
        set->setLabelColor(text);
}

QString monthLabel(const QDate& month, bool withYear) {
    const QString name = QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat);
    return withYear ? u"%1 %2"_s.arg(name).arg(month.year()) : name;
}

QString fileName(QString title) {
    title.replace(u'/', u'-');
    title.replace(u'\\', u'-');
    title.replace(u':', u'-');
    return title.simplified() + u".png"_s;
}

} // namespace

ChartPanel::ChartPanel(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_title(title)
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_emptyTitle(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_saveButton(new QToolButton(this)) {
    setFrameShape(QFrame::StyledPanel);
    setMinimumHeight(260);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(u"chartView"_s);
    // Nothing to do in a chart with keys: Tab goes on to its Save button, where it is seen.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        QAction* save = menu.addAction(tr("&Save chart as PNG…"));
        save->setEnabled(!isEmpty());
        if (menu.exec(m_view->mapToGlobal(at)) == save)
            saveAs();
    });

    auto* emptyPage = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setTextFormat(Qt::PlainText);
    m_emptyTitle->setStyleSheet(u"font-weight: 600;"_s);
    m_emptyTitle->setText(title);
    m_empty->setObjectName(u"emptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addStretch();
    m_stack->addWidget(m_view);
    m_stack->addWidget(emptyPage);

    m_saveButton->setObjectName(u"saveChartButton"_s);
    m_saveButton->setText(tr("Save chart…"));
    m_saveButton->setToolTip(tr("Save this chart as a PNG image"));
    m_saveButton->setAutoRaise(true);
    connect(m_saveButton, &QToolButton::clicked, this, &ChartPanel::saveAs);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(0);
    layout->addWidget(m_stack, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);
    setChart(nullptr, QString());
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setTitle(const QString& title) {
    m_title = title;
    m_emptyTitle->setText(title);
    if (QChart* shown = chart())
        shown->setTitle(title);
}

void ChartPanel::setChart(QChart* chart, const QString& emptySentence) {
    QChart* previous = m_view->chart();
    if (chart) {
        chart->setTitle(m_title);
        m_view->setChart(chart);
    } else {
        m_view->setChart(newChart()); // the view always holds one
    }
    delete previous; // the view does not delete the chart it lets go
    if (chart) {
        // Hovering a bar says what it is: "Latest debrief · Spreadsheets: 2.5".
        for (QAbstractSeries* series : chart->series()) {
            auto* bars = qobject_cast<QAbstractBarSeries*>(series);
            if (!bars)
                continue;
            connect(bars, &QAbstractBarSeries::hovered, this,
                    [this, bars](bool on, int index, QBarSet* set) {
                        if (!on) {
                            QToolTip::hideText();
                            return;
                        }
                        QString category;
                        for (QAbstractAxis* axis : bars->attachedAxes())
                            if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                                category = QTextDocumentFragment::fromHtml(
                                               categories->categories().value(index))
                                               .toPlainText();
                        const QString value = QLocale().toString(set->at(index), 'g', 3);
                        QToolTip::showText(QCursor::pos(),
                                           tr("%1 · %2: %3").arg(set->label(), category, value),
                                           m_view);
                    });
        }
    }
    m_empty->setText(emptySentence);
    m_stack->setCurrentIndex(chart ? 0 : 1);
    m_saveButton->setEnabled(chart != nullptr);
}

bool ChartPanel::isEmpty() const {
    return m_stack->currentIndex() != 0;
}

QChart* ChartPanel::chart() const {
    return isEmpty() ? nullptr : m_view->chart();
}

QString ChartPanel::emptySentence() const {
    return isEmpty() ? m_empty->text() : QString();
}

bool ChartPanel::saveTo(const QString& path) {
    const QPixmap image = m_view->grab();
    QSaveFile file(path);
    if (image.isNull() || !file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") ||
        !file.commit()) {
        Q_EMIT errorOccurred(tr("Cannot write the chart to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void ChartPanel::saveAs() {
    if (isEmpty())
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .filePath(fileName(m_title));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save chart"), suggested, tr("PNG images (*.png)"));
    if (!path.isEmpty())
        saveTo(path);
}

QString DashboardCharts::noSession() {
    return tr("No session held yet.");
}

QString DashboardCharts::noLevels() {
    return tr("No objective re-assessed in a debrief yet: levels show after the first debrief.");
}

QString DashboardCharts::noObjective() {
    return tr("No objective set yet.");
}

QString DashboardCharts::noProgram() {
    return tr("No program to compare yet.");
}

QChart* DashboardCharts::sessionsPerMonth(const ProgramStatistics& s) {
    if (s.sessionsHeld == 0 || s.sessionsPerMonth.isEmpty())
        return nullptr;
    const bool severalYears =
        s.sessionsPerMonth.first().month.year() != s.sessionsPerMonth.last().month.year();
    auto* set = new QBarSet(tr("Sessions held"));
    QStringList months;
    int most = 0;
    for (const MonthlySessions& m : s.sessionsPerMonth) {
        *set << m.held;
        most = std::max(most, m.held);
        months << monthLabel(m.month, severalYears || months.isEmpty());
    }
    auto* series = new QBarSeries;
    series->append(set);
    showLabels(series);
    QChart* chart = newChart();
    chart->addSeries(series);
    QAbstractAxis* x = categoryAxis(months, tr("Month"));
    QAbstractAxis* y = valueAxis(tr("Sessions"), most, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(false); // one series, named by the axis
    return chart;
}

QChart* DashboardCharts::levelsBySkill(const ProgramStatistics& s, int maxSkills) {
    QList<SkillProgress> skills;
    for (const SkillProgress& p : s.skills)
        if (p.reassessed > 0 && skills.size() < maxSkills)
            skills << p;
    if (skills.isEmpty())
        return nullptr;
    // Horizontal bars: the first category is drawn at the bottom, so the largest gain goes last.
    std::reverse(skills.begin(), skills.end());
    auto* kickoff = new QBarSet(tr("At kickoff"));
    auto* latest = new QBarSet(tr("Latest debrief"));
    QStringList names;
    const QFontMetrics metrics(QFont{});
    for (const SkillProgress& p : skills) {
        *kickoff << p.kickoffMean;
        *latest << p.latestMean;
        // Long DigComp names shortened; the count of objectives says how much it weighs.
        names << tr("%1 (%n)", "skill (objectives re-assessed)", p.reassessed)
                     .arg(metrics.elidedText(p.name, Qt::ElideRight, 220));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(kickoff);
    series->append(latest);
    series->setBarWidth(0.8);
    QChart* chart = newChart();
    chart->addSeries(series);
    QAbstractAxis* y = categoryAxis(names, QString());
    QValueAxis* x = valueAxis(tr("Mean level (0 to 5)"), 5, false);
    x->setTickCount(6);
    x->setLabelFormat(u"%.0f"_s);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart* DashboardCharts::objectivesByStatus(const ProgramStatistics& s) {
    int total = 0;
    for (int n : s.objectivesByStatus)
        total += n;
    if (total == 0)
        return nullptr;
    auto* set = new QBarSet(tr("Objectives"));
    QStringList statuses;
    int most = 0;
    for (ObjectiveStatus status : {ObjectiveStatus::NotStarted, ObjectiveStatus::InProgress,
                                   ObjectiveStatus::Achieved, ObjectiveStatus::Dropped}) {
        const int n = s.objectivesByStatus[static_cast<int>(status)];
        *set << n;
        most = std::max(most, n);
        statuses << objectiveStatusDisplayName(status);
    }
    auto* series = new QBarSeries;
    series->append(set);
    showLabels(series);
    QChart* chart = newChart();
    chart->addSeries(series);
    QAbstractAxis* x = categoryAxis(statuses, tr("Status"), Wrap::OnTwoLines);
    QAbstractAxis* y = valueAxis(tr("Objectives"), most, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    return chart;
}

QChart* DashboardCharts::comparison(const QList<ProgramStatistics>& programs) {
    if (programs.isEmpty())
        return nullptr;
    const QStringList categories = {
        DashboardKpis::label(Kpi::Cadence), DashboardKpis::label(Kpi::ObjectivesAchieved),
        tr("Mentee satisfaction (% of 5)"), tr("Mentor satisfaction (% of 5)")};
    auto* series = new QBarSeries;
    const auto percent = [](std::optional<double> share) {
        return share ? std::round(*share * 100.0) : 0.0;
    };
    for (const ProgramStatistics& s : programs) {
        auto* set = new QBarSet(s.program.name);
        *set << percent(s.cadenceShare()) << percent(s.achievedShare())
             << percent(s.menteeSatisfaction ? std::optional(*s.menteeSatisfaction / 5)
                                             : std::nullopt)
             << percent(s.mentorSatisfaction ? std::optional(*s.mentorSatisfaction / 5)
                                             : std::nullopt);
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd); // 100 % stays inside
    QChart* chart = newChart();
    chart->addSeries(series);
    QAbstractAxis* x = categoryAxis(categories, QString(), Wrap::OnTwoLines);
    QValueAxis* y = valueAxis(tr("%"), 100, false);
    y->setTickCount(6);
    y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

} // namespace binome::gui

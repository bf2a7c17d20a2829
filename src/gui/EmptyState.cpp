#include "EmptyState.h"

#include <QApplication>
#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

/// The widest a line of the message runs, in average characters: easy to read on a wide screen.
constexpr int MessageColumns = 90;

} // namespace

EmptyState::EmptyState(Kind kind, QWidget* parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_message(new QLabel(this))
    , m_detail(new QLabel(this)) {
    m_message->setObjectName(u"emptyMessage"_s);
    m_detail->setObjectName(u"emptyDetail"_s);
    for (QLabel* label : {m_message, m_detail}) {
        label->setTextFormat(Qt::PlainText); // names typed by users are shown as typed
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_buttonLayout = new QHBoxLayout;
    m_buttonLayout->setSpacing(8);
    if (kind == Kind::Page) {
        QFont big = m_message->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        big.setBold(true);
        m_message->setFont(big);
        m_message->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        m_detail->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        // A column of readable width in the middle of the page: the labels wrap (and measure
        // their height) at its width, and it never asks for more than the page has.
        auto* column = new QWidget(this);
        m_column = column;
        column->setMaximumWidth(fontMetrics().averageCharWidth() * MessageColumns);
        auto* columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->setSpacing(10);
        columnLayout->addWidget(m_message);
        columnLayout->addWidget(m_detail);
        columnLayout->addSpacing(8);
        m_buttonLayout->addStretch();
        m_buttonLayout->addStretch();
        columnLayout->addLayout(m_buttonLayout);
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(column, 1000);
        row->addStretch(1);
        auto* layout = new QVBoxLayout(this);
        layout->addStretch(2);
        layout->addLayout(row);
        layout->addStretch(3);
    } else {
        setFrameShape(QFrame::StyledPanel);
        setBackgroundRole(QPalette::AlternateBase);
        setAutoFillBackground(true);
        QFont bold = m_message->font();
        bold.setBold(true);
        m_message->setFont(bold);
        auto* texts = new QVBoxLayout;
        texts->setSpacing(2);
        texts->addWidget(m_message);
        texts->addWidget(m_detail);
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(10, 6, 10, 6);
        layout->addLayout(texts, 1);
        layout->addLayout(m_buttonLayout);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    }
    m_detail->hide();
}

EmptyState* EmptyState::replace(QBoxLayout* layout, int first) {
    auto* stack = new QStackedWidget(layout->parentWidget());
    auto* content = new QWidget(stack);
    content->setObjectName(u"emptyStateContent"_s);
    auto* contentLayout = new QBoxLayout(layout->direction(), content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(layout->spacing());
    while (layout->count() > first) {
        const int stretch = layout->stretch(first);
        QLayoutItem* item = layout->takeAt(first);
        if (QWidget* widget = item->widget()) {
            contentLayout->addWidget(widget, stretch, item->alignment());
            delete item;
        } else if (QLayout* child = item->layout()) {
            contentLayout->addLayout(child, stretch);
        } else {
            contentLayout->addItem(item);
            contentLayout->setStretch(contentLayout->count() - 1, stretch);
        }
    }
    stack->addWidget(content);
    auto* state = new EmptyState(Kind::Page, stack);
    stack->addWidget(state);
    state->m_stack = stack;
    state->m_content = content;
    state->showInStack(content);
    layout->insertWidget(first, stack, 1);
    return state;
}

EmptyState* EmptyState::addBanner(QBoxLayout* layout, int index) {
    auto* state = new EmptyState(Kind::Banner, layout->parentWidget());
    layout->insertWidget(index, state);
    state->hide();
    return state;
}

QString EmptyState::message() const {
    return m_message->text();
}

QString EmptyState::detail() const {
    return m_detail->text();
}

void EmptyState::showCase(const QString& message, const QString& detail,
                          const QList<Action>& actions) {
    QWidget* focus = QApplication::focusWidget();
    const QWidget* area = m_stack ? static_cast<QWidget*>(m_stack) : this;
    const bool focusInside = focus && area->isAncestorOf(focus);
    m_message->setText(message);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setButtons(actions);
    m_showing = true;
    if (m_stack)
        showInStack(this);
    else
        show();
    // The keyboard follows: what had it is hidden now.
    if (focusInside && !m_buttons.isEmpty() && !isAncestorOf(focus))
        m_buttons.first()->setFocus(Qt::OtherFocusReason);
}

void EmptyState::showNoDatabase(std::function<void()> openDemo,
                                std::function<void()> openDatabase) {
    showCase(tr("No database is open."),
             tr("Open the demo organisation to try Binôme with fictitious people, or open the "
                "database of your organisation."),
             {{tr("Open the &demo organisation"), std::move(openDemo)},
              {tr("&Open database…"), std::move(openDatabase)}});
}

void EmptyState::showNoProgram(std::function<void()> createProgram) {
    showCase(tr("There is no program yet."),
             tr("A program is a cohort of binômes with its dates and the cadence of their "
                "sessions. Create one, then enrol its participants."),
             {{tr("&Create a program…"), std::move(createProgram)}});
}

void EmptyState::hideCase() {
    if (!m_showing && m_buttons.isEmpty())
        return;
    m_showing = false;
    clearButtons();
    if (m_stack)
        showInStack(m_content);
    else
        hide();
}

void EmptyState::showInStack(QWidget* page) {
    // The page hidden asks for no room: the stack is as small as what it shows (a stack is
    // otherwise as wide as the widest of its pages, shown or not).
    for (QWidget* widget : {m_content, static_cast<QWidget*>(this)}) {
        const auto policy = widget == page ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        widget->setSizePolicy(policy, policy);
    }
    m_stack->setCurrentWidget(page);
}

void EmptyState::setButtons(const QList<Action>& actions) {
    bool same = actions.size() == m_buttons.size();
    for (int i = 0; same && i < actions.size(); ++i)
        same = m_buttons[i]->text() == actions[i].text;
    m_actions.clear();
    for (const Action& action : actions)
        m_actions << action.run;
    if (same)
        return;
    clearButtons();
    // Between the two stretches of a page (centred), or at the end of a banner.
    int at = m_kind == Kind::Page ? 1 : m_buttonLayout->count();
    for (int i = 0; i < actions.size(); ++i) {
        auto* button = new QPushButton(actions[i].text, this);
        button->setObjectName(u"emptyStateButton%1"_s.arg(i));
        button->setAutoDefault(true); // Enter presses the one that has the focus
        button->setDefault(i == 0);
        connect(button, &QPushButton::clicked, this, [this, i] {
            // A copy: what it runs may show another case, which replaces the actions.
            if (const std::function<void()> run = m_actions.value(i))
                run();
        });
        m_buttonLayout->insertWidget(at++, button);
        button->show(); // when the state is on screen already
        m_buttons << button;
    }
    if (m_column) {
        // As wide as the text's column, or as the buttons side by side when they need more.
        int buttons = m_buttonLayout->spacing() * (static_cast<int>(m_buttons.size()) - 1);
        for (const QPushButton* button : std::as_const(m_buttons))
            buttons += button->sizeHint().width();
        m_column->setMaximumWidth(
            std::max(fontMetrics().averageCharWidth() * MessageColumns, buttons));
    }
}

void EmptyState::clearButtons() {
    for (QPushButton* button : std::as_const(m_buttons)) {
        // Out of the page at once (a hidden button keeps no mnemonic), deleted once its own
        // click, which may have led here, is over.
        button->hide();
        button->setParent(nullptr);
        button->deleteLater();
    }
    m_buttons.clear();
}

} // namespace binome::gui

#pragma once

#include <QFrame>
#include <QList>
#include <QString>

#include <functional>

class QBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace binome::gui {

/// What an empty page says instead of its view: what to do next, and the one or two buttons that
/// do it. A page puts it in place of a part of its layout (`replace`) or as a strip below a view
/// (`addBanner`), then calls `showCase` while the case holds and `hideCase` when it no longer
/// does. Its buttons exist only while a case is shown, so a hidden empty state holds no mnemonic
/// that could clash with the page's own.
class EmptyState final : public QFrame {
    Q_OBJECT

public:
    /// One button: its text with a mnemonic ("&Add participant…") and what it does.
    struct Action {
        QString text;
        std::function<void()> run;
    };

    /// Moves the items of `layout` from index `first` to its end onto the first page of a stack
    /// that takes their place; the empty state is the stack's second page, shown by `showCase`.
    static EmptyState* replace(QBoxLayout* layout, int first);
    /// A strip inserted into `layout` at `index` (-1: at its end), shown only while a case holds;
    /// the view above it stays.
    static EmptyState* addBanner(QBoxLayout* layout, int index = -1);

    /// Shows `message` (plain text, wrapped), `detail` below it when not empty, and a button per
    /// action, in place of what it replaces. Showing the same case again keeps the buttons (and
    /// the keyboard focus on them).
    void showCase(const QString& message, const QString& detail, const QList<Action>& actions);
    /// The usual case of every page when no database is open: two buttons, to open the demo
    /// organisation or a database.
    void showNoDatabase(std::function<void()> openDemo, std::function<void()> openDatabase);
    /// The case of the pages that need a program when there is none: a button to create one.
    void showNoProgram(std::function<void()> createProgram);
    /// Shows what it replaces again; the buttons are gone.
    void hideCase();

    /// A case is shown (whether the page itself is on screen or not).
    bool isShowing() const { return m_showing; }
    QString message() const;
    QString detail() const;
    QList<QPushButton*> buttons() const { return m_buttons; }
    /// The widget holding what it replaces; null for a banner.
    QWidget* content() const { return m_content; }

private:
    enum class Kind { Page, Banner };
    EmptyState(Kind kind, QWidget* parent);
    /// Shows `page` (the content or the empty state) in the stack.
    void showInStack(QWidget* page);
    void setButtons(const QList<Action>& actions);
    void clearButtons();

    const Kind m_kind;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_column = nullptr; ///< a page's centred column of text and buttons
    QLabel* m_message;
    QLabel* m_detail;
    QBoxLayout* m_buttonLayout = nullptr;
    QList<QPushButton*> m_buttons;
    QList<std::function<void()>> m_actions;
    bool m_showing = false;
};

} // namespace binome::gui

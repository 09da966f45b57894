#pragma once

#include "model/requestfilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QToolButton;

namespace scimmon {

/// The provisioning log's filters in one row: free-text search, status class, operation,
/// resource type, IdP and time range (presets or a custom from–to), a removable chip for a cycle
/// or a resource chosen elsewhere (chip()), and the count of shown and total requests
/// (countLabel()); the page places those two. Emits
/// filterChanged() when the user changes a filter (typing is debounced).
class RequestLogFilterBar : public QWidget
{
    Q_OBJECT
public:
    /// Milliseconds typing in the search box waits before the filter applies.
    static constexpr int kTypingDelayMs = 250;

    explicit RequestLogFilterBar(QWidget *parent = nullptr);

    /// The filter the widgets describe now; relative time ranges ("Last hour") count back from now.
    RequestFilter filter() const;
    /// Shows `filter` in the widgets (without emitting filterChanged()). Time ranges show as custom.
    void setFilter(const RequestFilter &filter);
    /// Restricts to provisioning cycle `cycleId` (0: none), shown as a chip; emits filterChanged().
    void setCycle(qint64 cycleId);
    /// Restricts to requests touching resource `id` (labelled `name`; empty id: none), as a chip;
    /// emits filterChanged().
    void setTouching(const QString &id, const QString &name);
    /// Resets every filter; emits filterChanged() if that changed something.
    void clearFilters();
    /// Shows "`shown` of `total` requests" (`shown` < 0: still counting; equal: "`total` requests").
    void setCounts(qint64 shown, qint64 total);
    /// Puts the keyboard focus in the search box and selects its text.
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *operationBox() const { return m_operation; }
    QComboBox *resourceTypeBox() const { return m_resourceType; }
    QComboBox *idpBox() const { return m_idp; }
    QComboBox *timeBox() const { return m_time; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLabel *countLabel() const { return m_count; }
    /// The chip of a cycle or resource restriction (hidden when there is none); the page places
    /// it and countLabel() where it likes.
    QToolButton *chip() const { return m_chip; }

Q_SIGNALS:
    /// The user changed a filter; `filter` is the new one.
    void filterChanged(const scimmon::RequestFilter &filter);

private:
    void changed();
    void updateChip();

    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_operation;
    QComboBox *m_resourceType;
    QComboBox *m_idp;
    QComboBox *m_time;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QToolButton *m_chip;
    QLabel *m_count;
    QTimer m_typing;
    qint64 m_cycleId = 0;
    QString m_touching;
    QString m_touchingName;
    bool m_quiet = false; ///< setFilter() is filling the widgets
};

} // namespace scimmon

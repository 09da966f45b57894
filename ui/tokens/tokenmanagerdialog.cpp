#include "ui/tokens/tokenmanagerdialog.h"

#include "platform/appsettings.h"
#include "platform/secretstore.h"
#include "service/tokenservice.h"
#include "ui/common/copyfield.h"
#include "ui/common/messagebox.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"
#include "ui/common/writetask.h"
#include "ui/tokens/newtokendialog.h"
#include "ui/tokens/tokentablemodel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// What a revoke or delete on the receiver's writer reports back.
struct Change
{
    bool storeOpen = false;
    bool ok = false;
    QList<qint64> removed; ///< deleted tokens
    QString error;
};

} // namespace

TokenManagerDialog::TokenManagerDialog(const TokenUiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(new TokenTableModel(context.reader, this))
    , m_view(new QTableView(this))
    , m_create(new QPushButton(u"&Create\u2026"_s, this))
    , m_rotate(new QPushButton(u"R&otate\u2026"_s, this))
    , m_revoke(new QPushButton(u"Re&voke\u2026"_s, this))
    , m_reveal(new QPushButton(u"Re&veal"_s, this))
    , m_copy(new QPushButton(u"Co&py token"_s, this))
    , m_deleteUnusable(new QPushButton(u"&Delete revoked and expired"_s, this))
    , m_revealedLabel(new QLabel(this))
    , m_revealed(new CopyField(u"revealed"_s, this))
    , m_status(new QLabel(this))
{
    setWindowTitle(u"Secret Tokens"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"tokenManager"_s);

    auto *intro = new QLabel(
        u"Identity providers send a Secret Token with every request (<tt>Authorization: Bearer \u2026</tt>). "
        "scim-monitor stores only a hash of each token, so a token is shown once when it is made \u2014 or again "
        "later if you let this computer's keychain remember it."_s,
        this);
    intro->setWordWrap(true);

    m_view->setObjectName(u"tokenTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TokenTableModel::Label, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setMinimumHeight(200);

    m_create->setObjectName(u"createButton"_s);
    m_rotate->setObjectName(u"rotateButton"_s);
    m_revoke->setObjectName(u"revokeButton"_s);
    m_reveal->setObjectName(u"revealButton"_s);
    m_copy->setObjectName(u"copyTokenButton"_s);
    m_deleteUnusable->setObjectName(u"deleteUnusableButton"_s);
    m_rotate->setToolTip(u"A new token replaces the selected one; the old one keeps working for a grace period"_s);
    m_revoke->setToolTip(u"Refuse the selected token from the next request on"_s);
    m_reveal->setToolTip(u"Show the selected token (only for tokens remembered in the keychain)"_s);
    m_deleteUnusable->setToolTip(u"Remove the tokens that are no longer accepted from the list"_s);
    for (QPushButton *b : {m_create, m_rotate, m_revoke, m_reveal, m_copy, m_deleteUnusable})
        b->setAutoDefault(false);

    connect(m_create, &QPushButton::clicked, this, [this] { createToken(); });
    connect(m_rotate, &QPushButton::clicked, this, [this] { rotateSelected(); });
    connect(m_revoke, &QPushButton::clicked, this, &TokenManagerDialog::revokeSelected);
    connect(m_reveal, &QPushButton::clicked, this, &TokenManagerDialog::revealSelected);
    connect(m_copy, &QPushButton::clicked, this, &TokenManagerDialog::copySelected);
    connect(m_deleteUnusable, &QPushButton::clicked, this, &TokenManagerDialog::deleteUnusable);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_create, m_rotate, m_revoke, m_reveal, m_copy})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_deleteUnusable);

    m_revealedLabel->setObjectName(u"revealedLabel"_s);
    m_revealedLabel->hide();
    m_revealed->hide();
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_revealedLabel);
    layout->addWidget(m_revealed);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(900, 420);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (selectedId() != m_revealedId) { // a reload reselects the same token: keep it shown
            m_revealedId = 0;
            m_revealed->hide();
            m_revealed->setText(QString());
            m_revealedLabel->hide();
        }
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepSelected = selectedId(); });
    connect(m_model, &TokenTableModel::loaded, this, [this] {
        if (m_keepSelected != 0)
            selectToken(m_keepSelected);
        updateButtons();
    });
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    m_refresh.start();
    connect(&m_context.secrets, &SecretStore::availabilityChanged, this, &TokenManagerDialog::updateButtons);
    m_model->setRemembered(m_context.settings.tokensInKeychain());
    m_model->reload();
    updateButtons();
}

qint64 TokenManagerDialog::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(TokenTableModel::IdRole).toLongLong();
}

bool TokenManagerDialog::selectToken(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

void TokenManagerDialog::updateButtons()
{
    const int row = m_model->rowOf(selectedId());
    const TokenRecord t = m_model->token(row);
    const bool usable = row >= 0 && TokenService::isUsable(t, QDateTime::currentDateTimeUtc());
    const bool remembered = row >= 0 && m_context.settings.tokensInKeychain().contains(t.id);
    m_rotate->setEnabled(usable);
    m_revoke->setEnabled(usable);
    m_reveal->setEnabled(remembered && m_context.secrets.available() != false);
    m_copy->setEnabled(m_reveal->isEnabled());
    bool anyUnusable = false;
    for (int i = 0; i < m_model->rowCount() && !anyUnusable; ++i)
        anyUnusable = !TokenService::isUsable(m_model->token(i), QDateTime::currentDateTimeUtc());
    m_deleteUnusable->setEnabled(anyUnusable);
    if (row >= 0 && !remembered)
        m_reveal->setToolTip(u"This token was not remembered in the keychain; it was shown only when it was made."_s);
    else if (m_context.secrets.available() == false)
        m_reveal->setToolTip(SecretStore::unavailableMessage());
    else
        m_reveal->setToolTip(u"Show the selected token (only for tokens remembered in the keychain)"_s);
}

void TokenManagerDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    StatusStyle::colorText(m_status, error ? 500 : 0);
}

QString TokenManagerDialog::statusText() const
{
    return m_status->text();
}

QString TokenManagerDialog::revealedSecret() const
{
    return m_revealed->isVisible() || !m_revealed->text().isEmpty() ? m_revealed->text() : QString();
}

void TokenManagerDialog::reload()
{
    m_model->setRemembered(m_context.settings.tokensInKeychain());
    m_model->reload();
}

void TokenManagerDialog::changed()
{
    reload();
    Q_EMIT tokensChanged();
}

NewTokenDialog *TokenManagerDialog::createToken(const QString &label)
{
    auto *dialog = new NewTokenDialog(m_context, label, this);
    connect(dialog, &NewTokenDialog::tokenCreated, this, [this](qint64 id) {
        setStatus(u"Token %1 created."_s.arg(id));
        changed();
    });
    connect(dialog, &QDialog::finished, this, &TokenManagerDialog::changed); // also its keychain state
    dialog->open();
    return dialog;
}

NewTokenDialog *TokenManagerDialog::rotateSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0 || !TokenService::isUsable(m_model->token(row), QDateTime::currentDateTimeUtc()))
        return nullptr;
    auto *dialog = new NewTokenDialog(m_context, m_model->token(row), this);
    connect(dialog, &NewTokenDialog::tokenCreated, this, [this, old = m_model->token(row).id](qint64 id) {
        setStatus(u"Token %1 replaces token %2."_s.arg(id).arg(old));
        changed();
    });
    connect(dialog, &QDialog::finished, this, &TokenManagerDialog::changed);
    dialog->open();
    return dialog;
}

void TokenManagerDialog::revokeSelected()
{
    const TokenRecord t = m_model->token(m_model->rowOf(selectedId()));
    if (t.id == 0)
        return;
    MessageBox::question(
        this, u"Revoke Secret Token"_s,
        u"<p>Revoke <b>%1</b>?</p><p>Identity providers that send it get 401 from their next request on, also on "
        "connections that are already open. A revoked token cannot be used again.</p>"_s.arg(t.label.toHtmlEscaped()),
        u"Revoke"_s, [this, t](MessageBox::Button answer) {
            if (answer != MessageBox::Button::Yes)
                return;
            const qint64 id = t.id;
            WriteTask::run<Change>(
                m_context.receiver, this,
                [id](Store &store) {
                    Change c;
                    c.storeOpen = true;
                    c.ok = TokenService(store).revoke(id, &c.error);
                    return c;
                },
                [this, t](const Change &c) {
                    if (!c.ok) {
                        setStatus(c.storeOpen ? c.error : m_context.receiver.storeError(), true);
                        return;
                    }
                    setStatus(u"Token \u201c%1\u201d is revoked: requests with it get 401."_s.arg(t.label));
                    forget({t.id}); // a revoked token is of no use in the keychain
                    changed();
                });
        });
}

void TokenManagerDialog::deleteUnusable()
{
    MessageBox::question(
        this, u"Delete revoked and expired tokens"_s,
        u"<p>Delete every revoked and expired token from the list?</p><p>The request log keeps their labels; "
        "the audit trail records each deletion.</p>"_s,
        u"Delete"_s, [this](MessageBox::Button answer) {
            if (answer != MessageBox::Button::Yes)
                return;
            WriteTask::run<Change>(
                m_context.receiver, this,
                [](Store &store) {
                    Change c;
                    c.storeOpen = true;
                    const auto removed = TokenService(store).removeUnusable(&c.error);
                    c.ok = removed.has_value();
                    for (const TokenRecord &t : removed.value_or(QList<TokenRecord>()))
                        c.removed.append(t.id);
                    return c;
                },
                [this](const Change &c) {
                    if (!c.ok) {
                        setStatus(c.storeOpen ? c.error : m_context.receiver.storeError(), true);
                        return;
                    }
                    setStatus(c.removed.size() == 1 ? u"1 token deleted."_s
                                                    : u"%1 tokens deleted."_s.arg(c.removed.size()));
                    forget(c.removed);
                    changed();
                });
        });
}

void TokenManagerDialog::forget(const QList<qint64> &ids)
{
    const QList<qint64> remembered = m_context.settings.tokensInKeychain();
    for (const qint64 id : ids) {
        if (!remembered.contains(id))
            continue;
        m_context.settings.setTokenInKeychain(id, false);
        m_context.secrets.remove(SecretStore::tokenKey(m_context.settings.dataDir(), id), this,
                                 [](const SecretStore::Result &) {});
    }
    m_context.settings.sync();
}

void TokenManagerDialog::readSelected(const std::function<void(const QString &label, const QString &secret)> &use)
{
    const TokenRecord t = m_model->token(m_model->rowOf(selectedId()));
    if (t.id == 0)
        return;
    m_context.secrets.read(
        SecretStore::tokenKey(m_context.settings.dataDir(), t.id), this, [this, t, use](const SecretStore::Result &r) {
            if (r.ok()) {
                use(t.label, r.secret);
                return;
            }
            if (r.status == SecretStore::Status::NotFound) {
                forget({t.id});
                m_model->setRemembered(m_context.settings.tokensInKeychain());
                setStatus(u"The keychain no longer holds token \u201c%1\u201d."_s.arg(t.label), true);
            } else {
                setStatus(SecretStore::unavailableMessage() + u" (%1)"_s.arg(r.message), true);
            }
            updateButtons();
        });
}

void TokenManagerDialog::revealSelected()
{
    const qint64 id = selectedId();
    readSelected([this, id](const QString &label, const QString &secret) {
        m_revealedId = id;
        m_revealedLabel->setText(u"Secret Token \u201c%1\u201d:"_s.arg(label));
        m_revealed->setText(secret);
        m_revealedLabel->show();
        m_revealed->show();
        setStatus(QString());
    });
}

void TokenManagerDialog::copySelected()
{
    readSelected([this](const QString &label, const QString &secret) {
        QGuiApplication::clipboard()->setText(secret);
        setStatus(u"Token \u201c%1\u201d copied to the clipboard."_s.arg(label));
    });
}

} // namespace scimmon

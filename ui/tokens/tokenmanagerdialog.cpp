#include "ui/tokens/tokenmanagerdialog.h"

#include "platform/appsettings.h"
#include "platform/secretstore.h"
#include "service/tokenservice.h"
#include "ui/common/copyfield.h"
#include "ui/common/labels.h"
#include "ui/common/messagebox.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"
#include "ui/common/writetask.h"
#include "ui/tokens/newtokendialog.h"
#include "ui/tokens/oauthclientspanel.h"
#include "ui/tokens/tokentablemodel.h"
#include "ui_tokenmanagerdialog.h"

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
    , m_ui(std::make_unique<Ui::TokenManagerDialog>())
    , m_model(new TokenTableModel(context.reader, this))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_view = m_ui->tokenTable;
    m_create = m_ui->createButton;
    m_rotate = m_ui->rotateButton;
    m_revoke = m_ui->revokeButton;
    m_reveal = m_ui->revealButton;
    m_copy = m_ui->copyTokenButton;
    m_deleteUnusable = m_ui->deleteUnusableButton;
    m_revealedLabel = m_ui->revealedLabel;
    m_status = m_ui->statusLabel;
    // The revealed token, under its label.
    m_revealed = new CopyField(u"revealed"_s, this);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_revealedLabel) + 1, m_revealed);

    m_clients = new OAuthClientsPanel(context, m_ui->tabs);
    m_ui->tabs->addTab(m_clients, tr("OAuth clients"));

    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TokenTableModel::Label, QHeaderView::Stretch);

    connect(m_create, &QPushButton::clicked, this, [this] { createToken(); });
    connect(m_rotate, &QPushButton::clicked, this, [this] { rotateSelected(); });
    connect(m_revoke, &QPushButton::clicked, this, &TokenManagerDialog::revokeSelected);
    connect(m_reveal, &QPushButton::clicked, this, &TokenManagerDialog::revealSelected);
    connect(m_copy, &QPushButton::clicked, this, &TokenManagerDialog::copySelected);
    connect(m_deleteUnusable, &QPushButton::clicked, this, &TokenManagerDialog::deleteUnusable);

    m_revealedLabel->hide();
    m_revealed->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

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

void TokenManagerDialog::showClients()
{
    m_ui->tabs->setCurrentWidget(m_clients);
}

TokenManagerDialog::~TokenManagerDialog() = default;

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
        m_reveal->setToolTip(tr("This token was not remembered in the keychain; it was shown only when it was made."));
    else if (m_context.secrets.available() == false)
        m_reveal->setToolTip(Labels::keychainUnavailable());
    else
        m_reveal->setToolTip(tr("Show the selected token (only for tokens remembered in the keychain)"));
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
        setStatus(tr("Token %1 created.").arg(id));
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
        setStatus(tr("Token %1 replaces token %2.").arg(id).arg(old));
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
        this, tr("Revoke Secret Token"),
        u"<p>%1</p><p>%2</p>"_s.arg(tr("Revoke %1?").arg(u"<b>"_s + t.label.toHtmlEscaped() + u"</b>"_s),
                                    tr("Identity providers that send it get 401 from their next request on, also on "
                                       "connections that are already open. A revoked token cannot be used again.")),
        tr("Revoke"), [this, t](MessageBox::Button answer) {
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
                    setStatus(tr("Token “%1” is revoked: requests with it get 401.").arg(t.label));
                    forget({t.id}); // a revoked token is of no use in the keychain
                    changed();
                });
        });
}

void TokenManagerDialog::deleteUnusable()
{
    MessageBox::question(
        this, tr("Delete revoked and expired tokens"),
        u"<p>%1</p><p>%2</p>"_s.arg(tr("Delete every revoked and expired token from the list?"),
                                    tr("The request log keeps their labels; the audit trail records each deletion.")),
        tr("Delete"), [this](MessageBox::Button answer) {
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
                    setStatus(tr("%Ln token(s) deleted.", nullptr, int(c.removed.size())));
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
    m_context.secrets.read(SecretStore::tokenKey(m_context.settings.dataDir(), t.id), this,
                           [this, t, use](const SecretStore::Result &r) {
                               if (r.ok()) {
                                   use(t.label, r.secret);
                                   return;
                               }
                               if (r.status == SecretStore::Status::NotFound) {
                                   forget({t.id});
                                   m_model->setRemembered(m_context.settings.tokensInKeychain());
                                   setStatus(tr("The keychain no longer holds token “%1”.").arg(t.label), true);
                               } else {
                                   setStatus(Labels::keychainUnavailable() + u" (%1)"_s.arg(r.message), true);
                               }
                               updateButtons();
                           });
}

void TokenManagerDialog::revealSelected()
{
    const qint64 id = selectedId();
    readSelected([this, id](const QString &label, const QString &secret) {
        m_revealedId = id;
        m_revealedLabel->setText(tr("Secret Token “%1”:").arg(label));
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
        setStatus(tr("Token “%1” copied to the clipboard.").arg(label));
    });
}

} // namespace scimmon

#include "platform/keychainsecretstore.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return SecretStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return SecretStore::Status::Failed;
    }
    return SecretStore::Status::Failed;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void KeychainSecretStore::run(QKeychain::Job *job, QObject *context, Callback done)
{
    job->setInsecureFallback(false);
    auto finished = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto report = [this, finished, guard, done](const Result &result) {
        if (*finished)
            return;
        *finished = true;
        noteResult(result);
        if (guard)
            done(result);
    };
    connect(job, &QKeychain::Job::finished, this, [report](QKeychain::Job *j) {
        Result result;
        result.status = statusOf(j->error());
        if (result.ok()) {
            if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                result.secret = reader->textData();
        } else {
            result.message = j->errorString();
        }
        report(result);
    });
    QTimer::singleShot(m_timeoutMs, this, [report, seconds = m_timeoutMs / 1000.0] {
        report({Status::Unavailable, QString(), u"The keychain did not answer within %1 s."_s.arg(seconds)});
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QStringLiteral(SCIMMON_APP_ID));
    job->setKey(key);
    run(job, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(QStringLiteral(SCIMMON_APP_ID));
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QStringLiteral(SCIMMON_APP_ID));
    job->setKey(key);
    run(job, context, std::move(done));
}

} // namespace scimmon

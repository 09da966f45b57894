#include "admin/adminserver.h"

#include "http/guardedtcpserver.h"
#include "receiver/receiver.h"
#include "store/storefactory.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QHttpServerResponse text(const QByteArray &body, QHttpServerResponse::StatusCode status,
                         const QByteArray &type = "text/plain; charset=utf-8")
{
    QHttpServerResponse r(type, body, status);
    r.setHeader("Cache-Control", "no-store");
    return r;
}

} // namespace

AdminServer::AdminServer(const Receiver &receiver, const ReceiverConfig &config, const QString &version,
                         QObject *parent)
    : QObject(parent)
    , m_receiver(receiver)
    , m_config(config)
    , m_metrics(version, config.store.backend)
    , m_http(std::make_unique<QHttpServer>())
{
    m_http->route(u"/metrics"_s, QHttpServerRequest::Method::Get, [this] {
        QString error;
        Store *s = store(&error);
        const OverviewCounts counts
            = s ? s->browse().overviewCounts(QDateTime::currentDateTimeUtc()) : OverviewCounts{};
        return text(m_metrics.render(counts), QHttpServerResponse::StatusCode::Ok,
                    "text/plain; version=0.0.4; charset=utf-8");
    });
    m_http->route(u"/livez"_s, QHttpServerRequest::Method::Get,
                  [] { return text("ok\n", QHttpServerResponse::StatusCode::Ok); });
    m_http->route(u"/readyz"_s, QHttpServerRequest::Method::Get, [this] {
        bool ready = false;
        const QString body = readiness(&ready);
        return text(body.toUtf8(),
                    ready ? QHttpServerResponse::StatusCode::Ok : QHttpServerResponse::StatusCode::ServiceUnavailable);
    });
}

AdminServer::~AdminServer() = default;

bool AdminServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    ConnectionLimits limits;
    limits.maxBodyBytes = 0; // the admin routes take no body
    limits.idleTimeoutMs = 30 * 1000;
    limits.requestTimeoutMs = 10 * 1000;
    m_tcp = new GuardedTcpServer(limits, 16, this);
    if (!m_tcp->listen(address, port)) {
        *error = u"Cannot listen for the admin endpoints on %1:%2: %3"_s.arg(address.toString())
                     .arg(port)
                     .arg(m_tcp->errorString());
        delete m_tcp;
        m_tcp = nullptr;
        return false;
    }
    m_port = m_tcp->serverPort();
    m_http->bind(m_tcp);
    return true;
}

Store *AdminServer::store(QString *error)
{
    if (!m_store)
        m_store = StoreFactory::open(m_config.store, u"admin-endpoints"_s, error);
    return m_store.get();
}

QString AdminServer::readiness(bool *ready)
{
    QStringList lines;
    *ready = true;
    auto check = [&](const QString &name, const QString &problem) {
        lines.append(name + u": "_s + (problem.isEmpty() ? u"ok"_s : problem));
        *ready = *ready && problem.isEmpty();
    };

    QString error;
    Store *s = store(&error);
    if (s && s->begin(Database::Mode::Read)) {
        s->commit();
    } else {
        if (s)
            error = s->lastError().message;
        m_store.reset(); // opened again at the next check
    }
    check(u"database"_s, s ? error : (error.isEmpty() ? u"cannot be opened"_s : error));

    check(u"listener"_s,
          m_receiver.state() == Receiver::State::Listening
              ? QString()
              : u"not listening (%1)"_s.arg(m_receiver.errorString().isEmpty() ? u"starting or stopped"_s
                                                                               : m_receiver.errorString()));

    if (!m_config.tls.enabled()) {
        lines.append(u"certificate: not used (plain HTTP)"_s);
    } else {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_config.tls.certificateFile, QSsl::Pem);
        const QList<QSslCertificate> der
            = chain.isEmpty() ? QSslCertificate::fromPath(m_config.tls.certificateFile, QSsl::Der) : chain;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (der.isEmpty())
            lines.append(u"certificate: in use (its expiry is read only from PEM or DER files)"_s);
        else if (der.first().expiryDate() <= now)
            check(u"certificate"_s, u"expired on %1"_s.arg(der.first().expiryDate().toString(Qt::ISODate)));
        else if (der.first().effectiveDate() > now)
            check(u"certificate"_s, u"not valid before %1"_s.arg(der.first().effectiveDate().toString(Qt::ISODate)));
        else
            check(u"certificate"_s, QString());
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace scimmon

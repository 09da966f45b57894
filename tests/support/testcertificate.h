#pragma once

// A certificate made for one test run with the openssl command-line tool (no private key is
// committed): a self-signed RSA certificate for 127.0.0.1, its key plain and encrypted, the same
// pair as PKCS#12, and an unrelated key.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace scimmon::test {

struct TestCertificate
{
    QTemporaryDir dir;
    QString certificate; ///< PEM, CN and subjectAltName 127.0.0.1
    QString key; ///< PEM, unencrypted
    QString encryptedKey; ///< PEM, AES-256, passphrase `passphrase`
    QString pkcs12; ///< certificate and key, passphrase `passphrase`
    QString otherKey; ///< a key of another certificate
    QString passphrase = QStringLiteral("pass-Phrase-7f3a9c");

    /// Runs openssl; false with `*error` set when it is missing or fails.
    bool generate(QString *error)
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
            *error = QStringLiteral("the openssl command is not installed (scripts/install-deps.sh --test)");
            return false;
        }
        const QDir d(dir.path());
        certificate = d.filePath(QStringLiteral("cert.pem"));
        key = d.filePath(QStringLiteral("key.pem"));
        encryptedKey = d.filePath(QStringLiteral("key-encrypted.pem"));
        pkcs12 = d.filePath(QStringLiteral("cert.p12"));
        otherKey = d.filePath(QStringLiteral("other-key.pem"));
        const QString pass = QStringLiteral("pass:") + passphrase;
        const QList<QStringList> steps{
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate,
             QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")},
            {QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-aes256"), QStringLiteral("-passout"),
             pass, QStringLiteral("-out"), encryptedKey},
            {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), certificate,
             QStringLiteral("-inkey"), key, QStringLiteral("-passout"), pass, QStringLiteral("-out"), pkcs12},
            {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
             QStringLiteral("rsa_keygen_bits:2048"), QStringLiteral("-out"), otherKey},
        };
        for (const QStringList &args : steps) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"), args);
            if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
                *error = QStringLiteral("openssl %1 failed: %2")
                             .arg(args.first(), QString::fromLocal8Bit(openssl.readAllStandardError()));
                return false;
            }
        }
        return true;
    }

    /// The certificate, for a client that trusts it.
    QSslCertificate certificateObject() const
    {
        QFile f(certificate);
        return f.open(QIODevice::ReadOnly) ? QSslCertificate(f.readAll(), QSsl::Pem) : QSslCertificate();
    }
};

} // namespace scimmon::test

#pragma once
// TEMPORARY STUB
#include <QObject>
#include <functional>
#include <optional>
namespace scimmon {
class JwksCache : public QObject
{
public:
    explicit JwksCache(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    std::optional<QByteArray> cached(const QString &) const { return std::nullopt; }
    QString lastError(const QString &) const { return QString(); }
    void fetch(const QString &, QObject *, std::function<void()> done) { done(); }
    static bool isUrl(const QString &s) { return s.startsWith(QLatin1String("http")); }
};
} // namespace scimmon

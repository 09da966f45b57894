// Filter parser and evaluator (RFC 7644 §3.4.2.2) on arbitrary text, evaluated on a full user.

#include "scim/filter.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdint>

using namespace scimmon;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QJsonObject user = QJsonDocument::fromJson(R"({"id":"1","userName":"Bjensen","active":true,
        "name":{"givenName":"Barbara"},"emails":[{"type":"work","value":"b@example.com","primary":true}],
        "meta":{"created":"2026-01-01T00:00:00Z"},
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"manager":{"value":"2"}}})")
                                        .object();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (ResourceKind kind : {ResourceKind::User, ResourceKind::Group}) {
        auto filter = Filter::parse(kind, text);
        if (filter)
            filter.value().matches(user);
        else if (filter.error().status != 400 || filter.error().scimType != QLatin1StringView("invalidFilter"))
            __builtin_trap();
    }
    return 0;
}

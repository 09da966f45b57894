// JSON-to-resource mapping (POST/PUT bodies) on arbitrary JSON, then the representation.

#include "scim/resourcemapper.h"

#include <QJsonDocument>

#include <cstdint>

using namespace scimmon;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    for (ResourceKind kind : {ResourceKind::User, ResourceKind::Group}) {
        auto r = ResourceMapper::fromClient(kind, doc.object());
        if (!r) {
            if (r.error().status != 400)
                __builtin_trap();
            continue;
        }
        Resource res;
        res.id = QStringLiteral("id");
        res.data = r.value().data;
        const QList<MemberRef> members = r.value().members.value_or(QList<MemberRef>());
        ResourceMapper::toRepresentation(kind, res, QStringLiteral("http://h/scim/v2"), &members);
    }
    return 0;
}

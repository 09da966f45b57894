// PATCH path parser and PATCH engine on arbitrary input: the first line is used as a path in
// add/replace/remove operations; the whole input is also tried as a PatchOp body.

#include "scim/patchengine.h"
#include "scim/patchpath.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

using namespace scimmon;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QJsonObject user = QJsonDocument::fromJson(R"({"userName":"a","active":true,
        "emails":[{"type":"work","value":"a@example.com"}],"name":{"givenName":"A"}})")
                                        .object();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = QString::fromUtf8(bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n')));
    for (ResourceKind kind : {ResourceKind::User, ResourceKind::Group}) {
        auto parsed = PatchPath::parse(kind, path);
        if (!parsed && parsed.error().status != 400)
            __builtin_trap();
        for (const char *op : {"add", "replace", "remove"}) {
            const QJsonObject body{
                {u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}},
                {u"Operations"_s,
                 QJsonArray{QJsonObject{{u"op"_s, QString::fromLatin1(op)}, {u"path"_s, path}, {u"value"_s, u"x"_s}}}}};
            auto r = PatchEngine::apply(kind, user, body);
            if (!r && r.error().status != 400)
                __builtin_trap();
        }
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        if (doc.isObject()) {
            auto r = PatchEngine::apply(kind, user, doc.object());
            if (!r && r.error().status != 400)
                __builtin_trap();
        }
    }
    return 0;
}

#include "cli/checkarguments.h"

#include <QCommandLineParser>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace scimmon {

QList<QCommandLineOption> CheckArguments::options()
{
    return {
        QCommandLineOption(u"suite"_s, u"check: the suite to run: entra, okta, rfc or all (default all)."_s,
                           u"SUITE"_s),
        QCommandLineOption(u"json"_s, u"check: write the JSON report to FILE."_s, u"FILE"_s),
        QCommandLineOption(u"junit"_s, u"check: write the JUnit XML report to FILE (for CI pipelines)."_s, u"FILE"_s),
        QCommandLineOption(u"html"_s, u"check: write the HTML report to FILE (one self-contained page)."_s, u"FILE"_s),
        QCommandLineOption(u"token-endpoint"_s,
                           u"check: the app's OAuth 2.0 token endpoint, for Validate_Credentials_Test (client "
                           "credentials; with --client-id and --client-secret)."_s,
                           u"URL"_s),
        QCommandLineOption(u"client-id"_s, u"check: the OAuth 2.0 client id for --token-endpoint."_s, u"ID"_s),
        QCommandLineOption(u"client-secret"_s, u"check: the OAuth 2.0 client secret for --token-endpoint."_s,
                           u"SECRET"_s),
        QCommandLineOption(
            u"i-accept-side-effects"_s,
            u"check: consent to the users and groups the check creates on the target (and deletes again)."_s),
    };
}

QStringList CheckArguments::optionNames()
{
    return {u"suite"_s,          u"json"_s,      u"junit"_s,         u"html"_s,
            u"token-endpoint"_s, u"client-id"_s, u"client-secret"_s, u"i-accept-side-effects"_s};
}

QString CheckArguments::read(const QCommandLineParser &parser, CommandLine &cl)
{
    if (parser.positionalArguments().size() != 1)
        return u"'check' takes no further arguments."_s;
    for (const char *option : {"idp", "flavor", "cycle", "seed", "state", "rate", "report", "object", "listen"})
        if (parser.isSet(QLatin1StringView(option)))
            return u"--%1 does not go with 'check'."_s.arg(QLatin1StringView(option));
    cl.mode = CommandLine::Mode::Check;
    cl.checkTarget = parser.value(u"target"_s);
    cl.checkToken = parser.value(u"token"_s);
    const QUrl url(cl.checkTarget, QUrl::StrictMode);
    if (cl.checkTarget.isEmpty())
        return u"'check' needs --target URL, the SCIM base URL to check, e.g. https://app.example.com/scim/v2."_s;
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty())
        return u"--target takes an http:// or https:// SCIM base URL such as https://app.example.com/scim/v2; "
               "'%1' is not one."_s.arg(cl.checkTarget);
    if (cl.checkToken.isEmpty())
        return u"'check' needs --token TOKEN, the bearer token the target accepts."_s;
    const QString suite = parser.isSet(u"suite"_s) ? parser.value(u"suite"_s).toLower() : u"all"_s;
    if (suite == "all"_L1)
        cl.checkSuites = {u"entra"_s, u"okta"_s, u"rfc"_s};
    else if (suite == "entra"_L1 || suite == "okta"_L1 || suite == "rfc"_L1)
        cl.checkSuites = {suite};
    else
        return u"--suite takes entra, okta, rfc or all, not '%1'."_s.arg(parser.value(u"suite"_s));
    cl.checkJson = parser.value(u"json"_s);
    cl.checkJunit = parser.value(u"junit"_s);
    cl.checkHtml = parser.value(u"html"_s);
    cl.checkInsecure = parser.isSet(u"insecure"_s);
    if (parser.isSet(u"timeout-seconds"_s)) {
        bool ok = false;
        cl.checkTimeoutSeconds = parser.value(u"timeout-seconds"_s).toInt(&ok);
        if (!ok || cl.checkTimeoutSeconds < 1 || cl.checkTimeoutSeconds > 3600)
            return u"--timeout-seconds takes a number from 1 to 3600."_s;
    }
    cl.checkTokenEndpoint = parser.value(u"token-endpoint"_s);
    cl.checkClientId = parser.value(u"client-id"_s);
    cl.checkClientSecret = parser.value(u"client-secret"_s);
    if (!cl.checkTokenEndpoint.isEmpty()) {
        const QUrl endpoint(cl.checkTokenEndpoint, QUrl::StrictMode);
        if (!endpoint.isValid() || (endpoint.scheme() != "http"_L1 && endpoint.scheme() != "https"_L1))
            return u"--token-endpoint takes an http:// or https:// URL; '%1' is not one."_s.arg(cl.checkTokenEndpoint);
        if (cl.checkClientId.isEmpty() || cl.checkClientSecret.isEmpty())
            return u"--token-endpoint needs --client-id ID and --client-secret SECRET."_s;
    } else if (!cl.checkClientId.isEmpty() || !cl.checkClientSecret.isEmpty()) {
        return u"--client-id and --client-secret go with --token-endpoint URL."_s;
    }
    if (!parser.isSet(u"i-accept-side-effects"_s))
        return u"'check' creates users and groups on %1 (named scimcheck-…) and deletes them again at the end. "
               "Run it only against a server where that is acceptable, and say so with --i-accept-side-effects."_s.arg(
                   cl.checkTarget);
    return {};
}

} // namespace scimmon

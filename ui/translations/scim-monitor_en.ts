<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%Ln membership change(s)</source>
        <translation>
            <numerusform>%Ln membership change</numerusform>
            <numerusform>%Ln membership changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s)</source>
        <translation>
            <numerusform>%Ln failure</numerusform>
            <numerusform>%Ln failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::AuditExportDialog</name>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln event to %1.</numerusform>
            <numerusform>Exported %Ln events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::AuditPage</name>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <extracomment>%1 is the number of events shown</extracomment>
        <translation>
            <numerusform>%1 of %Ln event</numerusform>
            <numerusform>%1 of %Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::CheckPage</name>
    <message numerus="yes">
        <source>%n test(s): %1 passed, %2 failed, %3 skipped.</source>
        <translation>
            <numerusform>%n test: %1 passed, %2 failed, %3 skipped.</numerusform>
            <numerusform>%n tests: %1 passed, %2 failed, %3 skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::CyclesPage</name>
    <message numerus="yes">
        <source>A cycle is a run of requests from the identity provider; a Test Connection or %Ln minute(s) without requests start a new one.</source>
        <translation>
            <numerusform>A cycle is a run of requests from the identity provider; a Test Connection or %Ln minute without requests start a new one.</numerusform>
            <numerusform>A cycle is a run of requests from the identity provider; a Test Connection or %Ln minutes without requests start a new one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::FaultsDialog</name>
    <message numerus="yes">
        <source>%Ln rule(s) enabled: the receiver is failing on purpose.</source>
        <translation>
            <numerusform>%Ln rule enabled: the receiver is failing on purpose.</numerusform>
            <numerusform>%Ln rules enabled: the receiver is failing on purpose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %Ln rule(s)? The receiver then answers as itself.</source>
        <translation>
            <numerusform>Remove the %Ln rule? The receiver then answers as itself.</numerusform>
            <numerusform>Remove all %Ln rules? The receiver then answers as itself.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the %Ln rule(s) with the profile “%1”?</source>
        <translation>
            <numerusform>Replace the %Ln rule with the profile “%1”?</numerusform>
            <numerusform>Replace the %Ln rules with the profile “%1”?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::GroupsPage</name>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::MainWindow</name>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Faults on: %Ln rule(s)</source>
        <translation>
            <numerusform>Faults on: %Ln rule</numerusform>
            <numerusform>Faults on: %Ln rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::NewTokenDialog</name>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::OAuthClientTableModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::OAuthClientsPanel</name>
    <message numerus="yes">
        <source>Revoke “%1”? It gets no new access tokens, and its %n access token(s) are refused from the next request on. This cannot be undone.</source>
        <translation>
            <numerusform>Revoke “%1”? It gets no new access tokens, and its %n access token is refused from the next request on. This cannot be undone.</numerusform>
            <numerusform>Revoke “%1”? It gets no new access tokens, and its %n access tokens are refused from the next request on. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::ObjectHistoryDialog</name>
    <message numerus="yes">
        <source>%Ln request(s) touched it</source>
        <translation>
            <numerusform>%Ln request touched it</numerusform>
            <numerusform>%Ln requests touched it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::OverviewPage</name>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s)</source>
        <translation>
            <numerusform>%Ln failure</numerusform>
            <numerusform>%Ln failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) in the log were made by fault rules, not by the service.</source>
        <translation>
            <numerusform>%Ln answer in the log was made by a fault rule, not by the service.</numerusform>
            <numerusform>%Ln answers in the log were made by fault rules, not by the service.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln request(s) failed</source>
        <translation>
            <numerusform>%1 of %Ln request failed</numerusform>
            <numerusform>%1 of %Ln requests failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Latest cycle: %1. At this rate Entra would quarantine the job after about %Ln more failure(s).</source>
        <translation>
            <numerusform>Latest cycle: %1. At this rate Entra would quarantine the job after about %Ln more failure.</numerusform>
            <numerusform>Latest cycle: %1. At this rate Entra would quarantine the job after about %Ln more failures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::PagedResourceModel</name>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln missing</numerusform>
            <numerusform>%Ln missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::RequestDetailView</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) added:</source>
        <translation>
            <numerusform>%Ln member added:</numerusform>
            <numerusform>%Ln members added:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) removed:</source>
        <translation>
            <numerusform>%Ln member removed:</numerusform>
            <numerusform>%Ln members removed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::RequestLogFilterBar</name>
    <message numerus="yes">
        <source>counting… of %Ln request(s)</source>
        <translation>
            <numerusform>counting… of %Ln request</numerusform>
            <numerusform>counting… of %Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln request(s)</source>
        <extracomment>%1 is the number of requests shown</extracomment>
        <translation>
            <numerusform>%1 of %Ln request</numerusform>
            <numerusform>%1 of %Ln requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::RequestLogPage</name>
    <message numerus="yes">
        <source>Paused · %Ln new request(s)</source>
        <translation>
            <numerusform>Paused · %Ln new request</numerusform>
            <numerusform>Paused · %Ln new requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer request(s)</source>
        <translation>
            <numerusform>%Ln newer request</numerusform>
            <numerusform>%Ln newer requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::ResourceDetailPane</name>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the JSON lists the first %1 of %Ln member(s)</source>
        <translation>
            <numerusform>the JSON lists the first %1 of %Ln member</numerusform>
            <numerusform>the JSON lists the first %1 of %Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::ResourcePage</name>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s)</source>
        <extracomment>%1 is the number of users shown</extracomment>
        <translation>
            <numerusform>%1 of %Ln user</numerusform>
            <numerusform>%1 of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln group(s)</source>
        <extracomment>%1 is the number of groups shown</extracomment>
        <translation>
            <numerusform>%1 of %Ln group</numerusform>
            <numerusform>%1 of %Ln groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::SimulateDialog</name>
    <message numerus="yes">
        <source>Finished: %1 succeeded, %2 failed, %3 skipped; %n request(s) sent.</source>
        <translation>
            <numerusform>Finished: %1 succeeded, %2 failed, %3 skipped; %n request sent.</numerusform>
            <numerusform>Finished: %1 succeeded, %2 failed, %3 skipped; %n requests sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escrowed: retried in a later cycle (%n earlier attempt(s)).</source>
        <translation>
            <numerusform>Escrowed: retried in a later cycle (%n earlier attempt).</numerusform>
            <numerusform>Escrowed: retried in a later cycle (%n earlier attempts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::TokenManagerDialog</name>
    <message numerus="yes">
        <source>%Ln token(s) deleted.</source>
        <translation>
            <numerusform>%Ln token deleted.</numerusform>
            <numerusform>%Ln tokens deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimmon::UsersPage</name>
    <message numerus="yes">
        <source>member of %Ln group(s)</source>
        <translation>
            <numerusform>member of %Ln group</numerusform>
            <numerusform>member of %Ln groups</numerusform>
        </translation>
    </message>
</context>
</TS>

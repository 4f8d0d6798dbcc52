<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Kimai refused the last attempt for too many requests. Nothing is sent for %n more second(s); then try again.</source>
        <translation>
            <numerusform>Kimai refused the last attempt for too many requests. Nothing is sent for %n more second; then try again.</numerusform>
            <numerusform>Kimai refused the last attempt for too many requests. Nothing is sent for %n more seconds; then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ApiConsoleView</name>
    <message numerus="yes">
        <source>The last %n request(s) to this server</source>
        <translation>
            <numerusform>The last request to this server</numerusform>
            <numerusform>The last %n requests to this server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) from Kimai&apos;s OpenAPI document for this version</source>
        <translation>
            <numerusform>%n endpoint from Kimai&apos;s OpenAPI document for this version</numerusform>
            <numerusform>%n endpoints from Kimai&apos;s OpenAPI document for this version</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::CatalogTab</name>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::CommandRunner</name>
    <message numerus="yes">
        <source>%n timer(s) running.</source>
        <translation>
            <numerusform>%n timer running.</numerusform>
            <numerusform>%n timers running.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is ambiguous (%n matches); use the ID.</source>
        <translation>
            <numerusform>&quot;%1&quot; is ambiguous (%n match); use the ID.</numerusform>
            <numerusform>&quot;%1&quot; is ambiguous (%n matches); use the ID.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::Favorites</name>
    <message numerus="yes">
        <source>There is no favourite %1: there are %n favourite(s).</source>
        <translation>
            <numerusform>There is no favourite %1: there is %n favourite.</numerusform>
            <numerusform>There is no favourite %1: there are %n favourites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; fits %n favourites; use the number.</source>
        <translation>
            <numerusform>&quot;%1&quot; fits %n favourite; use the number.</numerusform>
            <numerusform>&quot;%1&quot; fits %n favourites; use the number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::JsonInspector</name>
    <message numerus="yes">
        <source>Request (%n header(s))</source>
        <translation>
            <numerusform>Request (%n header)</numerusform>
            <numerusform>Request (%n headers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Response headers (%n)</source>
        <translation>
            <numerusform>Response header (%n)</numerusform>
            <numerusform>Response headers (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::PingChart</name>
    <message numerus="yes">
        <source>last %n ping(s)</source>
        <translation>
            <numerusform>last %n ping</numerusform>
            <numerusform>last %n pings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::PingTab</name>
    <message numerus="yes">
        <source>%n ping(s), none answered.</source>
        <translation>
            <numerusform>%n ping, not answered.</numerusform>
            <numerusform>%n pings, none answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ping(s): min %1 ms · average %2 ms · max %3 ms · failed: %4</source>
        <translation>
            <numerusform>%n ping: min %1 ms · average %2 ms · max %3 ms · failed: %4</numerusform>
            <numerusform>%n pings: min %1 ms · average %2 ms · max %3 ms · failed: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::Sync</name>
    <message numerus="yes">
        <source>Sending %n change(s) to Kimai…</source>
        <translation>
            <numerusform>Sending %n change to Kimai…</numerusform>
            <numerusform>Sending %n changes to Kimai…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n change waiting</numerusform>
            <numerusform>Offline — %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log in again to send %n waiting change(s)</source>
        <translation>
            <numerusform>Log in again to send %n waiting change</numerusform>
            <numerusform>Log in again to send %n waiting changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention</source>
        <translation>
            <numerusform>%n change needs attention</numerusform>
            <numerusform>%n changes need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TimesheetsTab</name>
    <message numerus="yes">
        <source>%n record(s) · total %1</source>
        <translation>
            <numerusform>%n record · total %1</numerusform>
            <numerusform>%n records · total %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in this range · %1 for the %2 loaded so far (scroll for more)</source>
        <translation>
            <numerusform>%n record in this range · %1 for the %2 loaded so far (scroll for more)</numerusform>
            <numerusform>%n records in this range · %1 for the %2 loaded so far (scroll for more)</numerusform>
        </translation>
    </message>
</context>
</TS>

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
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
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
    <name>kd::ExchangesView</name>
    <message numerus="yes">
        <source>%Ln new ↓</source>
        <translation>
            <numerusform>%Ln new ↓</numerusform>
            <numerusform>%Ln new ↓</numerusform>
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
        <source>Request (%Ln header(s))</source>
        <translation>
            <numerusform>Request (%Ln header)</numerusform>
            <numerusform>Request (%Ln headers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Response headers (%Ln)</source>
        <translation>
            <numerusform>Response header (%Ln)</numerusform>
            <numerusform>Response headers (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::MainWindow</name>
    <message numerus="yes">
        <source>Kimai refused the token. Log in again; %n change(s) wait and are sent after the login.</source>
        <translation>
            <numerusform>Kimai refused the token. Log in again; %n change waits and is sent after the login.</numerusform>
            <numerusform>Kimai refused the token. Log in again; %n changes wait and are sent after the login.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::OfflineWork</name>
    <message numerus="yes">
        <source>%n change(s) waiting for Kimai</source>
        <translation>
            <numerusform>%n change waiting for Kimai</numerusform>
            <numerusform>%n changes waiting for Kimai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention, %1 waiting</source>
        <translation>
            <numerusform>%n change needs attention, %1 waiting</numerusform>
            <numerusform>%n changes need attention, %1 waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::PingChart</name>
    <message numerus="yes">
        <source>last %Ln ping(s)</source>
        <translation>
            <numerusform>last %Ln ping</numerusform>
            <numerusform>last %Ln pings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::PingTab</name>
    <message numerus="yes">
        <source>%Ln ping(s), none answered.</source>
        <translation>
            <numerusform>%Ln ping, not answered.</numerusform>
            <numerusform>%Ln pings, none answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ping(s): min %1 ms · average %2 ms · max %3 ms · failed: %4</source>
        <translation>
            <numerusform>%Ln ping: min %1 ms · average %2 ms · max %3 ms · failed: %4</numerusform>
            <numerusform>%Ln pings: min %1 ms · average %2 ms · max %3 ms · failed: %4</numerusform>
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
    <name>kd::Timekeeper</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You were away %n times between %1 and %2 (%3 in all) while the timer ran.</source>
        <translation>
            <numerusform>You were away %n time between %1 and %2 (%3 in all) while the timer ran.</numerusform>
            <numerusform>You were away %n times between %1 and %2 (%3 in all) while the timer ran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TimesheetsTab</name>
    <message numerus="yes">
        <source>%Ln record(s) · total %1</source>
        <translation>
            <numerusform>%Ln record · total %1</numerusform>
            <numerusform>%Ln records · total %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in this range · %1 for the %2 loaded so far (scroll for more)</source>
        <translation>
            <numerusform>%Ln record in this range · %1 for the %2 loaded so far (scroll for more)</numerusform>
            <numerusform>%Ln records in this range · %1 for the %2 loaded so far (scroll for more)</numerusform>
        </translation>
    </message>
</context>
</TS>

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
    <name>kd::EntryNotices</name>
    <message numerus="yes">
        <source>%n entry/entries deleted (Ctrl+Z restores them).</source>
        <translation>
            <numerusform>%n entry deleted (Ctrl+Z restores it).</numerusform>
            <numerusform>%n entries deleted (Ctrl+Z restores them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kimai cannot be reached: %n change(s) kept and sent when it answers.</source>
        <translation>
            <numerusform>Kimai cannot be reached: %n change kept and sent when it answers.</numerusform>
            <numerusform>Kimai cannot be reached: %n changes kept and sent when it answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::EntryTimesBox</name>
    <message numerus="yes">
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n day</numerusform>
            <numerusform>+%n days</numerusform>
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
    <name>kd::TagEnsurer</name>
    <message numerus="yes">
        <source>%n tag(s) not saved (%1): %2.</source>
        <translation>
            <numerusform>%n tag not saved (%1): %2.</numerusform>
            <numerusform>%n tags not saved (%1): %2.</numerusform>
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
    <name>kd::TimesheetActions</name>
    <message numerus="yes">
        <source>De&amp;lete %n entries…</source>
        <translation>
            <numerusform>De&amp;lete %n entry…</numerusform>
            <numerusform>De&amp;lete %n entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo delete (%n entries)</source>
        <translation>
            <numerusform>&amp;Undo delete (%n entry)</numerusform>
            <numerusform>&amp;Undo delete (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry/entries?</source>
        <translation>
            <numerusform>Delete %n entry?</numerusform>
            <numerusform>Delete %n entries?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported entry/entries cannot be deleted and will stay.</source>
        <translation>
            <numerusform>%n exported entry cannot be deleted and will stay.</numerusform>
            <numerusform>%n exported entries cannot be deleted and will stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported entry/entries cannot be deleted: they are locked.</source>
        <translation>
            <numerusform>%n exported entry cannot be deleted: it is locked.</numerusform>
            <numerusform>%n exported entries cannot be deleted: they are locked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n row copied.</numerusform>
            <numerusform>%n rows copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries of other users cannot be deleted and will stay.</source>
        <translation>
            <numerusform>%n entry of another user cannot be deleted and will stay.</numerusform>
            <numerusform>%n entries of other users cannot be deleted and will stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries of other users cannot be deleted: you may not change them.</source>
        <translation>
            <numerusform>%n entry of another user cannot be deleted: you may not change it.</numerusform>
            <numerusform>%n entries of other users cannot be deleted: you may not change them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TimesheetExporter</name>
    <message numerus="yes">
        <source>%n entry/entries exported.</source>
        <translation>
            <numerusform>%n entry exported.</numerusform>
            <numerusform>%n entries exported.</numerusform>
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
<context>
    <name>kd::WeekView</name>
    <message numerus="yes">
        <source>%1, %2: %n entry/entries (Enter or a double-click edits one)</source>
        <translation>
            <numerusform>%1, %2: %n entry (Enter or a double-click edits it)</numerusform>
            <numerusform>%1, %2: %n entries (Enter or a double-click edits one)</numerusform>
        </translation>
    </message>
</context>
</TS>

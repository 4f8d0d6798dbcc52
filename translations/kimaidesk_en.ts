<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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

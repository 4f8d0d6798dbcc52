<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai refused the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what Kimai sends (%1). Is this a Kimai server, and is it a supported version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB and was not loaded. Narrow the request (for example a shorter date range) or raise the limit in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to %1. Kimai Desk does not follow redirects to another address or to plain http, to keep your token safe. If that address is right, use it as the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to send its answer. Try again later or check the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that the address is right and the server is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server presented a different certificate than the one you trusted for it. This can mean someone is intercepting the connection. Nothing was sent. If the server&apos;s certificate was replaced on purpose, remove the trusted certificate in the login form and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended without an answer from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the address for typing errors and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address and port, and that Kimai is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before answering. Try again; if it keeps happening, the server or a proxy in between has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If you know this server uses its own certificate, check its fingerprint and trust it for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection could not be set up. Does the server speak https on this port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps redirecting. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected from https to plain http. Kimai Desk does not follow it, to keep your token safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available. Check that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server failed (%1). Check the proxy settings of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai refused the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai refused the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai refused the request as invalid (400 Bad Request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai refused the API token: it is wrong, expired or was deleted. Create a new token in Kimai (your profile → API access) and enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a different login (an HTML page answered, not Kimai). Is a proxy protecting this address, or is Kimai somewhere else?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai did not receive the API token. A web server or proxy in front of Kimai may drop the Authorization header (on Apache, pass it on with SetEnvIf Authorization). Or try the API password (legacy) method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai wants a login: enter your username and API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai refused the username or API password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai refused the username or API password. Check both; on Kimai 2.14 and later use an API token with the &quot;API token&quot; method instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server only accepts a username with an API password (Kimai 1.x or an older 2.x). Enter your username and choose the &quot;API password (legacy)&quot; method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in, but Kimai does not allow this. Your account may lack the permission (or API access was turned off for your role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai says this does not exist (any more). It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Kimai API at this address. Check the server address, including a sub-path such as https://example.com/kimai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request method (405). A proxy or a redirect (for example http → https or a missing sub-path) may have changed the request. Use the exact https address of Kimai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai is limiting the number of requests. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal error (%1) and answered with an error page. Try again later; if it persists, the Kimai administrator can find details in the server log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal error (%1). Try again later; if it persists, the Kimai administrator can find details in the server log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect (%1) that Kimai Desk does not follow. Use the address it redirects to as the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a web page instead of Kimai&apos;s JSON. Is Kimai at this address? Check the server address, including a sub-path such as https://example.com/kimai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON. Is Kimai at this address, and is nothing in between (a proxy or a security filter) changing the answers?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved server called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another command is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the %1 tab failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai Desk has no saved login with a token in the keychain. Log in once in the window (with &quot;Remember&quot;), or give --server, --username and --token-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripted control is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of %1 starts with http://, not https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API token would travel unencrypted over the network, where others can read it. Kimai&apos;s own documentation says to use the API only over https. Continue only on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the token unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Enter the address of your Kimai, for example https://kimai.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a user name or password into the address; use the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::AboutDialog</name>
    <message>
        <source>About Kimai Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Kimai %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a Kimai server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A native desktop client for the Kimai time-tracking server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai Desk is free software under the GNU General Public License, version 3 or later. It uses Qt (LGPL 3) and QtKeychain (BSD 2-clause). Kimai is a trademark of Kevin Papst; Kimai Desk is an independent client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ActivityModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global (all projects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A global activity can be used with every project that allows global activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::CatalogTab</name>
    <message>
        <source>Filter by name, number, comment… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible and hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to see all its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 presented a certificate this computer does not trust.&lt;/b&gt;&lt;br&gt;If you run this server yourself or your administrator gave you its fingerprint, compare the fingerprint below. Trusting it applies to this server only; a different certificate later will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate for this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::CommandLine</name>
    <message>
        <source>Kimai Desk — a native desktop client for the Kimai time-tracking server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the embedded Kimai demo server and log in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: only serve the demo API (print URL, user and token) until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the demo server (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sample timesheets of the demo server (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token of the demo server (default: random).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timezone of the demo user (default: this computer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the demo server behave like Kimai 1.x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking mode of the demo server: default, punch or duration_fixed_begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the Kimai server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API token from this file (- reads standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication: auto, bearer or legacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the given token in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the saved server profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this tab: ping, version, timesheets, activities, projects, customers or i18n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the visible tab has loaded, save a PNG of the window and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the tray (if there is one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a timer (with --project and --activity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running timer(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the most recent timesheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the running timers as one JSON line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window of the running instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project for --start (ID or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity for --start (ID or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description for --start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated tags for --start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--serve-only needs --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-timesheets must be a number from 0 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be auto, bearer or legacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tab &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of --start, --stop, --restart-last, --status and --show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start needs --project and --activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project and --activity belong to --start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot cannot be combined with --serve-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::CommandRunner</name>
    <message>
        <source>The command did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n timer(s) running.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No timer running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recent timesheet to restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timer was running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visible project is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity called &quot;%1&quot; fits this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is ambiguous (%n matches); use the ID.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects and activities could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::CustomerModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ExchangeLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is no longer kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ExchangesView</name>
    <message>
        <source>Filter by method, path or status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::I18nTab</name>
    <message>
        <source>i18n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats from /api/config/i18n (Kimai 1.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Kimai does not offer /api/config/i18n: the endpoint was removed in Kimai 2.0. Kimai 2 takes language, locale and timezone from the user profile instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Kimai profile (/api/users/me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timesheet configuration (/api/config/timesheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default begin time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running entries allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future times allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlapping entries allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Kimai Desk formats for locale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s clock and this computer&apos;s agree (within a second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s ahead of this computer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 s behind this computer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time now: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::JsonFormatter</name>
    <message>
        <source>The text ends inside a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control character inside a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a key in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text ends before the JSON value is complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::JsonInspector</name>
    <message>
        <source>Save Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in body (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the formatted body to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is no longer kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is no longer kept: the log keeps only the bodies of the latest requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 of %2 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This body is %1, larger than %2: the inspector shows plain text only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is HTML; it is shown as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not JSON; it is shown as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the tree…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Request (%n header(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Response headers (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2 The part before is formatted; the rest is shown as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body could not be parsed as JSON, so there is no tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::JsonTreeModel</name>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::KeychainCredentialStore</name>
    <message>
        <source>The system keychain reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain (Secret Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not keep the token (reading it back gave a different value).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::LoginController</name>
    <message>
        <source>%1 %2 → no answer: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3 · %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API password method needs your Kimai username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address uses plain http: your API token would travel unencrypted over the network. Use https, or confirm that you accept this for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your API token (create one in Kimai under your profile → API access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the token from the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored in the %1 for this server any more. Enter your API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so the stored token cannot be read. Enter your API token; it will be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused (or it is locked). Unlock it, or enter your API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept for this session only and you will need to enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be stored in the %1 (%2). It is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved server to forget a token for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was removed from the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain (Secret Service) answers on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::LoginPage</name>
    <message>
        <source>Log in to Kimai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your Kimai and an API token. Create a token in Kimai under your profile → API access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this saved server and its stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saved server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://kimai.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed for the API password method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token (Bearer, Kimai 2.14+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API password (legacy X-AUTH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each request of Test connection and Log in appears here with its status and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection works: Kimai %1, signed in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Test passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste your API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain — leave empty to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved server was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The token will be kept for this session only — Kimai Desk never writes it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Test connection —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Log in —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// address to keep your token private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the token in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusting the certificate for this server and trying again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this server&apos;s token from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load running timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON &amp;inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kimai Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (token in keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (token for this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected (login failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2 — Kimai Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::MemoryCredentialStore</name>
    <message>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ModelFormat</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::PingChart</name>
    <message>
        <source>No pings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last %n ping(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::PingTab</name>
    <message>
        <source>Ping again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last ping failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ping(s), none answered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ping(s): min %1 ms · average %2 ms · max %3 ms · %4 failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ProjectModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::Screenshotter</name>
    <message>
        <source>Timed out waiting for the window to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Kimai Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read the running timer every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps Kimai Desk in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification when a timer starts or stops from the tray or a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Kimai Desk when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up when the server is silent for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest answer to load:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::StartDialog</name>
    <message>
        <source>Start a timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. meeting, internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter starts. The server records the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the running timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::TabPage</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::TimerBar</name>
    <message>
        <source>Restart recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a timer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this timer (Ctrl+Shift+S stops the newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timer running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::TimerController</name>
    <message>
        <source>Kimai does not allow times in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer, and the current state could not be read either (%1). Nothing was retried. Check the timer in Kimai before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the stop, and the timer is still running. Nothing was retried; stop it again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the stop, but the timer is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the start, but the timer is running since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the start, and no timer is running for it. Nothing was retried; start it again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::TimesheetModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This timer is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::TimesheetsTab</name>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timesheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) · total %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in this range · %1 for the %2 loaded so far (scroll for more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timesheet #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::TrayIcon</name>
    <message>
        <source>No timer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::VersionTab</name>
    <message>
        <source>Version ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai Desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server supports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kimai %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Qt %2 at run time, built with %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens (Authorization: Bearer) — Kimai 2.14 and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens (Authorization: Bearer) — only Kimai 2.14 and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers) — deprecated since 2.14, removed in 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API passwords (X-AUTH headers) — removed in Kimai 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The /api/config/i18n endpoint (Kimai 1.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The /api/config/i18n endpoint — removed in Kimai 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API password (legacy X-AUTH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token (Bearer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

#!/usr/bin/env node
// Runs Prism (the pinned @stoplight/prism-* packages) as a validating mock or proxy, like
//   prism mock  <document> --errors
//   prism proxy <document> <upstream> --errors
// but through Prism's own library entry points instead of its CLI, because the CLI of Prism 5.x
// (up to 5.14.2 at least) URL-encodes the names of the query parameters in the loaded document when
// it prints its list of example URLs at start-up (prism-cli dist/util/paths.js, createQueryUriTemplate:
// `spec.name = encodeURI(spec.name)`). A parameter called `customers[]` then becomes `customers%5B%5D`
// and is never found in a request again, so Kimai's array filters (customers[], projects[], tags[] ...)
// would silently go unchecked (stoplightio/prism#2443). The server, the validator, the mocker and the
// forwarder used here are exactly those of the CLI, with the CLI's configuration.
//
// usage: node prism-run.cjs --prism-dir <dir with node_modules> mock  <document>
//        node prism-run.cjs --prism-dir <dir with node_modules> proxy <document> <upstream-url>
//        [--host 127.0.0.1] [--port 0]
//
// Prints `PRISM_LISTENING <url>` on stdout once it accepts connections (port 0: a free port), then one
// line per Prism log event (`[PRISM] <component> <level>: <message>`). Exits when stdin closes, so it
// never outlives the test that started it.

'use strict';

const path = require('node:path');
const { createRequire } = require('node:module');

function usage(message) {
    if (message)
        console.error(`prism-run: ${message}`);
    console.error('usage: node prism-run.cjs --prism-dir DIR (mock DOCUMENT | proxy DOCUMENT UPSTREAM) [--host H] [--port N]');
    process.exit(2);
}

const options = { host: '127.0.0.1', port: 0, prismDir: null };
const positional = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a === '--host' || a === '--port' || a === '--prism-dir') {
        if (i + 1 >= argv.length)
            usage(`${a} needs a value`);
        const value = argv[++i];
        if (a === '--host')
            options.host = value;
        else if (a === '--port')
            options.port = Number(value);
        else
            options.prismDir = value;
    } else {
        positional.push(a);
    }
}
const [mode, document, upstream] = positional;
if (!options.prismDir)
    usage('--prism-dir is required');
if (mode !== 'mock' && mode !== 'proxy')
    usage('the mode is mock or proxy');
if (!document || (mode === 'proxy' && !upstream))
    usage('missing document or upstream');

const requireFromPrism = createRequire(path.join(path.resolve(options.prismDir), 'package.json'));
const { getHttpOperationsFromSpec } = requireFromPrism('@stoplight/prism-http');
const { createServer } = requireFromPrism('@stoplight/prism-http-server');
const { createLogger } = requireFromPrism('@stoplight/prism-core');
const prismVersion = requireFromPrism('@stoplight/prism-cli/package.json').version;

const LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 32: 'success', 40: 'warn', 50: 'error', 60: 'fatal' };

// pino writes one JSON object per line; print them readably, one line each.
const destination = {
    write(chunk) {
        for (const line of String(chunk).split('\n')) {
            if (!line.trim())
                continue;
            try {
                const e = JSON.parse(line);
                const where = e.input ? ` ${String(e.input.method).toUpperCase()} ${e.input.url && e.input.url.path}` : '';
                process.stdout.write(`[PRISM] ${e.name || '-'}${where} ${LEVELS[e.level] || e.level}: ${e.msg}\n`);
            } catch {
                process.stdout.write(`[PRISM] ${line}\n`);
            }
        }
    },
};

async function main() {
    const logger = createLogger('CLI', { level: 'info' }, destination);
    const operations = await getHttpOperationsFromSpec(path.resolve(document));
    if (operations.length === 0)
        throw new Error(`no operations in ${document}`);

    // The configuration of prism-cli's createServer for `--errors`.
    const shared = {
        validateRequest: true,
        validateResponse: true,
        checkSecurity: true,
        errors: true,
        upstreamProxy: undefined,
        mock: { dynamic: false },
    };
    const config = mode === 'proxy'
        ? { ...shared, isProxy: true, upstream: new URL(upstream) }
        : { ...shared, isProxy: false };
    const server = createServer(operations, {
        cors: false,
        config,
        components: { logger: logger.child({ name: 'HTTP SERVER' }) },
    });
    const address = await server.listen(options.port, options.host);
    process.stdout.write(`PRISM_VERSION ${prismVersion} (${mode}, ${operations.length} operations)\n`);
    process.stdout.write(`PRISM_LISTENING ${address}\n`);

    const stop = () => server.close().finally(() => process.exit(0));
    process.stdin.on('end', stop);
    process.stdin.on('error', stop);
    process.stdin.resume();
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
}

main().catch((e) => {
    console.error(`prism-run: ${e && e.stack ? e.stack : e}`);
    process.exit(1);
});

#!/usr/bin/env node
// Writes the RELAXED copy of a Kimai OpenAPI document that the contract tests validate against.
//
//   node relax-openapi.mjs <kimai-openapi.json> <relaxed-out.json>
//
// Kimai's document is not exact; the recorded exchanges of a real Kimai win
// (shared/kimai-api/README.md, "Kimai's OpenAPI document is not exact"). Every change below is one
// that real Kimai behaviour justifies, and the script prints what it changed, rule by rule:
//
// Relaxations (the document is stricter than Kimai):
//   nullable       every property of a schema that appears in an answer may be null (Kimai sends null
//                  for empty fields: serialize_null, e.g. users/me alias, customers color, fixedRate).
//   full=true      GET and POST /api/timesheets answer the expanded shape (nested objects where the
//                  document says integers) when asked with full=true.
//   datetime       request begin/end lose `format: date-time` (RFC 3339 with an offset): Kimai wants
//                  the local form yyyy-MM-ddTHH:mm:ss with NO offset.
//   partial PATCH  PATCH bodies need no field (Kimai submits PATCH forms partially; recorded-2.28/51
//                  sends only a description).
//   recorded       properties the document requires but real answers leave out are optional
//                  (RECORDED_ABSENT below, each with the recording that shows it).
//   optional begin a timesheet form needs no begin (Kimai takes "now"; the document's own description
//                  says so, NOTES.md 6.12, and 2.41 no longer lists it; 2.28 does).
//   project dates  project start/end/orderDate are plain dates Y-m-d, not date-times (Kimai serializes
//                  them with Type("DateTime<'Y-m-d'>"), NOTES.md section 0 fact 5 and 6.7).
// Repairs and tightenings (the document says less than Kimai checks):
//   array params   `items: []` on array query parameters (customers[], tags[], ...) makes Prism skip
//                  the validation of ALL query parameters of that operation; items become
//                  {type: string, pattern} so the parameters are checked again.
//   anchored       parameter patterns are matched whole, as FOSRest does (#^(?:pattern)$#).
//   datetime       begin/end in requests must be yyyy-MM-ddTHH:mm:ss (Kimai: strict Y-m-d\TH:i:s);
//                  project start/end filters are Y-m-d (optionally with the time).
//   extra fields   request bodies allow no other fields (Kimai's forms refuse them with 400
//                  "This form should not contain extra fields.").
//   broken schema  a media-type schema that is not a JSON object (ping's `"schema": []`) becomes {}.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const LOCAL_DATETIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$';
const DATE_OR_LOCAL_DATETIME = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2})?$';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const EXPANDED = { TimesheetCollection: 'TimesheetCollectionExpanded', TimesheetEntity: 'TimesheetExpanded' };
// Required by the document, absent from real Kimai answers (shared/kimai-api/recorded-2.28, copied to
// tests/data/recorded-2.28).
const RECORDED_ABSENT = {
    CustomerCollection: { fields: ['country', 'timezone'], evidence: '24_customers.http' },
    Customer: { fields: ['country'], evidence: '41_timesheets_active.http, 48_timesheets_full.http, 49_timesheets_recent.http' },
};
const PROJECT_DATES = ['start', 'end', 'orderDate'];
// Required by some documents, optional in Kimai's forms.
const FORM_OPTIONAL = {
    TimesheetEditForm: ['begin'],
};

const [input, output] = process.argv.slice(2);
if (!input || !output) {
    console.error('usage: node relax-openapi.mjs <kimai-openapi.json> <relaxed-out.json>');
    process.exit(2);
}

let doc;
try {
    doc = JSON.parse(readFileSync(input, 'utf8'));
} catch (e) {
    console.error(`relax-openapi: cannot read ${input}: ${e.message}`);
    process.exit(1);
}
if (!doc || typeof doc !== 'object' || !doc.paths) {
    console.error(`relax-openapi: ${input} is not an OpenAPI document (no "paths")`);
    process.exit(1);
}

const schemas = (doc.components && doc.components.schemas) || {};
const counts = {};
const note = (rule, what) => {
    (counts[rule] ??= []).push(what);
};

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const refName = (s) => (isObject(s) && typeof s.$ref === 'string' && s.$ref.startsWith('#/components/schemas/')
    ? s.$ref.slice('#/components/schemas/'.length) : null);
const anchored = (p) => (p.startsWith('^') && p.endsWith('$') ? p : `^(?:${p})$`);

function* operations() {
    for (const [path, item] of Object.entries(doc.paths)) {
        if (!isObject(item))
            continue;
        for (const method of METHODS) {
            if (isObject(item[method]))
                yield { path, method, op: item[method], item };
        }
    }
}

function* mediaSchemas(container) {
    if (!isObject(container) || !isObject(container.content))
        return;
    for (const [type, media] of Object.entries(container.content)) {
        if (isObject(media))
            yield { type, media };
    }
}

// Names of the component schemas reachable from a schema.
function collectRefs(schema, into) {
    if (Array.isArray(schema)) {
        for (const s of schema)
            collectRefs(s, into);
        return;
    }
    if (!isObject(schema))
        return;
    const name = refName(schema);
    if (name && !into.has(name)) {
        into.add(name);
        collectRefs(schemas[name], into);
    }
    for (const [k, v] of Object.entries(schema)) {
        if (k !== '$ref')
            collectRefs(v, into);
    }
}

// --- Broken media schemas --------------------------------------------------------------------------
for (const { path, method, op } of operations()) {
    const containers = [op.requestBody, ...Object.values(op.responses || {})];
    for (const c of containers) {
        for (const { type, media } of mediaSchemas(c)) {
            if ('schema' in media && !isObject(media.schema)) {
                media.schema = {};
                note('broken schema', `${method.toUpperCase()} ${path} (${type})`);
            }
        }
    }
}

// --- Parameters ----------------------------------------------------------------------------------
function fixParameter(path, method, p) {
    if (!isObject(p) || !isObject(p.schema))
        return;
    const where = `${method.toUpperCase()} ${path} ${p.in} ${p.name}`;
    const s = p.schema;
    if (s.type === 'array') {
        if (!isObject(s.items)) {
            s.items = { type: 'string' };
            note('array params', where);
        }
        if (typeof s.pattern === 'string') {
            s.items.pattern = anchored(s.pattern);
            delete s.pattern;
            note('anchored', where + ' items');
        }
        return;
    }
    if (p.in === 'query' && path.startsWith('/api/timesheets') && ['begin', 'end', 'modified_after'].includes(p.name)) {
        delete s.format;
        s.pattern = LOCAL_DATETIME;
        note('datetime', where);
        return;
    }
    if (p.in === 'query' && path === '/api/projects' && ['start', 'end'].includes(p.name)) {
        delete s.format;
        s.pattern = DATE_OR_LOCAL_DATETIME;
        note('datetime', where);
        return;
    }
    if (typeof s.pattern === 'string' && s.pattern !== anchored(s.pattern)) {
        s.pattern = anchored(s.pattern);
        note('anchored', where);
    }
}

// fixParameter is idempotent, so parameter objects shared between operations are fine.
for (const [path, item] of Object.entries(doc.paths)) {
    for (const p of (isObject(item) && item.parameters) || [])
        fixParameter(path, 'any', p);
}
for (const { path, method, op } of operations()) {
    for (const p of op.parameters || [])
        fixParameter(path, method, p);
}

// --- Request bodies ------------------------------------------------------------------------------
const requestSchemaNames = new Set();
const inlineBodies = [];
for (const { path, method, op } of operations()) {
    for (const { media } of mediaSchemas(op.requestBody)) {
        if (!isObject(media.schema))
            continue;
        const name = refName(media.schema);
        if (method === 'patch' && name && Array.isArray(schemas[name]?.required) && schemas[name].required.length) {
            const copy = structuredClone(schemas[name]);
            delete copy.required;
            media.schema = copy;
            note('partial PATCH', `${method.toUpperCase()} ${path} (${name} without required)`);
        }
        if (refName(media.schema))
            requestSchemaNames.add(refName(media.schema));
        else
            inlineBodies.push({ where: `${method.toUpperCase()} ${path}`, schema: media.schema });
    }
}

for (const [name, fields] of Object.entries(FORM_OPTIONAL)) {
    const schema = schemas[name];
    if (!isObject(schema) || !Array.isArray(schema.required) || !schema.required.some((f) => fields.includes(f)))
        continue;
    schema.required = schema.required.filter((f) => !fields.includes(f));
    note('optional begin', `${name} without required ${fields.join(', ')}`);
}

function tightenBody(where, schema) {
    if (!isObject(schema) || !isObject(schema.properties))
        return;
    for (const [name, prop] of Object.entries(schema.properties)) {
        if (!isObject(prop))
            continue;
        const isDateTime = prop.format === 'date-time' || (['begin', 'end'].includes(name) && prop.type === 'string');
        if (isDateTime) {
            delete prop.format;
            prop.pattern = LOCAL_DATETIME;
            note('datetime', `${where}.${name}`);
        }
    }
    if (schema.additionalProperties === undefined) {
        schema.additionalProperties = false;
        note('extra fields', where);
    }
}
for (const name of requestSchemaNames)
    tightenBody(`#/components/schemas/${name}`, schemas[name]);
for (const { where, schema } of inlineBodies)
    tightenBody(`${where} body`, schema);

// --- Answers: full=true ----------------------------------------------------------------------------
for (const { path, method, op } of operations()) {
    if (path !== '/api/timesheets' || !['get', 'post'].includes(method))
        continue;
    for (const [status, response] of Object.entries(op.responses || {})) {
        if (!status.startsWith('2'))
            continue;
        for (const { media } of mediaSchemas(response)) {
            const s = media.schema;
            const holder = isObject(s) && s.type === 'array' ? s : null;
            const target = holder ? holder.items : s;
            const name = refName(target);
            if (!name)
                continue;
            let relaxed;
            if (EXPANDED[name] && schemas[EXPANDED[name]]) {
                relaxed = { anyOf: [target, { $ref: `#/components/schemas/${EXPANDED[name]}` }] };
            } else {
                // No expanded schema in this document: nested objects where it says integers.
                const copy = structuredClone(schemas[name]);
                for (const key of ['activity', 'project', 'user', 'customer']) {
                    if (isObject(copy.properties?.[key]) && copy.properties[key].type === 'integer')
                        copy.properties[key] = { anyOf: [copy.properties[key], { type: 'object' }] };
                }
                relaxed = copy;
            }
            if (holder)
                holder.items = relaxed;
            else
                media.schema = relaxed;
            note('full=true', `${method.toUpperCase()} ${path} ${status} (${name} or its expanded form)`);
        }
    }
}

// --- Answers: what the recordings and Kimai's serializer show ---------------------------------------
for (const [name, { fields, evidence }] of Object.entries(RECORDED_ABSENT)) {
    const schema = schemas[name];
    if (!isObject(schema) || !Array.isArray(schema.required))
        continue;
    const dropped = schema.required.filter((f) => fields.includes(f));
    if (!dropped.length)
        continue;
    schema.required = schema.required.filter((f) => !fields.includes(f));
    if (!schema.required.length)
        delete schema.required;
    note('recorded', `${name} without required ${dropped.join(', ')} (${evidence})`);
}
for (const [name, schema] of Object.entries(schemas)) {
    if (!name.startsWith('Project') || !isObject(schema) || !isObject(schema.properties))
        continue;
    for (const field of PROJECT_DATES) {
        const prop = schema.properties[field];
        if (isObject(prop) && prop.format === 'date-time') {
            prop.format = 'date';
            note('project dates', `${name}.${field}`);
        }
    }
}

// --- Answers: every property nullable --------------------------------------------------------------
const responseSchemaNames = new Set();
const inlineAnswers = [];
for (const { op } of operations()) {
    for (const response of Object.values(op.responses || {})) {
        for (const { media } of mediaSchemas(response)) {
            collectRefs(media.schema, responseSchemaNames);
            inlineAnswers.push(media.schema);
        }
    }
}

function nullable(schema, where, seen = new Set()) {
    if (Array.isArray(schema)) {
        for (const s of schema)
            nullable(s, where, seen);
        return;
    }
    if (!isObject(schema) || seen.has(schema))
        return;
    seen.add(schema);
    if (isObject(schema.properties)) {
        for (const [name, prop] of Object.entries(schema.properties)) {
            if (!isObject(prop))
                continue;
            nullable(prop, `${where}.${name}`, seen);
            const wrapped = { anyOf: [prop, { enum: [null] }] };
            seen.add(wrapped);
            schema.properties[name] = wrapped;
            note('nullable', `${where}.${name}`);
        }
    }
    for (const [k, v] of Object.entries(schema)) {
        if (k !== 'properties' && k !== '$ref' && (isObject(v) || Array.isArray(v)))
            nullable(v, where, seen);
    }
}
for (const name of responseSchemaNames)
    nullable(schemas[name], name);
for (const s of inlineAnswers) {
    if (!refName(s))
        nullable(s, '(inline answer)');
}

// --- Write ---------------------------------------------------------------------------------------
const info = isObject(doc.info) ? doc.info : (doc.info = {});
info.description = `RELAXED COPY for contract tests, made by tests/contract/relax-openapi.mjs from ${resolve(input)}.\n\n`
    + (info.description || '');
mkdirSync(dirname(resolve(output)), { recursive: true });
writeFileSync(output, JSON.stringify(doc, null, 1));

console.log(`relax-openapi: ${resolve(input)} -> ${resolve(output)}`);
for (const [rule, list] of Object.entries(counts)) {
    const shown = list.length > 6 ? list.slice(0, 6).join('; ') + `; ... (${list.length - 6} more)` : list.join('; ');
    console.log(`relax-openapi:   ${rule}: ${list.length}: ${shown}`);
}

// Build step: compiles the JSON Schemas into standalone validator code (dist/validators.js), so
// that no command pays for compiling schemas at start-up. Run by `npm run build`.
import { writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { isDueDay, isIsoDate, isMonthDay } from '../formats.js';
import { AJV_OPTIONS, readSchemaText, SCHEMA_FILES, schemaHash, SHARED_SCHEMA } from '../checks/schema-set.js';

const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, formats: _`__formats` } });
ajv.addFormat('date', isIsoDate).addFormat('month-day', isMonthDay).addFormat('due-day', isDueDay);
ajv.addSchema(JSON.parse(readSchemaText(SHARED_SCHEMA)));
const exports: Record<string, string> = {};
for (const [kind, file] of Object.entries(SCHEMA_FILES)) {
  const schema = JSON.parse(readSchemaText(file));
  ajv.addSchema(schema);
  exports[kind] = schema.$id;
}
const code = (standaloneCode as unknown as (a: typeof ajv, refs: Record<string, string>) => string)(ajv, exports);
const out = process.argv[2] ?? 'dist/validators.js';
writeFileSync(
  out,
  [
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    `export const SCHEMA_HASH = ${JSON.stringify(schemaHash())};`,
    `const __formats = { date: ${isIsoDate.toString()}, 'month-day': ${isMonthDay.toString()}, 'due-day': ${isDueDay.toString()} };`,
    `function isIsoDate(text) { return __formats.date(text); }`,
    `function isMonthDay(text) { return __formats['month-day'](text); }`,
    code.replace(/^"use strict";/, ''),
  ].join('\n'),
);

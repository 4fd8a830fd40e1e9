// Validates a JSON or YAML document against a JSON schema with ajv, picking the draft the schema declares.
//   node validate-json-schema.mjs <schema.json> <document.json|.yaml>
// Prints {"valid":true} or {"valid":false,"errors":[...]} and exits 0 when valid, 1 when not, 2 on bad input.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parse as parseYaml } from "yaml";

const require = createRequire(import.meta.url);
const addFormats = require("ajv-formats");

const [schemaPath, documentPath] = process.argv.slice(2);
if (!schemaPath || !documentPath) {
  console.error("usage: node validate-json-schema.mjs <schema.json> <document>");
  process.exit(2);
}

const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const text = readFileSync(documentPath, "utf8");
const document = /\.ya?ml$/i.test(documentPath) ? parseYaml(text) : JSON.parse(text);

const draft = String(schema.$schema ?? "");
const Ajv = draft.includes("draft-04") ? require("ajv-draft-04")
  : draft.includes("2019-09") ? require("ajv/dist/2019").default
  : draft.includes("2020-12") ? require("ajv/dist/2020").default
  : require("ajv").default;
// strict: false because published schemas carry keywords ajv does not know (the Compose schema's "id").
const ajv = new Ajv({ allErrors: true, strict: false });
if (!draft.includes("draft-04")) {
  // "id" is no keyword after draft-04, so a later draft ignores it; ajv refuses it instead (the Compose schema has it).
  ajv.removeKeyword("id");
}
addFormats(ajv);
// The draft is chosen above; the declared meta-schema address is dropped because some published schemas spell it
// in a form ajv does not register (the Compose schema's "http://json-schema.org/draft/2019-09/schema#").
const { $schema: _declared, ...body } = schema;
const validate = ajv.compile(body);
if (validate(document)) {
  console.log(JSON.stringify({ valid: true }));
} else {
  const errors = validate.errors.map(e => ({ path: e.instancePath, message: e.message, params: e.params }));
  console.log(JSON.stringify({ valid: false, errors }));
  process.exit(1);
}

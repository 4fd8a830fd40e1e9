// Reads a stream of YAML documents (helm template's output) on stdin and prints them as one JSON array,
// skipping empty documents.
import { parseAllDocuments } from "yaml";

let text = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) text += chunk;
const documents = parseAllDocuments(text);
const failed = documents.find(d => d.errors.length > 0);
if (failed) {
  console.error(failed.errors.map(e => e.message).join("\n"));
  process.exit(1);
}
console.log(JSON.stringify(documents.map(d => d.toJS()).filter(d => d !== null && d !== undefined)));

import { feedJsonSchema } from '../../feed/json-schema.js';
import { parseCommandLine, type Command } from '../command-line.js';

export const command: Command = {
  help: `Usage: status-banner schema

Prints the JSON Schema (draft 2020-12) of the native feed, generated from the schema the
element itself validates with. Point your editor or CI at it.

Examples:
  status-banner schema > status-banner.schema.json
`,
  run(argv) {
    parseCommandLine('schema', argv, {}, { names: [], required: 0 });
    process.stdout.write(`${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
    return Promise.resolve();
  },
};

// The floor for any tool: read every record file under a root and parse it, nothing more.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

let count = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) walk(full);
    else if (entry.isFile() && entry.name.endsWith('.yaml')) {
      yaml.load(readFileSync(full, 'utf8'), { schema: yaml.CORE_SCHEMA });
      count++;
    }
  }
};
walk(process.argv[2]);
console.log(count);

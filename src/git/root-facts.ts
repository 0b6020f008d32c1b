import type { Diagnostic } from '../diagnostic.js';
import { uniqueId } from '../checks/rules/unique-id.js';
import type { Lang } from '../i18n/lang.js';
import type { LoadedRoot } from '../pipeline.js';
import { discoverRecords } from '../records/discover.js';
import { loadFile } from '../records/load.js';
import { locate } from '../records/positions.js';
import type { Tree } from '../records/tree.js';

/**
 * Root-wide facts that a check of only the changed programmes would miss: a programme id used by
 * a folder outside the change. Only programme.yaml files are read outside the change, for their
 * ids: cheap next to checking those programmes in full.
 */
export async function programmeIdClashes(tree: Tree, scope: ReadonlySet<string>, checked: LoadedRoot, lang: Lang): Promise<Diagnostic[]> {
  // Nothing checked, nothing to clash: the rest of the root is not even listed.
  if (!checked.records.programmes.some((folder) => folder.programme)) return [];
  const { files } = await discoverRecords(tree);
  const others = files.filter((f) => f.kind === 'programme' && !scope.has(f.programmeDir!));
  const idsOutside = new Map<string, string>();
  for (const found of others) {
    const loaded = await loadFile(found, tree.read.bind(tree), lang);
    const id = loaded.value?.id;
    if (typeof id === 'string' && !idsOutside.has(id)) idsOutside.set(id, found.path);
  }
  const msg = uniqueId.messages[lang];
  const clashes: Diagnostic[] = [];
  for (const folder of checked.records.programmes) {
    const programme = folder.programme;
    const other = programme && idsOutside.get(programme.data.id);
    if (!programme || !other) continue;
    const { line, column } = locate(programme.source, ['id']);
    clashes.push({ file: programme.source.path, line, column, rule: uniqueId.id, severity: uniqueId.severity, message: msg.duplicate(msg.programme, programme.data.id, other), hint: msg.hint, pointer: '/id' });
  }
  return clashes;
}

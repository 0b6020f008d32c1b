import { gitTree } from '../git/git-tree.js';
import { fileSystemTree, type Tree, type TreeSpec } from '../records/tree.js';

/** Opens a tree from its plain description (in a worker thread). */
export async function openTree(spec: TreeSpec): Promise<Tree> {
  return spec.kind === 'folder' ? fileSystemTree(spec.root, spec.label) : gitTree(spec.top, spec.commit, spec.prefix, spec.label);
}

// Solicitations in a JSON or YAML file read into a data tree: each string in a copy position is
// judged, with context from its keys and enclosing objects, then the file.
import { createTreeContextResolver } from './create-tree-context-resolver.js';
import type { DataTree } from './data-tree.js';
import { getLeafCopyPosition, type FileFacts } from './get-leaf-copy-position.js';
import type { CopyJudge } from './judge-copy.js';
import type { Detection } from '../../types.js';

export function findTreeSolicitations(
  tree: DataTree,
  file: FileFacts,
  judge: CopyJudge,
  isIntercomFile: () => boolean,
): Detection[] {
  const resolver = createTreeContextResolver(isIntercomFile);
  const detections: Detection[] = [];
  for (const leaf of tree.leaves) {
    const position = getLeafCopyPosition(leaf, file);
    if (!position) continue;
    judge(
      {
        text: leaf.text,
        start: leaf.start,
        end: leaf.end,
        allowLabel: position.allowLabel,
        allowPlaceholder: position.allowPlaceholder,
        hasIntercomContext: () => resolver.hasIntercomContext(leaf),
      },
      detections,
    );
  }
  return detections;
}

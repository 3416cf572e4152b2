// A component template's two-way bindings are user input the script never shows: Vue
// `v-model="token"` writes `token.value` (a ref) or `form.token` (a reactive object), Svelte
// `bind:value={token}` writes `token`. The scanner lints the script with one synthetic statement
// per binding appended after the last block — `token.value = <input>.value` — so the rules'
// dataflow sees the write. Appended text sits after every real offset, so locations don't move.

const VUE_MODEL = /\bv-model(?:\.[\w.]+)?\s*=\s*["']([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){0,4})["']/g;
const SVELTE_BIND = /\bbind:value\s*=\s*\{\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){0,4})\s*\}/g;
const INPUT_VALUE = "document.querySelector('input').value";
// Names declared as refs in the script: `const token = ref('')`, `defineModel()`.
const refDeclaration = (name: string) => new RegExp(String.raw`\b(?:const|let|var)\s+${name}\s*(?::[^=]{1,80})?=\s*(?:ref|shallowRef|customRef|defineModel)\b`);

export function getTemplateBindingWrites(text: string, kind: 'vue' | 'svelte'): string {
  const pattern = kind === 'vue' ? VUE_MODEL : SVELTE_BIND;
  const targets = new Set<string>();
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) targets.add(match[1]!);
  const writes: string[] = [];
  for (const target of targets) {
    const root = target.split('.')[0]!;
    if (!new RegExp(String.raw`\b(?:const|let|var)\s+${root.replace(/\$/g, '\\$')}\b`).test(text)) continue;
    const isRef = kind === 'vue' && target === root && refDeclaration(root.replace(/\$/g, '\\$')).test(text);
    writes.push(`${isRef ? `${target}.value` : target} = ${INPUT_VALUE};`);
  }
  return writes.length === 0 ? '' : `\n;${writes.join('')}\n`;
}

// A component template's two-way bindings are user input the script never shows: Vue
// `v-model="token"` writes `token.value` (a ref), `form.token` (a reactive object) or, in the
// Options API, `this.token` (a `data()` field); Svelte `bind:value={token}` writes `token`. The
// scanner lints the script with one synthetic statement per binding appended after the last
// block — `token.value = <input>.value` — so the rules' dataflow sees the write. Options API
// components get `this.` read as a module-level `$vm_.` (same length) so the write and the
// methods' reads meet. Appended text sits after every real offset, so locations don't move.

const VUE_MODEL = /\bv-model(?:\.[\w.]+)?\s*=\s*["']([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){0,4})["']/g;
const SVELTE_BIND = /\bbind:value\s*=\s*\{\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){0,4})\s*\}/g;
const INPUT_VALUE = "document.querySelector('input').value";
// Names declared as refs in the script: `const token = ref('')`, `defineModel()`.
const refDeclaration = (name: string) => new RegExp(String.raw`\b(?:const|let|var)\s+${name}\s*(?::[^=]{1,80})?=\s*(?:ref|shallowRef|customRef|defineModel)\b`);

export interface TemplateBindings {
  /** Statements to append after the last block. */
  appended: string;
  /** Read `this.` in the script as the component instance `$vm_.` (Options API). */
  instanceThis: boolean;
}

/** The component instance of an Options API component, as the synthetic statements name it. */
export const INSTANCE = '$vm_';
const THIS_MEMBER = /\bthis\./g;

export function getTemplateBindingWrites(text: string, kind: 'vue' | 'svelte'): TemplateBindings {
  const pattern = kind === 'vue' ? VUE_MODEL : SVELTE_BIND;
  const targets = new Set<string>();
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) targets.add(match[1]!);
  const writes: string[] = [];
  let instanceThis = false;
  for (const target of targets) {
    const root = target.split('.')[0]!;
    const declared = new RegExp(String.raw`\b(?:const|let|var)\s+${root.replace(/\$/g, '\\$')}\b`).test(text);
    if (!declared) {
      // Options API: a `data()` field, read in methods as `this.<target>`.
      if (kind !== 'vue' || !new RegExp(String.raw`\bthis\.${target.replace(/[$.]/g, '\\$&')}\b`).test(text)) continue;
      instanceThis = true;
      writes.push(`${INSTANCE}.${target} = ${INPUT_VALUE};`);
      continue;
    }
    const isRef = kind === 'vue' && target === root && refDeclaration(root.replace(/\$/g, '\\$')).test(text);
    writes.push(`${isRef ? `${target}.value` : target} = ${INPUT_VALUE};`);
  }
  if (writes.length === 0) return { appended: '', instanceThis: false };
  const declaration = instanceThis ? `let ${INSTANCE} = {};` : '';
  return { appended: `\n;${declaration}${writes.join('')}\n`, instanceThis };
}

/** The script with `this.` read as the instance: same length, so every offset stays true. */
export function readThisAsInstance(script: string): string {
  return script.replace(THIS_MEMBER, `${INSTANCE}.`);
}

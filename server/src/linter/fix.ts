/** Applies fixes: the shared engine of `baton check --fix` and the editor's "fix all". */
import { applyEdits, type TextEdit } from '../syntax/text';
import type { Fix } from '../rules/rule';
import type { Diagnostic } from './diagnostic';

/** Groups the edits of fixes by file; a fix whose edits overlap an earlier fix's is skipped whole. */
export function collectFixEdits(fixes: readonly Fix[]): Map<string, TextEdit[]> {
  const byUri = new Map<string, TextEdit[]>();
  for (const fix of fixes) {
    const overlaps = fix.edits.some((edit) =>
      (byUri.get(edit.uri) ?? []).some((other) => edit.range.start < other.range.end && other.range.start < edit.range.end
        || (edit.range.start === other.range.start && edit.range.end === other.range.end)));
    if (overlaps) continue;
    for (const edit of fix.edits) {
      const edits = byUri.get(edit.uri) ?? [];
      edits.push({ range: edit.range, newText: edit.newText });
      byUri.set(edit.uri, edits);
    }
  }
  return byUri;
}

/** The safe fixes of some diagnostics, as new texts per file. */
export function applyFixes(texts: ReadonlyMap<string, string>, diagnostics: readonly Diagnostic[]): Map<string, string> {
  const fixes = diagnostics.flatMap((d) => (d.fix === undefined ? [] : [d.fix]));
  const out = new Map<string, string>();
  for (const [uri, edits] of collectFixEdits(fixes)) {
    const text = texts.get(uri);
    if (text !== undefined) out.set(uri, applyEdits(text, edits));
  }
  return out;
}

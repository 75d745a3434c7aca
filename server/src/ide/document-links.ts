/** Document links: each `import` path links to the file it names (resolved against this file's folder). */
import type { TextRange } from '../syntax/text';
import { resolvePath } from '../semantics/paths';
import type { Analysis } from './analysis';

export interface DocumentLink {
  /** The path inside the quotes. */
  readonly range: TextRange;
  /** The document key (absolute path) the import resolves to. */
  readonly target: string;
  /** Whether that file is part of the snapshot. */
  readonly exists: boolean;
}

export function documentLinks(analysis: Analysis, uri: string): DocumentLink[] {
  const file = analysis.file(uri);
  if (file === undefined) return [];
  const out: DocumentLink[] = [];
  for (const node of file.document.imports) {
    const path = node.path;
    if (path === undefined || path.value.trim() === '') continue;
    const image = file.text.slice(path.range.start, path.range.end);
    const closed = image.length > 1 && (image.endsWith('"') || image.endsWith('”'));
    const target = resolvePath(uri, path.value);
    out.push({ range: { start: path.range.start + 1, end: closed ? path.range.end - 1 : path.range.end }, target, exists: analysis.model.files.has(target) });
  }
  return out;
}

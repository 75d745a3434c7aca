/** Pure path arithmetic on document keys (file paths or `file://` URIs); no IO. */

/** The folder part of a key, with its trailing slash. */
export function dirnameOf(key: string): string {
  const slash = key.lastIndexOf('/');
  return slash < 0 ? '' : key.slice(0, slash + 1);
}

/** Resolves `relative` (an import path, `/` or `\` separated) against the folder of `from`. */
export function resolvePath(from: string, relative: string): string {
  const path = relative.replace(/\\/g, '/');
  if (path.startsWith('/')) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(from);
    return normalize(scheme === null ? path : scheme[0] + path);
  }
  return normalize(dirnameOf(from) + path);
}

function normalize(key: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(key);
  const prefix = scheme === null ? '' : scheme[0];
  const rest = key.slice(prefix.length);
  const absolute = rest.startsWith('/');
  const parts: string[] = [];
  for (const part of rest.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!absolute) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  return prefix + (absolute ? '/' : '') + parts.join('/');
}

/** `to` relative to the folder of `from`, for import completion and messages. */
export function relativePath(from: string, to: string): string {
  const fromParts = dirnameOf(from).split('/').filter((p) => p !== '');
  const toParts = to.split('/').filter((p) => p !== '');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const up = fromParts.slice(common).map(() => '..');
  return [...up, ...toParts.slice(common)].join('/');
}

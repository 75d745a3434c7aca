/**
 * Baselines (spec §5.4): a record of known findings, so a repository of legacy plans can adopt
 * Baton and fail CI only on new ones. A finding is keyed by its file, its rule and a fingerprint
 * of the offending text, never by its line, so edits elsewhere in the file do not invalidate it;
 * identical keys are counted. Pure: the CLI reads and writes the file.
 */
import { compareKeys } from '../semantics/model';
import { LineIndex, type TextRange } from '../syntax/text';

export const BASELINE_VERSION = 1;

/** What identifies a finding in a baseline. `file` is relative to the baseline's folder, with `/`. */
export interface BaselineKey {
  readonly file: string;
  readonly rule: string;
  readonly fingerprint: string;
}

export interface BaselineEntry extends BaselineKey {
  /** How many findings share this key (at least 1). */
  readonly count: number;
}

export interface Baseline {
  readonly version: typeof BASELINE_VERSION;
  /** Sorted by file, rule and fingerprint; one entry per key. */
  readonly findings: readonly BaselineEntry[];
}

/**
 * The fingerprint of the finding at `range` of `text`: a hash of the range's text and of the
 * text of the lines it spans, each with white space collapsed (so indentation, CRLF against LF
 * and trailing spaces do not matter), and nothing of its position.
 */
export function fingerprint(text: string, range: TextRange, lines: LineIndex = new LineIndex(text)): string {
  const start = clamp(range.start, 0, text.length);
  const end = clamp(range.end, start, text.length);
  const from = lines.lineStart(lines.position(start).line);
  const to = lines.lineEnd(lines.position(end).line);
  return hash64(`${collapse(text.slice(start, end))}\u0000${collapse(text.slice(from, Math.max(from, to)))}`);
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.max(low, Math.min(value, high)) : low;
}

/** White space runs (any line breaks, tabs, U+3000) become one space; ends are trimmed. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A 64-bit non-cryptographic hash of the UTF-16 code units, as 16 hex digits. */
function hash64(text: string): string {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b) ^ Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  a ^= a >>> 16;
  return hex(b) + hex(a);
}

function hex(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

function keyOf(key: BaselineKey): string {
  return `${key.file}\u0000${key.rule}\u0000${key.fingerprint}`;
}


function compareEntries(a: BaselineKey, b: BaselineKey): number {
  return compareKeys(a.file, b.file) || compareKeys(a.rule, b.rule) || compareKeys(a.fingerprint, b.fingerprint);
}

/** A baseline of `keys` (entries with counts may be mixed in): merged and sorted. */
export function createBaseline(keys: Iterable<BaselineKey | BaselineEntry>): Baseline {
  const merged = new Map<string, BaselineEntry>();
  for (const key of keys) {
    const id = keyOf(key);
    const count = 'count' in key ? key.count : 1;
    const known = merged.get(id);
    merged.set(id, { file: key.file, rule: key.rule, fingerprint: key.fingerprint, count: (known?.count ?? 0) + count });
  }
  return { version: BASELINE_VERSION, findings: [...merged.values()].sort(compareEntries) };
}

/** The file's text: pretty-printed JSON with a fixed key order and a final line break. */
export function formatBaseline(baseline: Baseline): string {
  const findings = baseline.findings.map((e) => ({ file: e.file, rule: e.rule, fingerprint: e.fingerprint, count: e.count }));
  return `${JSON.stringify({ version: baseline.version, findings }, null, 2)}\n`;
}

/** Reads a baseline file's text; a problem is one line saying what is wrong. */
export function parseBaseline(text: string): { baseline: Baseline } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { error: `not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected a JSON object with "version" and "findings"' };
  const object = value as Record<string, unknown>;
  if (object.version !== BASELINE_VERSION) return { error: `unsupported "version" ${JSON.stringify(object.version) ?? '(missing)'}: expected ${BASELINE_VERSION}` };
  if (!Array.isArray(object.findings)) return { error: '"findings" must be an array' };
  const entries: BaselineEntry[] = [];
  for (const [index, item] of object.findings.entries()) {
    const entry = item as Record<string, unknown> | null;
    const ok = typeof entry === 'object' && entry !== null
      && typeof entry.file === 'string' && entry.file !== ''
      && typeof entry.rule === 'string' && entry.rule !== ''
      && typeof entry.fingerprint === 'string' && entry.fingerprint !== ''
      && typeof entry.count === 'number' && Number.isInteger(entry.count) && entry.count >= 1;
    if (!ok) return { error: `"findings"[${index}] needs "file", "rule" and "fingerprint" strings and a whole "count" of 1 or more` };
    entries.push({ file: entry.file as string, rule: entry.rule as string, fingerprint: entry.fingerprint as string, count: entry.count as number });
  }
  return { baseline: createBaseline(entries) };
}

export interface BaselineMatch<T> {
  /** Findings beyond what the baseline knows, in the order given. */
  readonly fresh: T[];
  /** Findings the baseline knows, in the order given. */
  readonly matched: T[];
  /** Baseline findings in scope that no longer occur (fixed). */
  readonly gone: number;
}

/**
 * Splits `findings` into known and new ones. Counts matter: a key recorded once matches the
 * first finding with that key (in the order given) and the others are new. Entries outside
 * `inScope` (files this run did not look at) are neither matched nor gone.
 */
export function matchBaseline<T extends BaselineKey>(
  baseline: Baseline, findings: readonly T[], inScope: (file: string) => boolean = () => true,
): BaselineMatch<T> {
  const remaining = new Map<string, number>();
  for (const entry of baseline.findings) remaining.set(keyOf(entry), (remaining.get(keyOf(entry)) ?? 0) + entry.count);
  const fresh: T[] = [];
  const matched: T[] = [];
  for (const finding of findings) {
    const id = keyOf(finding);
    const left = remaining.get(id) ?? 0;
    if (left > 0) {
      remaining.set(id, left - 1);
      matched.push(finding);
    } else {
      fresh.push(finding);
    }
  }
  let gone = 0;
  for (const entry of baseline.findings) {
    if (!inScope(entry.file)) continue;
    const id = keyOf(entry);
    gone += remaining.get(id) ?? 0;
    remaining.delete(id);
  }
  return { fresh, matched, gone };
}

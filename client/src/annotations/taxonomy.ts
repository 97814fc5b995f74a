import * as vscode from 'vscode';
import { AnnotationTag, DEFAULT_ANNOTATION_TAGS, SETTINGS_SECTION } from '../../../server/src/protocol';

const RECENT_KEY = 'zanmark.annotations.recentTags';
const RECENT_COUNT = 8;
const FALLBACK_COLOR = '#888888';

/** The tags of `zanmark.annotations.tags`; entries that are not `{ id, label?, color? }` are passed over. */
export function configuredTags(): AnnotationTag[] {
  const value = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>('annotations.tags');
  if (!Array.isArray(value)) return [...DEFAULT_ANNOTATION_TAGS];
  const tags: AnnotationTag[] = [];
  for (const entry of value) {
    if (typeof entry === 'string' && entry.trim()) tags.push({ id: entry.trim(), label: entry.trim(), color: colorFor(entry.trim()) });
    else if (entry && typeof entry === 'object' && typeof entry.id === 'string' && entry.id.trim()) {
      const id = entry.id.trim();
      tags.push({
        id,
        label: typeof entry.label === 'string' && entry.label.trim() ? entry.label.trim() : id,
        color: typeof entry.color === 'string' && /^#[0-9a-f]{3,8}$|^[a-z]+$/i.test(entry.color) ? entry.color : colorFor(id),
      });
    }
  }
  return tags;
}

/** The colour of a tag: from the taxonomy, or a steady colour derived from its name. */
export function tagColor(tag: string, tags: readonly AnnotationTag[] = configuredTags()): string {
  return tags.find((t) => t.id === tag)?.color ?? colorFor(tag);
}

function colorFor(tag: string): string {
  if (!tag) return FALLBACK_COLOR;
  let hash = 0;
  for (const c of tag) hash = (hash * 31 + c.codePointAt(0)!) >>> 0;
  const hue = hash % 360;
  return hslToHex(hue, 0.55, 0.5);
}

function hslToHex(h: number, s: number, l: number): string {
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255).toString(16).padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

/** Recently used tags, newest first, kept across sessions. */
export class RecentTags {
  constructor(private readonly state: vscode.Memento) {}

  get(): string[] {
    const v = this.state.get<unknown>(RECENT_KEY);
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
  }

  async use(tags: readonly string[]): Promise<void> {
    const next = [...tags, ...this.get().filter((t) => !tags.includes(t))].slice(0, RECENT_COUNT);
    await this.state.update(RECENT_KEY, next);
  }
}

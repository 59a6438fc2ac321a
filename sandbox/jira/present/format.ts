/** Jira's wire formats for dates, durations and avatars. */

/** `2025-03-04T10:15:00.000+0000`, the way Jira Cloud writes date-times. */
export function jiraDateTime(iso: string): string;
export function jiraDateTime(iso: string | null): string | null;
export function jiraDateTime(iso: string | null): string | null {
  if (iso === null) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toISOString().replace('Z', '+0000');
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 8 * HOUR;
const WEEK = 5 * DAY;

/** Seconds -> "1w 2d 3h 30m" (Jira's default: 8-hour days, 5-day weeks). */
export function formatDuration(seconds: number): string {
  let rest = Math.max(0, Math.round(seconds));
  const parts: string[] = [];
  for (const [unit, size] of [['w', WEEK], ['d', DAY], ['h', HOUR], ['m', MINUTE]] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count}${unit}`);
    rest -= count * size;
  }
  return parts.length > 0 ? parts.join(' ') : '0m';
}

/** "3h 30m", "1d", "45m" or a bare number of minutes -> seconds; null when it cannot be read. */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * MINUTE);
  const pattern = /(\d+(?:\.\d+)?)\s*([wdhm])/g;
  let total = 0;
  let consumed = '';
  for (const match of trimmed.matchAll(pattern)) {
    const size = { w: WEEK, d: DAY, h: HOUR, m: MINUTE }[match[2] as 'w' | 'd' | 'h' | 'm'];
    total += Number(match[1]) * size;
    consumed += match[0];
  }
  if (consumed.replace(/\s/g, '') !== trimmed.replace(/\s/g, '') || total <= 0) return null;
  return Math.round(total);
}

const AVATAR_COLOURS = ['#0052CC', '#00875A', '#FF5630', '#6554C0', '#FF8B00', '#00A3BF'];

const avatarCache = new Map<string, string>();

/** An offline avatar: the person's initials on a coloured disc, as a data URI. */
export function avatarDataUri(displayName: string): string {
  const cached = avatarCache.get(displayName);
  if (cached !== undefined) return cached;
  const uri = buildAvatar(displayName);
  avatarCache.set(displayName, uri);
  return uri;
}

function buildAvatar(displayName: string): string {
  const initials = displayName.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0]?.toUpperCase() ?? '').join('') || '?';
  let hash = 0;
  for (const char of displayName) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const colour = AVATAR_COLOURS[hash % AVATAR_COLOURS.length] ?? '#0052CC';
  // Single quotes and minimal escaping keep the URI short: it is repeated in every user object.
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 48 48'><circle cx='24' cy='24' r='24' fill='${colour}'/><text x='24' y='31' font-size='20' fill='white' text-anchor='middle' font-family='sans-serif'>${initials}</text></svg>`;
  return `data:image/svg+xml,${svg.replace(/[#<>%\s]/g, (char) => encodeURIComponent(char))}`;
}

export function avatarUrls(url: string): Record<'16x16' | '24x24' | '32x32' | '48x48', string> {
  return { '16x16': url, '24x24': url, '32x32': url, '48x48': url };
}

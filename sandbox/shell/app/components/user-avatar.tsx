/** A person's avatar: Jira shows initials on a coloured circle when there is no picture. */
import Avatar from '@atlaskit/avatar';

const COLOURS = ['#0055CC', '#1F845A', '#AE2E24', '#5E4DB2', '#A54800', '#206A83', '#943D73', '#626F86'];

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? `${parts[0]?.[0] ?? ''}${parts[parts.length - 1]?.[0] ?? ''}` : (parts[0] ?? '?').slice(0, 2);
  return letters.toUpperCase();
}

function colourFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length] ?? '#0055CC';
}

export function initialsImage(name: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${colourFor(name)}"/><text x="16" y="20.5" font-family="-apple-system,Segoe UI,Roboto,sans-serif" font-size="12" font-weight="600" fill="#fff" text-anchor="middle">${initials(name).replace(/[<&>]/g, '')}</text></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function UserAvatar({ name, size = 'small' }: { name: string | null | undefined; size?: 'xsmall' | 'small' | 'medium' | 'large' }) {
  if (!name) return <Avatar size={size} name="Unassigned" />;
  return <Avatar size={size} name={name} src={initialsImage(name)} />;
}

/** Jira's breadcrumbs ("Projects / Accord / ACC-1"); @atlaskit/breadcrumbs is not installed. */
import { Fragment } from 'react';
import { token } from '@atlaskit/tokens';
import { Link } from '../routing/router';

export function Breadcrumbs({ items }: { items: Array<{ label: string; href?: string }> }) {
  return (
    <nav aria-label="Breadcrumbs" style={{ font: token('font.body'), color: token('color.text.subtle'), marginBottom: token('space.100') }}>
      {items.map((item, index) => (
        <Fragment key={`${item.label}-${index}`}>
          {index > 0 ? (
            <span aria-hidden="true" style={{ margin: '0 8px', color: token('color.text.subtlest') }}>
              /
            </span>
          ) : null}
          {item.href ? (
            <Link href={item.href} style={{ color: token('color.text.subtle') }}>
              {item.label}
            </Link>
          ) : (
            <span aria-current="page">{item.label}</span>
          )}
        </Fragment>
      ))}
    </nav>
  );
}

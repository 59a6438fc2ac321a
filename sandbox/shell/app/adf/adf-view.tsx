/**
 * Renders ADF as React elements. Text always goes through React text nodes, and link targets are
 * limited to http(s), mailto and relative URLs, so nothing the server stores can inject markup.
 */
import type { CSSProperties, ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import { isAdfNode, type AdfMark, type AdfNode } from './adf-types';

function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /^(https?:|mailto:|\/|#)/i.test(value.trim()) ? value : undefined;
}

function attr(node: AdfNode, name: string): unknown {
  return node.attrs?.[name];
}

function applyMark(mark: AdfMark, child: ReactNode, key: string): ReactNode {
  switch (mark.type) {
    case 'strong':
      return <strong key={key}>{child}</strong>;
    case 'em':
      return <em key={key}>{child}</em>;
    case 'strike':
      return <s key={key}>{child}</s>;
    case 'underline':
      return <u key={key}>{child}</u>;
    case 'code':
      return (
        <code key={key} style={inlineCode}>
          {child}
        </code>
      );
    case 'link': {
      const href = safeHref(mark.attrs?.href);
      return href ? (
        <a key={key} href={href} target="_blank" rel="noreferrer noopener">
          {child}
        </a>
      ) : (
        child
      );
    }
    default:
      return child;
  }
}

const inlineCode: CSSProperties = {
  fontFamily: token('font.family.code'),
  background: token('color.background.neutral'),
  borderRadius: token('radius.small'),
  padding: '0 2px',
};

const codeBlock: CSSProperties = {
  ...inlineCode,
  display: 'block',
  padding: token('space.100'),
  whiteSpace: 'pre-wrap',
  overflowX: 'auto',
};

function children(node: AdfNode, key: string): ReactNode[] {
  return (node.content ?? []).filter(isAdfNode).map((child, index) => renderNode(child, `${key}.${index}`));
}

// Jira renders description headings smaller than page headings.
const HEADING_FONTS: Record<1 | 2 | 3 | 4 | 5 | 6, string> = {
  1: token('font.heading.large'),
  2: token('font.heading.medium'),
  3: token('font.heading.small'),
  4: token('font.heading.xsmall'),
  5: token('font.heading.xxsmall'),
  6: token('font.heading.xxsmall'),
};

function headingLevel(node: AdfNode): 1 | 2 | 3 | 4 | 5 | 6 {
  const level = Number(attr(node, 'level'));
  return level >= 1 && level <= 6 ? (level as 1 | 2 | 3 | 4 | 5 | 6) : 3;
}

function renderNode(node: AdfNode, key: string): ReactNode {
  switch (node.type) {
    case 'doc':
      return <div key={key}>{children(node, key)}</div>;
    case 'text':
      return (node.marks ?? []).reduce<ReactNode>((child, mark, index) => applyMark(mark, child, `${key}m${index}`), node.text ?? '');
    case 'paragraph':
      return (
        <p key={key} style={{ margin: `0 0 ${token('space.100')}` }}>
          {children(node, key)}
        </p>
      );
    case 'heading': {
      const level = headingLevel(node);
      const Tag = `h${level}` as const;
      return (
        <Tag key={key} style={{ font: HEADING_FONTS[level], margin: `${token('space.200')} 0 ${token('space.100')}` }}>
          {children(node, key)}
        </Tag>
      );
    }
    case 'bulletList':
      return <ul key={key}>{children(node, key)}</ul>;
    case 'orderedList':
      return <ol key={key}>{children(node, key)}</ol>;
    case 'listItem':
      return <li key={key}>{children(node, key)}</li>;
    case 'taskList':
      return (
        <ul key={key} style={{ listStyle: 'none', paddingLeft: token('space.100') }}>
          {children(node, key)}
        </ul>
      );
    case 'taskItem':
      return (
        <li key={key}>
          <span aria-hidden="true">{attr(node, 'state') === 'DONE' ? '☑ ' : '☐ '}</span>
          {children(node, key)}
        </li>
      );
    case 'blockquote':
      return (
        <blockquote key={key} style={{ borderLeft: `2px solid ${token('color.border')}`, margin: 0, paddingLeft: token('space.200') }}>
          {children(node, key)}
        </blockquote>
      );
    case 'codeBlock':
      return (
        <pre key={key} style={{ margin: `0 0 ${token('space.100')}` }}>
          <code style={codeBlock}>{(node.content ?? []).map((child) => child.text ?? '').join('')}</code>
        </pre>
      );
    case 'rule':
      return <hr key={key} />;
    case 'hardBreak':
      return <br key={key} />;
    case 'mention': {
      const text = String(attr(node, 'text') ?? attr(node, 'id') ?? 'someone');
      return (
        <span key={key} style={{ color: token('color.text.brand'), background: token('color.background.neutral'), borderRadius: 12, padding: '0 4px' }}>
          {text.startsWith('@') ? text : `@${text}`}
        </span>
      );
    }
    case 'emoji':
      return <span key={key}>{String(attr(node, 'text') ?? attr(node, 'shortName') ?? '')}</span>;
    case 'inlineCard':
    case 'blockCard': {
      const href = safeHref(attr(node, 'url'));
      return href ? (
        <a key={key} href={href} target="_blank" rel="noreferrer noopener">
          {href}
        </a>
      ) : null;
    }
    case 'panel':
      return (
        <div key={key} style={{ background: token('color.background.information'), borderRadius: token('radius.small'), padding: token('space.100'), marginBottom: token('space.100') }}>
          {children(node, key)}
        </div>
      );
    case 'table':
      return (
        <table key={key}>
          <tbody>{children(node, key)}</tbody>
        </table>
      );
    case 'tableRow':
      return <tr key={key}>{children(node, key)}</tr>;
    case 'tableHeader':
      return <th key={key}>{children(node, key)}</th>;
    case 'tableCell':
      return <td key={key}>{children(node, key)}</td>;
    case 'status':
      return <span key={key}>{String(attr(node, 'text') ?? '')}</span>;
    default:
      // Unknown nodes keep their text so nothing the user wrote disappears.
      return node.content ? <span key={key}>{children(node, key)}</span> : node.text ?? null;
  }
}

export function AdfView({ document, testId }: { document: unknown; testId?: string }) {
  if (!isAdfNode(document)) return null;
  return (
    <div data-testid={testId} className="adf-view">
      {renderNode(document, 'adf')}
    </div>
  );
}

/** True when the document has no visible text (Jira shows "Add a description..." then). */
export function isEmptyAdf(document: unknown): boolean {
  if (!isAdfNode(document)) return true;
  const hasText = (node: AdfNode): boolean =>
    Boolean(node.text?.trim()) || ['mention', 'emoji', 'inlineCard', 'rule', 'codeBlock'].includes(node.type) || (node.content ?? []).some((child) => isAdfNode(child) && hasText(child));
  return !hasText(document);
}

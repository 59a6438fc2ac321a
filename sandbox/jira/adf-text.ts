/**
 * ADF (Atlassian Document Format) to plain text (for JQL `~` and readiness checks) and to simple
 * HTML (for `renderedFields`). Unknown nodes degrade to their text content, never throw.
 */
import { adfToPlainText } from '../../src/domain/adf';

export interface AdfNode {
  type: string;
  text?: string;
  version?: number;
  attrs?: Record<string, unknown>;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
  content?: AdfNode[];
}

const BLOCK_TYPES: ReadonlySet<string> = new Set([
  'paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'codeBlock', 'rule',
  'panel', 'table', 'tableRow', 'tableHeader', 'tableCell', 'taskList', 'taskItem', 'decisionList',
  'decisionItem', 'mediaSingle', 'mediaGroup', 'expand', 'nestedExpand', 'layoutSection', 'layoutColumn',
]);

export function isAdfNode(value: unknown): value is AdfNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function children(node: AdfNode): AdfNode[] {
  return Array.isArray(node.content) ? node.content.filter(isAdfNode) : [];
}

function inlineText(node: AdfNode): string {
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : '';
    case 'hardBreak':
      return '\n';
    case 'mention':
      return String(node.attrs?.['text'] ?? `@${String(node.attrs?.['id'] ?? '')}`);
    case 'emoji':
      return String(node.attrs?.['text'] ?? node.attrs?.['shortName'] ?? '');
    case 'inlineCard':
      return String(node.attrs?.['url'] ?? '');
    case 'date': {
      const timestamp = Number(node.attrs?.['timestamp']);
      return Number.isFinite(timestamp) ? new Date(timestamp).toISOString().slice(0, 10) : '';
    }
    case 'status':
      return String(node.attrs?.['text'] ?? '');
    default:
      return children(node).map(inlineText).join('');
  }
}

/** Plain text with one line per block (paragraph, heading, list item ...): the app's own ADF reader. */
export const adfToText = adfToPlainText;

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function markedText(node: AdfNode): string {
  let html = escapeHtml(node.text ?? '');
  for (const mark of node.marks ?? []) {
    if (mark.type === 'strong') html = `<b>${html}</b>`;
    else if (mark.type === 'em') html = `<em>${html}</em>`;
    else if (mark.type === 'code') html = `<code>${html}</code>`;
    else if (mark.type === 'strike') html = `<del>${html}</del>`;
    else if (mark.type === 'underline') html = `<ins>${html}</ins>`;
    else if (mark.type === 'link') {
      const href = String(mark.attrs?.['href'] ?? '');
      html = `<a href="${escapeHtml(href)}">${html}</a>`;
    }
  }
  return html;
}

function nodeToHtml(node: AdfNode): string {
  const inner = (): string => children(node).map(nodeToHtml).join('');
  switch (node.type) {
    case 'doc':
      return inner();
    case 'text':
      return markedText(node);
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.['level'] ?? 1) || 1));
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${inner()}</ul>`;
    case 'orderedList':
      return `<ol>${inner()}</ol>`;
    case 'listItem':
      return `<li>${inner()}</li>`;
    case 'taskList':
      return `<ul class="task-list">${inner()}</ul>`;
    case 'taskItem':
      return `<li data-state="${escapeHtml(String(node.attrs?.['state'] ?? 'TODO'))}">${inner()}</li>`;
    case 'blockquote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'codeBlock':
      return `<pre><code>${children(node).map((kid) => escapeHtml(kid.text ?? '')).join('')}</code></pre>`;
    case 'rule':
      return '<hr />';
    case 'hardBreak':
      return '<br />';
    case 'table':
      return `<table>${inner()}</table>`;
    case 'tableRow':
      return `<tr>${inner()}</tr>`;
    case 'tableHeader':
      return `<th>${inner()}</th>`;
    case 'tableCell':
      return `<td>${inner()}</td>`;
    case 'mention':
      return `<span class="user-hover" data-account-id="${escapeHtml(String(node.attrs?.['id'] ?? ''))}">${escapeHtml(inlineText(node))}</span>`;
    default:
      return BLOCK_TYPES.has(node.type) ? `<div>${inner()}</div>` : escapeHtml(inlineText(node));
  }
}

/** HTML close to what Jira puts into renderedFields.description. */
export function adfToHtml(doc: unknown): string {
  return isAdfNode(doc) ? nodeToHtml(doc) : '';
}

/** A one-paragraph ADF document, for plain-text input (comments and descriptions sent as strings). */
export function textToAdf(value: string): AdfNode {
  return {
    type: 'doc',
    version: 1,
    content: value ? [{ type: 'paragraph', content: [{ type: 'text', text: value }] }] : [],
  };
}

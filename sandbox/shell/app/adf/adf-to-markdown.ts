/**
 * Turns an ADF description back into Markdown for the editor, for the nodes Markdown can express.
 * Saving converts the Markdown back to ADF on the server, as Jira's editor would store it.
 */
import { isAdfNode, type AdfNode } from './adf-types';

function inline(nodes: AdfNode[] | undefined): string {
  return (nodes ?? [])
    .filter(isAdfNode)
    .map((node) => {
      if (node.type === 'hardBreak') return '  \n';
      if (node.type === 'mention') return String(node.attrs?.text ?? '@someone');
      if (node.type === 'emoji') return String(node.attrs?.text ?? node.attrs?.shortName ?? '');
      if (node.type === 'inlineCard') return String(node.attrs?.url ?? '');
      if (node.type !== 'text') return inline(node.content);
      let text = node.text ?? '';
      for (const mark of node.marks ?? []) {
        if (mark.type === 'strong') text = `**${text}**`;
        else if (mark.type === 'em') text = `*${text}*`;
        else if (mark.type === 'code') text = `\`${text}\``;
        else if (mark.type === 'strike') text = `~~${text}~~`;
        else if (mark.type === 'link' && typeof mark.attrs?.href === 'string') text = `[${text}](${mark.attrs.href})`;
      }
      return text;
    })
    .join('');
}

function block(node: AdfNode, indent: string): string {
  const content = (node.content ?? []).filter(isAdfNode);
  switch (node.type) {
    case 'doc':
      return content.map((child) => block(child, indent)).join('\n\n');
    case 'paragraph':
      return indent + inline(node.content);
    case 'heading':
      return `${'#'.repeat(Math.min(6, Math.max(1, Number(node.attrs?.level) || 1)))} ${inline(node.content)}`;
    case 'bulletList':
    case 'orderedList':
    case 'taskList':
      return content
        .map((item, index) => {
          const marker = node.type === 'orderedList' ? `${index + 1}.` : node.type === 'taskList' ? (item.attrs?.state === 'DONE' ? '- [x]' : '- [ ]') : '-';
          if (item.type === 'taskItem') return `${indent}${marker} ${inline(item.content)}`;
          const parts = (item.content ?? []).filter(isAdfNode);
          const [first, ...rest] = parts;
          const head = first ? block(first, '').trim() : '';
          const tail = rest.map((child) => block(child, `${indent}  `)).join('\n');
          return `${indent}${marker} ${head}${tail ? `\n${tail}` : ''}`;
        })
        .join('\n');
    case 'codeBlock':
      return `\`\`\`${typeof node.attrs?.language === 'string' ? node.attrs.language : ''}\n${inline(node.content)}\n\`\`\``;
    case 'blockquote':
      return content.map((child) => `> ${block(child, '')}`).join('\n');
    case 'rule':
      return '---';
    default:
      return content.length ? content.map((child) => block(child, indent)).join('\n\n') : inline([node]);
  }
}

export function adfToMarkdown(document: unknown): string {
  return isAdfNode(document) ? block(document, '').trim() : '';
}

import { Marked, type Token, type Tokens } from 'marked';
import { weeklyReportMarkdown } from './report-markdown';
import type { WeeklyReport } from './weekly-report';

/**
 * The report as an HTML fragment for pasting into an email or Confluence: the report's Markdown
 * (weeklyReportMarkdown, where its layout lives) rendered with marked, tables styled inline because email
 * clients ignore stylesheets. No <html> or <body> around it.
 *
 * Names, titles and summaries come from Jira, where anyone can write them, so the renderer allows no markup
 * of its own: raw HTML (a block or a tag) is shown as the text written, except the bare <br> that
 * markdownCell writes for a line break in a cell; a link is a link only to http:, https: or mailto: (else its
 * text); an image is its alt text. Text is always escaped, also after a <script> or <pre> tag, where marked
 * would pass it through as it is.
 */
export function weeklyReportHtml(report: WeeklyReport): string {
  return styleTables(reportMarked.parse(weeklyReportMarkdown(report), { async: false }));
}

const SAFE_HREF = /^(?:https?:|mailto:)/iu;
const BARE_BR = /^<br\s*\/?>$/iu;

const reportMarked = new Marked({
  async: false,
  gfm: true,
  // marked marks text after an opening <script>, <pre>, <code> or <kbd> tag as already escaped and would
  // write it out unescaped; every text token the lexer made is escaped here instead.
  walkTokens(token: Token) {
    if ('escaped' in token && token.escaped === true) token.escaped = false;
  },
  renderer: {
    html({ text, block }: Tokens.HTML | Tokens.Tag): string {
      if (!block && BARE_BR.test(text)) return '<br>';
      return escapeAll(text);
    },
    link({ href, title, tokens }: Tokens.Link): string {
      const text = this.parser.parseInline(tokens);
      const url = safeHref(href);
      if (url === null) return text;
      return `<a href="${escapeAll(url)}"${title ? ` title="${escapeAll(title)}"` : ''}>${text}</a>`;
    },
    image({ text, tokens }: Tokens.Image): string {
      return escapeText(tokens ? this.parser.parseInline(tokens, this.parser.textRenderer) : text);
    },
  },
});

/** The href when it is an http:, https: or mailto: address (encoded as marked encodes it), else null. */
function safeHref(href: string): string | null {
  if (!SAFE_HREF.test(href)) return null;
  try {
    return encodeURI(href).replace(/%25/gu, '%');
  } catch {
    return null;
  }
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every HTML character escaped: raw HTML shown as written, attribute values. */
function escapeAll(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
}

/** Text as marked escapes it: an entity written in the Markdown (&amp;, &#39;) is kept, every other character escaped. */
function escapeText(text: string): string {
  return text.replace(/[<>"']|&(?!#\d{1,7};|#[Xx][a-fA-F0-9]{1,6};|\w+;)/gu, (c) => ENTITIES[c] ?? c);
}

const BORDER = 'border:1px solid #c1c7d0';
const TABLE_STYLE = `border-collapse:collapse;${BORDER};margin:0 0 12px 0`;
const cellStyle = (align: string | undefined): string => `${BORDER};padding:4px 8px;text-align:${align ?? 'left'};vertical-align:top`;

/**
 * Inline styles on the tables marked wrote. Only its own tags can match: every < of the report's text was
 * escaped above, so `<table>`, `<th>` and `<td>` (with marked's align attribute) are marked's.
 */
function styleTables(html: string): string {
  return html
    .replace(/<table>/gu, `<table style="${TABLE_STYLE}">`)
    .replace(/<(th|td)(?: align="(left|center|right)")?>/gu, (_, tag: string, align: string | undefined) => `<${tag} style="${cellStyle(align)}">`);
}

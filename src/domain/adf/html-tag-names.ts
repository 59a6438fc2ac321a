/**
 * HTML element names. Text in angle brackets with one of these names is markup (or talk about markup),
 * anything else ("<describe here>", "<role>") is template text.
 */
export const HTML_TAG_NAMES: ReadonlySet<string> = new Set(
  (
    'a abbr adf article aside audio b base big blockquote body br button canvas caption center cite code col ' +
    'colgroup dd del details dfn div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 ' +
    'head header hr html i iframe img input ins kbd label legend li link main mark meta nav noscript object ol ' +
    'optgroup option p param picture pre q s samp script section select slot small source span strike strong ' +
    'style sub summary sup svg table tbody td template textarea tfoot th thead time title tr tt u ul var video'
  ).split(' '),
);

/** True when `inner` (the text between "<" and ">") starts with an HTML element name. */
export function isHtmlTagText(inner: string): boolean {
  const name = /^\/?([a-z][a-z0-9-]*)(?=[\s/]|$)/i.exec(inner);
  return name !== null && HTML_TAG_NAMES.has(name[1]!.toLowerCase());
}

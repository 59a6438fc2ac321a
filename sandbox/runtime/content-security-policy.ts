/**
 * The Content-Security-Policy header Forge sends with a Custom UI resource, for this manifest and this page.
 *
 * Sources, in the order they were read:
 * - @forge/csp 6.3.2 (node_modules/@forge/csp, Atlassian's own package, which @forge/lint depends on):
 *   `CSPInjectionService.getInjectableCSP` writes the header's directives, in this order, and
 *   `CSPProcessingService.getCspDetails` turns `permissions.content` and `permissions.external` into the
 *   sources it adds. This file follows both; test/unit/sandbox/runtime/content-security-policy.test.ts checks
 *   it against them.
 * - Forge docs, manifest reference "Permissions" (content: scripts add to `script-src`, styles to `style-src`;
 *   external: fetch.client → `connect-src`, images → `img-src`, media, scripts, styles, fonts, frames) and
 *   "Add content security and egress controls" ("By default, Atlassian blocks any policies that are considered
 *   unsafe"; inline CSS needs `content.styles: ['unsafe-inline']`). Mirrored in minhhai2209/forge-docs-snapshot
 *   under mirror/manifest-reference/permissions/ and mirror/add-content-security-and-egress-controls/.
 *
 * What differs from Forge, and why:
 * - Atlassian's own hosts (the Forge CDN, the media and API gateways, avatar, emoji and reaction hosts, the
 *   object store, gravatar and unsplash images, the analytics endpoint) are left out: nothing in the sandbox
 *   serves them, and leaving them out can only make the sandbox refuse more than Forge, never less.
 * - Forge's `hostname` (the product site the frame is shown in) is the shell's origin; Forge's
 *   `frame-ancestors` lists every Atlassian product domain, the sandbox only 'self' and the shell.
 * - `report-uri` points at the sandbox (the frame listener's /__sandbox/csp-report) instead of Atlassian's
 *   web-security-reports service.
 * - Forge also reads the style-src of a deprecated `<meta http-equiv="Content-Security-Policy">` in the page;
 *   the sandbox does not (the docs no longer mention it; the stricter reading), and Accord's pages have none.
 */
import { createHash } from 'node:crypto';
import { uiPermissions, type UiPermissions } from './ui-permissions';

export interface PolicyInput {
  manifest: unknown;
  /** The page's index.html as served: Forge allows each of its inline scripts by its hash. */
  html: string;
  /** The origin the frame is shown in (the shell, standing for the Jira site: Forge's `hostname`). */
  siteOrigin: string;
  /** Where the browser posts violation reports. */
  reportUri: string;
}

/**
 * The sandbox attribute tokens Forge's header itself carries (`sandbox` directive of getInjectableCSP). The
 * iframe's own sandbox attribute (frame-attributes.ts) narrows them: popups only with `fetch.client: '*'`.
 */
export const CSP_SANDBOX_TOKENS = [
  'allow-popups',
  'allow-popups-to-escape-sandbox',
  'allow-downloads',
  'allow-forms',
  'allow-modals',
  'allow-pointer-lock',
  'allow-same-origin',
  'allow-scripts',
] as const;

/** CSPProcessingService: the only `content.styles` value it keeps. */
const STYLE_ALLOWLIST = ['unsafe-inline'];
/** CSPProcessingService: the `content.scripts` keywords it keeps; `blob:` is a scheme and stays unquoted. */
const SCRIPT_KEYWORDS = ['unsafe-inline', 'unsafe-eval', 'unsafe-hashes'];
const UNQUOTED_SCRIPT_SOURCES = ['blob:'];
const HASH_PATTERNS = [/^sha256-[a-zA-Z0-9=+/]{44}$/, /^sha384-[a-zA-Z0-9=+/]{64}$/, /^sha512-[a-zA-Z0-9=+/]{88}$/];
/** CSPProcessingService.isSafeCsp: a value with any other character is discarded as "potentially malicious". */
const SAFE_VALUE = /^([a-zA-Z0-9='"+/ -]|blob:)*$/;

const isHash = (value: string) => HASH_PATTERNS.some((pattern) => pattern.test(value));
const isValidScriptSource = (value: string) => SAFE_VALUE.test(value) && (isHash(value) || SCRIPT_KEYWORDS.includes(value) || UNQUOTED_SCRIPT_SOURCES.includes(value));
const quoteScriptSource = (value: string) => (UNQUOTED_SCRIPT_SOURCES.includes(value) ? value : `'${value}'`);

/** The text of every `<script>` without `src` (what Forge's `script:not([src])` selects), empty ones left out. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes = '', text = ''] = match;
    if (/\bsrc\s*=/i.test(attributes) || text === '') continue;
    scripts.push(text);
  }
  return scripts;
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * `script-src` beyond 'self', as getScriptSrc builds it: the valid `content.scripts` (hashes moved to the end),
 * then the hashes of the page's inline scripts, unless 'unsafe-inline' already allows them, then the declared
 * hashes not already generated; then `external.scripts`.
 */
function scriptSources(permissions: UiPermissions, html: string): string[] {
  const declared = permissions.contentScripts.filter(isValidScriptSource);
  const generated = declared.includes('unsafe-inline') ? [] : inlineScripts(html).map(sha256);
  const keywords = declared.filter((value) => !isHash(value));
  const declaredHashes = declared.filter((value) => isHash(value) && !generated.includes(value));
  return [...[...keywords, ...generated, ...declaredHashes].map(quoteScriptSource), ...permissions.external['script-src']];
}

/** `style-src` beyond 'self' and the site: `content.styles` (only 'unsafe-inline' survives), then `external.styles`. */
function styleSources(permissions: UiPermissions): string[] {
  const declared = [...new Set(permissions.contentStyles)].filter((value) => SAFE_VALUE.test(value) && STYLE_ALLOWLIST.includes(value));
  return [...declared.map((value) => `'${value}'`), ...permissions.external['style-src']];
}

/** The directives, in getInjectableCSP's order, each a name and its sources. */
export function policyDirectives({ manifest, html, siteOrigin, reportUri }: PolicyInput): Array<[string, string[]]> {
  const permissions = uiPermissions(manifest);
  const { external } = permissions;
  return [
    ['default-src', ["'self'"]],
    ['frame-ancestors', ["'self'", siteOrigin]],
    ['frame-src', ["'self'", siteOrigin, ...external['frame-src']]],
    ['font-src', ["'self'", ...external['font-src']]],
    ['img-src', ["'self'", 'data:', 'blob:', siteOrigin, ...external['img-src']]],
    ['media-src', ["'self'", 'data:', 'blob:', siteOrigin, ...external['media-src']]],
    ['connect-src', ["'self'", siteOrigin, ...external['connect-src']]],
    ['script-src', ["'self'", ...scriptSources(permissions, html)]],
    ['style-src', ["'self'", siteOrigin, ...styleSources(permissions)]],
    ['form-action', ["'self'"]],
    ['sandbox', [...CSP_SANDBOX_TOKENS]],
    ['report-uri', [reportUri]],
  ];
}

/** The header value. getInjectableCSP returns the directives as a list; a header joins them with `; `. */
export function contentSecurityPolicy(input: PolicyInput): string {
  return policyDirectives(input)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The CSP the sandbox sends with each Custom UI frame: Forge's default, what `permissions.content` and
 * `permissions.external` add, what they cannot add, and a check against Atlassian's own @forge/csp (the package
 * that builds the header Forge sends) that the two agree on everything but Atlassian's own hosts.
 */
import { load } from 'cheerio';
import { CSPInjectionService, CSPProcessingService } from '@forge/csp';
import type { Permissions } from '@forge/manifest';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScripts, policyDirectives } from '../../../../sandbox/runtime/content-security-policy';
import { frameAttributes } from '../../../../sandbox/runtime/frame-attributes';

const SITE = 'http://localhost:8788';
const REPORT = 'http://127.0.0.1:9999/__sandbox/csp-report';
const PAGE = '<!doctype html><html><head><script type="module" src="./assets/index.js"></script></head><body></body></html>';
const HASH_A = `sha256-${'A'.repeat(43)}=`;

const policy = (permissions: unknown, html = PAGE) => contentSecurityPolicy({ manifest: { permissions }, html, siteOrigin: SITE, reportUri: REPORT });
const directive = (permissions: unknown, name: string, html = PAGE) =>
  policyDirectives({ manifest: { permissions }, html, siteOrigin: SITE, reportUri: REPORT }).find(([n]) => n === name)?.[1];

describe('the default policy (a manifest without content or external permissions)', () => {
  it('allows scripts and styles from the frame itself only, and no inline script or style', () => {
    expect(policy({ scopes: [] })).toBe(
      [
        "default-src 'self'",
        `frame-ancestors 'self' ${SITE}`,
        `frame-src 'self' ${SITE}`,
        "font-src 'self'",
        `img-src 'self' data: blob: ${SITE}`,
        `media-src 'self' data: blob: ${SITE}`,
        `connect-src 'self' ${SITE}`,
        "script-src 'self'",
        `style-src 'self' ${SITE}`,
        "form-action 'self'",
        'sandbox allow-popups allow-popups-to-escape-sandbox allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts',
        `report-uri ${REPORT}`,
      ].join('; '),
    );
    expect(policy(undefined)).toBe(policy({ scopes: [] }));
  });
});

describe('permissions.content', () => {
  it('styles: unsafe-inline is added to style-src, quoted; nothing else is', () => {
    expect(directive({ content: { styles: ['unsafe-inline'] } }, 'style-src')).toEqual(["'self'", SITE, "'unsafe-inline'"]);
    expect(directive({ content: { styles: ['unsafe-eval', "'unsafe-inline'", 'https://cdn.example.com'] } }, 'style-src')).toEqual(["'self'", SITE]);
  });

  it('scripts: keywords are quoted, blob: is not, declared hashes come last; other values are dropped', () => {
    const sources = directive({ content: { scripts: [HASH_A, 'unsafe-eval', 'blob:', 'unsafe-hashes', 'strict-dynamic', "unsafe-inline'; script-src *", 'sha1-abc'] } }, 'script-src');
    expect(sources).toEqual(["'self'", "'unsafe-eval'", 'blob:', "'unsafe-hashes'", `'${HASH_A}'`]);
  });

  it('allows the inline scripts of the page by their sha256, unless unsafe-inline allows them all', () => {
    const html = '<html><head><script>window.a = 1;</script><script src="x.js"></script><script type="module">import "./y.js";</script><script></script></head></html>';
    expect(inlineScripts(html)).toEqual(['window.a = 1;', 'import "./y.js";']);
    // echo -n 'window.a = 1;' | openssl dgst -sha256 -binary | base64
    expect(directive({}, 'script-src', html)).toEqual(["'self'", "'sha256-ShPZs6SyOIfeOg7tsGkUC0BIIQiM/4HlSLumBwNEK6k='", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
    expect(directive({ content: { scripts: ['unsafe-inline'] } }, 'script-src', html)).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe('permissions.external', () => {
  it('adds each list to its directive: fetch.client to connect-src, images, media, scripts, styles, fonts, frames', () => {
    const permissions = {
      external: {
        fetch: { client: ['https://api.example.com'], backend: ['https://backend-only.example.com'] },
        images: ['*.giphy.com', { address: 'https://img.example.com', category: 'analytics', inScopeEUD: false }],
        media: ['https://media.example.com/video.mp4'],
        scripts: ['https://www.example-dev.com/script.js'],
        styles: ['https://www.example-dev.com/stylesheet.css'],
        fonts: ['https://www.example-dev.com/fonts.css'],
        frames: [{ remote: 'embeds' }],
      },
    };
    const manifest = { permissions, remotes: [{ key: 'embeds', baseUrl: 'https://embed.example.com' }] };
    const directives = Object.fromEntries(policyDirectives({ manifest, html: PAGE, siteOrigin: SITE, reportUri: REPORT }));
    expect(directives['connect-src']).toEqual(["'self'", SITE, 'https://api.example.com']);
    expect(directives['img-src']).toEqual(["'self'", 'data:', 'blob:', SITE, '*.giphy.com', 'https://img.example.com']);
    expect(directives['media-src']).toEqual(["'self'", 'data:', 'blob:', SITE, 'https://media.example.com/video.mp4']);
    expect(directives['script-src']).toEqual(["'self'", 'https://www.example-dev.com/script.js']);
    expect(directives['style-src']).toEqual(["'self'", SITE, 'https://www.example-dev.com/stylesheet.css']);
    expect(directives['font-src']).toEqual(["'self'", 'https://www.example-dev.com/fonts.css']);
    expect(directives['frame-src']).toEqual(["'self'", SITE, 'https://embed.example.com']);
    // fetch.backend is egress from functions, not the frame's CSP.
    expect(JSON.stringify(directives)).not.toContain('backend-only');
  });

  it('drops a source in no valid domain format and a remote the manifest does not declare', () => {
    const sources = directive({ external: { images: ["'unsafe-inline'", 'https://a.example.com; script-src *', 'https://ok.example.com', { remote: 'missing' }, 42] } }, 'img-src');
    expect(sources).toEqual(["'self'", 'data:', 'blob:', SITE, 'https://ok.example.com']);
  });
});

describe('the iframe attributes', () => {
  it("carry Forge's sandbox tokens and feature policies, popups only with fetch.client '*'", () => {
    expect(frameAttributes({})).toEqual({
      sandbox: 'allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts',
      allow: 'camera; clipboard-write; display-capture; fullscreen; microphone',
    });
    expect(frameAttributes({ permissions: { external: { fetch: { client: ['https://api.example.com'] } } } }).sandbox).not.toContain('allow-popups');
    expect(frameAttributes({ permissions: { external: { fetch: { client: [{ address: '*' }] } } } }).sandbox).toBe(
      'allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts allow-popups allow-popups-to-escape-sandbox',
    );
  });
});

describe("agreement with Atlassian's @forge/csp 6.3.2", () => {
  const parse = (header: string[]): Array<[string, string[]]> =>
    header.map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    });
  const forge = (permissions: Permissions, html: string) => {
    const details = new CSPProcessingService({ info: () => undefined }, load).getCspDetails(html, permissions);
    return parse(new CSPInjectionService().getInjectableCSP({ existingCSPDetails: details, microsEnv: 'prod', hostname: SITE }));
  };
  const ours = (permissions: Permissions, html: string) => policyDirectives({ manifest: { permissions }, html, siteOrigin: SITE, reportUri: REPORT });

  /** Atlassian's own hosts: what Forge sends for a manifest without permissions and the sandbox does not. */
  const platform = new Map(forge({}, PAGE).map(([name, sources]) => [name, sources.filter((source) => !ours({}, PAGE).find(([n]) => n === name)?.[1].includes(source))]));

  it('leaves out only hosts (Atlassian’s, and the gravatar and unsplash images), never a keyword or a scheme', () => {
    const removed = [...platform.entries()].filter(([name]) => name !== 'report-uri').flatMap(([, sources]) => sources);
    expect(removed.length).toBeGreaterThan(10);
    for (const source of removed) expect(source).toMatch(/^(https:\/\/)?[*a-z0-9.-]+\.[a-z]+(\/\S*)?$/);
    expect(removed).toContain('https://forge.cdn.prod.atlassian-dev.net');
    expect(removed).toContain('https://secure.gravatar.com');
  });

  const cases: Array<[string, Permissions, string]> = [
    ['no permissions', {}, PAGE],
    ["Accord's content.styles", { content: { styles: ['unsafe-inline'] } }, PAGE],
    ['inline scripts in the page', { content: { scripts: ['unsafe-hashes', HASH_A] } }, '<head><script>var a = 1;</script><script>var b = 2;</script></head>'],
    ['unsafe-inline scripts', { content: { scripts: ['unsafe-inline', 'unsafe-eval', 'blob:'] } }, '<head><script>var a = 1;</script></head>'],
    [
      'every external list',
      {
        external: {
          fetch: { client: ['https://api.example.com', '*'] },
          images: ['*.giphy.com', { address: 'https://img.example.com' }],
          media: ['https://media.example.com'],
          scripts: ['https://scripts.example.com'],
          styles: ['https://styles.example.com'],
          fonts: ['https://fonts.example.com'],
          frames: ['https://frames.example.com'],
        },
      },
      PAGE,
    ],
  ];

  it.each(cases)('%s: the same directives, in the same order, with the same sources but Atlassian’s', (_name, permissions, html) => {
    const expected = forge(permissions, html)
      .filter(([name]) => name !== 'report-uri')
      .map(([name, sources]): [string, string[]] => [name, sources.filter((source) => !platform.get(name)?.includes(source))]);
    expect(ours(permissions, html).filter(([name]) => name !== 'report-uri')).toEqual(expected);
  });
});

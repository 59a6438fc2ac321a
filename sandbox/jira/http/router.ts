/**
 * A small router over Jira's path templates (`/rest/api/3/issue/{issueIdOrKey}`). Templates with
 * more literal segments win, so `/project/search` is not taken for `/project/{projectIdOrKey}`.
 */
export interface RouteMatch<H> {
  handler: H;
  template: string;
  params: Record<string, string>;
}

interface Route<H> {
  method: string;
  template: string;
  segments: string[];
  handler: H;
}

function split(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

function isParam(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

/** Literal segments before parameters, left to right: the most specific template first. */
function specificity(a: Route<unknown>, b: Route<unknown>): number {
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i += 1) {
    const aParam = isParam(a.segments[i] ?? '');
    const bParam = isParam(b.segments[i] ?? '');
    if (aParam !== bParam) return aParam ? 1 : -1;
  }
  return 0;
}

export class Router<H> {
  private readonly routes: Array<Route<H>> = [];

  add(method: string, template: string, handler: H): this {
    this.routes.push({ method: method.toUpperCase(), template, segments: split(template), handler });
    this.routes.sort(specificity);
    return this;
  }

  match(method: string, pathname: string): RouteMatch<H> | null {
    const segments = split(pathname);
    const upper = method.toUpperCase();
    for (const route of this.routes) {
      if (route.method !== upper || route.segments.length !== segments.length) continue;
      const params: Record<string, string> = {};
      let matched = true;
      for (let i = 0; i < segments.length; i += 1) {
        const pattern = route.segments[i] ?? '';
        const actual = segments[i] ?? '';
        if (isParam(pattern)) {
          try {
            params[pattern.slice(1, -1)] = decodeURIComponent(actual);
          } catch {
            params[pattern.slice(1, -1)] = actual;
          }
        } else if (pattern !== actual) {
          matched = false;
          break;
        }
      }
      if (matched) return { handler: route.handler, template: route.template, params };
    }
    return null;
  }
}

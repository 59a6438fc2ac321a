import { describe, expect, it } from 'vitest';
import { Router } from '../../../../sandbox/jira/http/router';

describe('Router', () => {
  const router = new Router<string>()
    .add('GET', '/rest/api/3/project/{projectIdOrKey}', 'project')
    .add('GET', '/rest/api/3/project/search', 'search')
    .add('GET', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', 'property')
    .add('POST', '/rest/api/3/issue/properties/multi', 'bulk');

  it('prefers literal segments over parameters, whatever the order they were added in', () => {
    expect(router.match('GET', '/rest/api/3/project/search')?.handler).toBe('search');
    expect(router.match('GET', '/rest/api/3/project/ACC')).toEqual({ handler: 'project', template: '/rest/api/3/project/{projectIdOrKey}', params: { projectIdOrKey: 'ACC' } });
  });

  it('decodes parameters and matches the method', () => {
    expect(router.match('get', '/rest/api/3/issue/ACC-1/properties/accord%20x')?.params).toEqual({ issueIdOrKey: 'ACC-1', propertyKey: 'accord x' });
    expect(router.match('POST', '/rest/api/3/issue/properties/multi')?.handler).toBe('bulk');
    expect(router.match('DELETE', '/rest/api/3/issue/properties/multi')).toBeNull();
    expect(router.match('GET', '/rest/api/3/issue/ACC-1/properties/%E0%A4%A')?.params['propertyKey']).toBe('%E0%A4%A');
    expect(router.match('GET', '/rest/api/3/unknown')).toBeNull();
  });
});

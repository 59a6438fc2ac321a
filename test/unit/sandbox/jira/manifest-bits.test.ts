import { describe, expect, it } from 'vitest';
import { appPermissionKey, appUuid, parseManifestBits } from '../../../../sandbox/jira/manifest-bits';

describe('parseManifestBits', () => {
  it('collects issue search aliases and project permissions', () => {
    const bits = parseManifestBits({
      modules: {
        'jira:entityProperty': [
          { key: 'a', propertyKey: 'accord-signoff', values: [{ path: 'state', type: 'string', searchAlias: 'accordSignoff' }, { path: 'x', type: 'weird', searchAlias: 'bad' }] },
          { key: 'b', entityType: 'project', propertyKey: 'p', values: [{ path: 'y', type: 'number', searchAlias: 'projectOnly' }] },
        ],
        'jira:projectPermission': [{ key: 'sign-off-work-results', name: 'Sign off work results', description: 'Approve.' }, { name: 'no key' }],
      },
    });
    expect(bits.searchAliases).toEqual({ accordSignoff: { propertyKey: 'accord-signoff', path: 'state', type: 'string' } });
    expect(bits.projectPermissions).toEqual([{ key: 'sign-off-work-results', name: 'Sign off work results', description: 'Approve.' }]);
  });

  it('tolerates odd input', () => {
    expect(parseManifestBits(null)).toEqual({ searchAliases: {}, projectPermissions: [] });
    expect(parseManifestBits({ modules: { 'jira:entityProperty': 'nope' } })).toEqual({ searchAliases: {}, projectPermissions: [] });
  });

  it('forms the app permission key from the app ARI', () => {
    expect(appUuid('ari:cloud:ecosystem::app/1234-abcd')).toBe('1234-abcd');
    expect(appPermissionKey('ari:cloud:ecosystem::app/1234-abcd', 'env-1', 'sign-off')).toBe('ari:cloud:ecosystem::extension/1234-abcd/env-1/static/sign-off');
    expect(appPermissionKey('1234-abcd', 'env-1', 'k')).toBe('ari:cloud:ecosystem::extension/1234-abcd/env-1/static/k');
  });
});

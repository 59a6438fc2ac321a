import Resolver from '@forge/resolver';
import type { z } from 'zod';
import { toForgeHandler, type ResolverDefinition } from './define';
import { issuePanelResolvers } from './issue-panel-resolvers';
import { projectPageResolvers } from './project-page-resolvers';
import { projectResolvers } from './project-resolvers';

/** Every resolver of every UI module; they share one function (manifest.yml `resolver`). Exported for the permission matrix test. */
export const definitions: Record<string, ResolverDefinition<z.ZodType, unknown>> = {
  ...issuePanelResolvers,
  ...projectResolvers,
  ...projectPageResolvers,
};

const resolver = new Resolver();
for (const [key, definition] of Object.entries(definitions)) {
  resolver.define(key, toForgeHandler(definition));
}

export const handler = resolver.getDefinitions();

/** The project page's resolvers, typed from src/contract (types only). */
import type { ProjectPageAnswers, ProjectPagePayloads } from '../../../../src/contract/project-page';
import { createResolverClient, type ResolverCall } from '../../../shared/frame/invoke';

export type ProjectPageCalls = { [K in keyof ProjectPagePayloads]: ResolverCall<ProjectPagePayloads[K], ProjectPageAnswers[K]> };

export const callProjectPage = createResolverClient<ProjectPageCalls>();

export type * from '../../../../src/contract/project-page';

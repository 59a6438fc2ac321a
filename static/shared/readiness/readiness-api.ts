/** The readiness resolvers shared by the sprint action and the project page (types only from src/). */
import type { SprintReadinessPayloads, SprintReadinessView } from '../../../src/contract/sprint-readiness';
import { createResolverClient, type ResolverCall } from '../frame/invoke';

export type ReadinessCalls = { [K in keyof SprintReadinessPayloads]: ResolverCall<SprintReadinessPayloads[K], SprintReadinessView> };

export const callReadiness = createResolverClient<ReadinessCalls>();

export type { SprintOption, SprintReadinessView } from '../../../src/contract/sprint-readiness';
export type { TicketReadiness } from '../../../src/domain/readiness-summary/summarize-sprint';

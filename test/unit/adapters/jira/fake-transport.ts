import type { JiraRoute, JiraTransport } from '../../../../src/adapters/jira';

export interface RecordedRequest {
  method: string;
  /** Path with query string, as the route produced it. */
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON body, when one was sent. */
  body?: unknown;
}

export interface FakeAnswer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type FakeHandler = (request: RecordedRequest, index: number) => FakeAnswer | Promise<FakeAnswer>;

export interface RecordingTransport {
  transport: JiraTransport;
  requests: RecordedRequest[];
}

/** A transport that records every request and answers with whatever the handler says. */
export function recordingTransport(handler: FakeHandler): RecordingTransport {
  const requests: RecordedRequest[] = [];
  const transport: JiraTransport = async (path: JiraRoute, init) => {
    const request: RecordedRequest = {
      method: (init?.method ?? 'GET').toUpperCase(),
      path: path.value,
      headers: { ...(init?.headers ?? {}) },
      ...(typeof init?.body === 'string' ? { body: JSON.parse(init.body) as unknown } : {}),
    };
    requests.push(request);
    const answer = await handler(request, requests.length - 1);
    const status = answer.status ?? 200;
    const noBody = status === 204 || status === 303 || answer.body === undefined;
    return new Response(noBody ? null : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body), {
      status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    });
  };
  return { transport, requests };
}

/** Answers from a list in order (the last one repeats). */
export function scripted(...answers: FakeAnswer[]): FakeHandler {
  return (_request, index) => answers[Math.min(index, answers.length - 1)] ?? { status: 500 };
}

/** Options that never really wait: sleeps are recorded and advance a fake clock. */
export function instantTime(random = 0.5) {
  let clock = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    options: {
      sleep: async (ms: number) => {
        sleeps.push(ms);
        clock += ms;
      },
      random: () => random,
      now: () => clock,
    },
  };
}

/**
 * The CSP violation reports the frames' browsers send (the policy's `report-uri`, which Forge points at
 * Atlassian's web-security-reports service). The sandbox keeps the latest ones in memory for the control API
 * (`GET /__sandbox/api/csp-reports`) and the tests; nothing is written to disk.
 */
import express from 'express';
import { bodyReadError, refuseDeepJson } from './body-errors';

/** The report body's fields the sandbox keeps (CSP Level 2 `application/csp-report`). */
export interface CspReport {
  at: string;
  documentUri: string;
  effectiveDirective: string;
  blockedUri: string;
  sourceFile: string | null;
  lineNumber: number | null;
}

const KEPT = 200;
/** A report is a few hundred bytes; a body this large is not one. */
const REPORT_LIMIT = '64kb';

export interface CspReportLog {
  add(report: CspReport): void;
  list(): CspReport[];
}

export function createCspReportLog(): CspReportLog {
  const reports: CspReport[] = [];
  return {
    add(report) {
      reports.push(report);
      if (reports.length > KEPT) reports.splice(0, reports.length - KEPT);
    },
    list: () => [...reports],
  };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The report inside a body, or undefined when the body is not a CSP report. */
function reportOf(body: unknown, at: Date): CspReport | undefined {
  const inner = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['csp-report'] : undefined;
  if (typeof inner !== 'object' || inner === null) return undefined;
  const fields = inner as Record<string, unknown>;
  return {
    at: at.toISOString(),
    documentUri: text(fields['document-uri']),
    effectiveDirective: text(fields['effective-directive']) || text(fields['violated-directive']),
    blockedUri: text(fields['blocked-uri']),
    sourceFile: text(fields['source-file']) || null,
    lineNumber: typeof fields['line-number'] === 'number' ? fields['line-number'] : null,
  };
}

/** POST /__sandbox/csp-report: 204 for a report, 400 for anything else (never a 500). */
export function cspReportRoute(log: CspReportLog): express.Router {
  const router = express.Router();
  router.post('/__sandbox/csp-report', express.json({ type: () => true, limit: REPORT_LIMIT, verify: refuseDeepJson }), (req, res) => {
    const report = reportOf(req.body, new Date());
    if (!report) {
      res.status(400).json({ errorMessages: ['The request body must be a JSON object with a "csp-report" object.'] });
      return;
    }
    log.add(report);
    res.status(204).end();
  });
  router.use((err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    const refused = bodyReadError(err);
    if (!refused) {
      next(err);
      return;
    }
    res.status(refused.status).json({ errorMessages: [refused.message] });
  });
  return router;
}

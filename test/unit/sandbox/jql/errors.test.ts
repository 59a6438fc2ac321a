import { describe, expect, it } from 'vitest';
import { compileJql, JqlError } from '../../../../sandbox/jira/jql';
import { ctx } from './fixture';

function errorOf(jql: string): JqlError {
  try {
    compileJql(jql, ctx);
  } catch (error) {
    if (error instanceof JqlError) return error;
    throw error;
  }
  throw new Error(`expected a JqlError for: ${jql}`);
}

describe('JQL the sandbox refuses', () => {
  it('reports syntax errors with the parser message and position', () => {
    const error = errorOf('status = ');
    expect(error.errorMessages[0]).toMatch(/^Error in the JQL Query: mismatched input '<EOF>' expecting .* \(line 1, character \d+\)\.$/);
    expect(errorOf('(status = Done').message).toMatch(/missing '\)'/);
    expect(errorOf('status = Done Done').message).toMatch(/extraneous input 'Done'/);
  });

  it('reports unknown fields as Jira does', () => {
    expect(errorOf('foo = bar').errorMessages).toEqual(["Field 'foo' does not exist or you do not have permission to view it."]);
    expect(errorOf('cf[10020] = 1').message).toMatch(/Field 'cf\[10020\]' does not exist/);
  });

  it('names Jira fields the sandbox has no data for', () => {
    expect(errorOf('resolution = Unresolved').message).toBe("Field 'resolution' is not supported by the Accord sandbox.");
    expect(errorOf('component = Web').message).toBe("Field 'component' is not supported by the Accord sandbox.");
    expect(errorOf('fixVersion = 1.0').message).toBe("The value '1.0' does not exist for the field 'fixVersion'.");
    expect(errorOf('fixVersion was 1.0').message).toBe("Operator 'was' is not supported by the Accord sandbox for field 'fixVersion'.");
  });

  it('refuses history operators: as unsupported by the sandbox where Jira has them', () => {
    expect(errorOf('status was Done').message).toBe("Operator 'was' is not supported by the Accord sandbox for field 'status'.");
    expect(errorOf('assignee was in (u-dev1)').message).toBe("Operator 'was in' is not supported by the Accord sandbox for field 'assignee'.");
    expect(errorOf('status changed').message).toBe("Operator 'changed' is not supported by the Accord sandbox for field 'status'.");
    expect(errorOf('labels was x').message).toBe("The operator 'was' is not supported by the 'labels' field.");
  });

  it('refuses operators the field does not take', () => {
    expect(errorOf('status > Done').message).toBe("The operator '>' is not supported by the 'status' field.");
    expect(errorOf('labels < x').message).toBe("The operator '<' is not supported by the 'labels' field.");
    expect(errorOf('key is EMPTY').message).toBe("The operator 'is' is not supported by the 'key' field.");
    // Jira's grammar itself has no EMPTY after a comparison operator.
    expect(errorOf('created > EMPTY').message).toMatch(/^Error in the JQL Query: mismatched input 'EMPTY'/);
  });

  it('refuses unknown functions, unsupported ones and ones used on the wrong field', () => {
    expect(errorOf('assignee = fooBar()').message).toBe("Unable to find JQL function 'fooBar()'.");
    expect(errorOf('assignee in membersOf("devs")').message).toBe("Function 'membersOf()' is not supported by the Accord sandbox.");
    expect(errorOf('status = openSprints()').message).toBe("The function 'openSprints' is not valid for the field 'status'.");
    expect(errorOf('sprint in openSprints(1)').message).toBe("Function 'openSprints' takes no arguments.");
  });

  it('never crashes on odd input', () => {
    for (const jql of ['', '   ', 'ORDER BY', '"', 'issue.property[x] = 1', 'project = "', 'NOT', '((((']) {
      expect(() => {
        try {
          compileJql(jql, ctx);
        } catch (error) {
          if (!(error instanceof JqlError)) throw error;
        }
      }).not.toThrow();
    }
  });
});

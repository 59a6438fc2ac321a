import { classifyGherkinLine } from './gherkin-lines';

/** A finished scenario: its lines, whether a "Scenario:" line named it, whether it has Given/When and Then. */
export interface Scenario {
  readonly text: string;
  readonly hasHeader: boolean;
  /** Starts with Given or When and has a Then step on a line of its own: a whole scenario even without a header. */
  readonly complete: boolean;
}

/**
 * Gathers Gherkin lines into whole scenarios: a "Scenario:" line, or a Given that follows a
 * When/Then, starts the next one. Each finished scenario is one criterion, its lines kept.
 */
export class ScenarioCollector {
  private lines: string[] = [];
  private pastGiven = false;
  private hasHeader = false;
  private opensWithStep = false;
  private hasThen = false;

  constructor(private readonly emit: (scenario: Scenario) => void) {}

  get open(): boolean {
    return this.lines.length > 0;
  }

  /** Takes the line if it is Gherkin (or continues an open scenario); returns whether it did. */
  take(line: string, continuation = false): boolean {
    const text = line.trim();
    const parsed = classifyGherkinLine(text);
    if (parsed === null) {
      if (continuation && this.open && text !== '') this.lines.push(text);
      return continuation && this.open;
    }
    switch (parsed.kind) {
      case 'scenario':
        this.flush();
        this.lines.push(text);
        this.hasHeader = true;
        return true;
      case 'feature':
        this.flush();
        return true;
      case 'step':
        if (parsed.keyword === 'Given' && this.pastGiven) this.flush();
        if (this.lines.length === 0) this.opensWithStep = parsed.keyword === 'Given' || parsed.keyword === 'When';
        if (parsed.keyword === 'Then') this.hasThen = true;
        // "Given ..., when ..., then ..." on one line is a whole scenario already.
        if (parsed.keyword === 'When' || parsed.keyword === 'Then' || /\b(?:when|then)\s/iu.test(parsed.text)) {
          this.pastGiven = true;
        }
        this.lines.push(text);
        return true;
      case 'examples':
      case 'table':
        if (!this.open) return false;
        this.lines.push(text);
        return true;
      case 'decoration':
        return this.open || text.startsWith('@');
    }
  }

  flush(): void {
    if (this.lines.length > 0) {
      this.emit({ text: this.lines.join('\n'), hasHeader: this.hasHeader, complete: this.opensWithStep && this.hasThen });
    }
    this.lines = [];
    this.pastGiven = false;
    this.hasHeader = false;
    this.opensWithStep = false;
    this.hasThen = false;
  }
}

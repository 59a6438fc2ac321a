/** A bounded in-memory record of function invocations, newest last, for the shell's developer drawer and tests. */
export interface InvocationRecord {
  at: string;
  functionKey: string;
  moduleKey: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export class InvocationLog {
  private readonly records: InvocationRecord[] = [];

  constructor(private readonly capacity = 500) {}

  add(record: InvocationRecord): void {
    this.records.push(record);
    if (this.records.length > this.capacity) this.records.splice(0, this.records.length - this.capacity);
  }

  list(): InvocationRecord[] {
    return [...this.records];
  }
}

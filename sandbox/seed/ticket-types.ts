/** How the seed describes a demo ticket: what it says and where it sits in the plan. */
export type Placement = 'closed-1' | 'closed-2' | 'carried-over' | 'active' | 'active-added-late' | 'future' | 'backlog';

export interface DemoTicket {
  /** Stable handle used for links ("blocks") inside the seed. */
  ref: string;
  summary: string;
  type: 'Story' | 'Task' | 'Bug' | 'Epic';
  /** Story points; null leaves the ticket unestimated. */
  points: number | null;
  /** Markdown, converted to ADF; '' leaves the description empty. */
  description: string;
  placement: Placement;
  /** Final status; closed-sprint tickets are Done unless they were carried over. */
  status: 'To Do' | 'In Progress' | 'In Review' | 'Done';
  assignee?: string;
  priority?: 'Highest' | 'High' | 'Medium' | 'Low' | 'Lowest';
  labels?: string[];
  /** Story points before a re-estimate during the sprint. */
  estimatedFirst?: number;
  /** Refs of tickets this one blocks. */
  blocks?: string[];
  duedateInDays?: number;
}

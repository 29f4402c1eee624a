/** UI strings of one locale. Functions take already formatted relative ("in 40 minutes") and absolute ("10:30") times. */
export interface UiStrings {
  states: Record<'investigating' | 'identified' | 'monitoring' | 'resolved' | 'scheduled' | 'in_progress', string>;
  eta(relative: string, absolute: string): string;
  overdue: string;
  nextUpdate(relative: string, absolute: string): string;
  updated(relative: string): string;
  resolved: string;
  startsAt(relative: string, absolute: string): string;
  endsAt(relative: string, absolute: string): string;
  details: string;
  postmortem: string;
  dismiss: string;
  more(count: number): string;
}

/**
 * What red-flag answers mean, in the words both the rules table (rules.ts: the `red-flag-…`
 * rows) and the check itself (`<knee-red-flags>`) show.
 */
import { redFlagById, type RedFlag, type RedFlagUrgency } from '../../content/red-flags.js';

export interface RedFlagAdvice {
  /** The soonest care any yes needs, or null when every answer was no. */
  urgency: RedFlagUrgency | null;
  text: string;
}

/** The questions answered yes, known ones only. */
export const flagsOf = (yes: readonly string[]): RedFlag[] => yes.map(redFlagById).filter((f): f is RedFlag => f !== undefined);

const signs = (flags: readonly RedFlag[]) => flags.map((f) => f.sign).join('; ');

export function urgentText(flags: readonly RedFlag[]): string {
  return `You answered yes to: ${signs(flags)}. Stop training and get the knee seen today — urgent care, or your doctor's same-day line.`;
}

export function soonText(flags: readonly RedFlag[]): string {
  return `You answered yes to: ${signs(flags)}. That is not what runner's knee does: stop training and book a physiotherapist or doctor in the next few days.`;
}

export function redFlagAdvice(yes: readonly string[]): RedFlagAdvice {
  const flags = flagsOf(yes);
  const urgent = flags.filter((f) => f.urgency === 'today');
  if (urgent.length) return { urgency: 'today', text: urgentText(urgent) };
  if (flags.length) return { urgency: 'soon', text: soonText(flags) };
  return { urgency: null, text: 'None of these signs: the usual pain limits apply. Ask again whenever something changes.' };
}

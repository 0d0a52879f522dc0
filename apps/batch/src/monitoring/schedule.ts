import { invalidInput } from '@modelserve/common';
import { DURATION_RULE, durationSeconds } from '@modelserve/schemas';
import { CronExpressionParser } from 'cron-parser';

/** A window of captured data a schedule runs over: [start, end). */
export interface Window {
  start: Date;
  end: Date;
}

export interface Schedule {
  /** The end of the first window that ends strictly after `after`. */
  nextEnd(after: Date): Date;
  /** The window that ends at `end`, a time the schedule fires. */
  windowEndingAt(end: Date): Window;
}

/** The shortest period a schedule may have: shorter windows would mostly catch capture files still in flight. */
const MIN_PERIOD_SECONDS = 10;

/**
 * Reads "every 1h" (a period of s, m, h or d; windows aligned to the Unix epoch, so that every instance
 * computes the same ones) or a five-field cron expression in UTC (each window runs from one firing to
 * the next).
 */
export function parseSchedule(text: string): Schedule {
  const every = /^every\s+(\S+)$/.exec(text.trim());
  if (every) {
    const seconds = durationSeconds(every[1]);
    if (seconds === undefined) throw invalidInput(`schedule "${text}": the period is ${DURATION_RULE}`);
    if (seconds < MIN_PERIOD_SECONDS) throw invalidInput(`a schedule runs at most every ${MIN_PERIOD_SECONDS}s`);
    const period = seconds * 1000;
    return {
      nextEnd: (after) => new Date((Math.floor(after.getTime() / period) + 1) * period),
      windowEndingAt: (end) => ({ start: new Date(end.getTime() - period), end }),
    };
  }
  if (text.trim().split(/\s+/).length !== 5) {
    throw invalidInput(`schedule "${text}" is neither "every <n><s|m|h|d>" nor a five-field cron expression`);
  }
  const from = (date: Date) => {
    try {
      return CronExpressionParser.parse(text, { currentDate: date, tz: 'UTC' });
    } catch (error) {
      throw invalidInput(`schedule "${text}" is not a valid cron expression: ${(error as Error).message}`);
    }
  };
  from(new Date());
  return {
    nextEnd: (after) => from(after).next().toDate(),
    windowEndingAt: (end) => ({ start: from(end).prev().toDate(), end }),
  };
}

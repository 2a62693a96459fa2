/**
 * A day as YYYY-MM-DD that is on the calendar: 2025-02-30 has the right form
 * but no such day, and would print as "2 maart 2025" (the date arithmetic
 * rolls over), which nobody wrote.
 */
import { z } from 'zod';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0-99 onto 1900-1999; setting the full year keeps them.
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const CALENDAR_DATE_RULE = 'must be a real day as YYYY-MM-DD';

export const calendarDateSchema = z.string().refine(isCalendarDate, CALENDAR_DATE_RULE);

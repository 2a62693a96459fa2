/**
 * The distribution list of a pack: who gets a numbered copy, which items are
 * left out of it, and whether it carries the comments on the agenda text;
 * and the record of copies handed out. Plain JSON, like the rest of the pack.
 */
import { z } from 'zod';
import { calendarDateSchema } from './calendar-date';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _');
const copyNumber = z.number().int().min(1).max(9_999);

export const recipientSchema = z.strictObject({
  id,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  /** The recipient's function ("DG Beleid"); '' for none. */
  function: z.string().max(200),
  copyNumber,
  /** Ids of the agenda items this recipient's copy leaves out (a left-out item takes its sub-items along). */
  leaveOut: z.array(id).max(5_000),
  /** Comments on the agenda text are left out unless the list asks for them. */
  withComments: z.boolean(),
});

/** One copy handed out: what the person got, from which version, on which day. */
export const handedOutCopySchema = z.strictObject({
  id,
  copyNumber,
  recipient: z.string().max(200),
  function: z.string().max(200),
  version: z.string().max(40),
  /** The day it was made, as YYYY-MM-DD. */
  date: calendarDateSchema,
  format: z.enum(['pdf', 'docx']),
});

export const MAX_RECIPIENTS = 1_000;
export const MAX_HANDED_OUT = 100_000;

export const distributionSchema = z
  .strictObject({
    recipients: z.array(recipientSchema).max(MAX_RECIPIENTS),
    handedOut: z.array(handedOutCopySchema).max(MAX_HANDED_OUT),
  })
  .superRefine((value, ctx) => {
    // A copy number and a name each pick one recipient: the CLI finds a recipient by name.
    const numbers = new Set<number>();
    const names = new Set<string>();
    value.recipients.forEach((recipient, index) => {
      const name = recipientKey(recipient.name);
      if (numbers.has(recipient.copyNumber)) ctx.addIssue({ code: 'custom', path: ['recipients', index, 'copyNumber'], message: `copy number ${recipient.copyNumber} is given twice` });
      if (names.has(name)) ctx.addIssue({ code: 'custom', path: ['recipients', index, 'name'], message: `"${recipient.name}" is on the list twice` });
      numbers.add(recipient.copyNumber);
      names.add(name);
    });
  });

export type Recipient = z.infer<typeof recipientSchema>;
export type HandedOutCopy = z.infer<typeof handedOutCopySchema>;
export type Distribution = z.infer<typeof distributionSchema>;

/** Names compare as a person reads them: case and surrounding or doubled spaces do not count. */
export function recipientKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

import { z } from 'zod';

/**
 * Pydantic's checks that `validation.ts`'s field builders do not have yet, written the same way
 * (an issue's `params` carry pydantic's error `type` and `ctx`), for the bodies of
 * `CustomerSubscriptionPause` and `CustomerSubscriptionResume`: a lax `bool`, `Literal[True]`,
 * `extra="forbid"` and `FutureDatetime`.
 */

type IssueParams = { type: string; ctx?: Record<string, unknown> };

const addIssue = (ctx: z.RefinementCtx, input: unknown, msg: string, params: IssueParams) =>
  ctx.addIssue({ code: 'custom', message: msg, input, params });

const TRUE_WORDS = ['1', 'on', 't', 'true', 'y', 'yes'];
const FALSE_WORDS = ['0', 'off', 'f', 'false', 'n', 'no'];

/**
 * A `bool` in pydantic's lax mode, which a smart union falls back to: a boolean, 0 or 1, or one
 * of its words in any case; another number or string is `bool_parsing`, anything else
 * `bool_type`.
 */
export const laxBool = () =>
  z.unknown().transform((value, ctx): boolean => {
    if (value === undefined) {
      // As `validation.ts` answers a missing field (the contract's `input: null`).
      addIssue(ctx, null, 'Field required', { type: 'missing' });
      return z.NEVER;
    }
    if (typeof value === 'boolean') return value;
    if (value === 0 || value === 1) return value === 1;
    if (typeof value === 'string') {
      const word = value.toLowerCase();
      if (TRUE_WORDS.includes(word) || FALSE_WORDS.includes(word)) return TRUE_WORDS.includes(word);
    }
    if (typeof value === 'number' || typeof value === 'string') {
      addIssue(ctx, value, 'Input should be a valid boolean, unable to interpret input', {
        type: 'bool_parsing',
      });
    } else {
      addIssue(ctx, value, 'Input should be a valid boolean', { type: 'bool_type' });
    }
    return z.NEVER;
  });

/** `Literal[True]`: only the JSON `true` (a literal of a bool is matched strictly). */
export const literalTrue = () =>
  z.unknown().transform((value, ctx): true => {
    if (value === true) return true;
    addIssue(ctx, value, 'Input should be True', {
      type: 'literal_error',
      ctx: { expected: 'True' },
    });
    return z.NEVER;
  });

/**
 * An object with `extra="forbid"`, each key it does not declare one `extra_forbidden` issue
 * (zod's own `unrecognized_keys` is one issue for all of them, in zod's words).
 */
export function forbidExtra<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.looseObject(shape).superRefine(
    (value: Record<string, unknown>, ctx) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
      for (const key of Object.keys(value).filter((k) => !(k in shape))) {
        ctx.addIssue({
          code: 'custom',
          message: 'Extra inputs are not permitted',
          input: value[key],
          path: [key],
          params: { type: 'extra_forbidden' },
        });
      }
    },
    // Pydantic reports the extra keys beside the fields' own errors, not instead of them.
    { when: () => true },
  );
}

/**
 * `FutureDatetime`, as `CustomerSubscriptionPause.resumes_at` declares it: the lax datetime of
 * pydantic-core, parsed by speedate, then required to lie after the clock's now.
 *
 * What pydantic accepts: an RFC 3339 datetime (`T`, `t`, `_` or a space between date and time;
 * seconds and up to 6 fraction digits optional; `Z`, `±HH:MM`, `±HHMM` or no zone, a naive one
 * read as UTC, as Polar's servers run in UTC), a unix timestamp as a number or a numeric string
 * (milliseconds above 2e10), or a bare date (midnight). A string that is none of these is
 * `datetime_from_date_parsing`, worded by the date parser's error, because pydantic-core tries
 * the string as a date last (`datetime_from_date`); anything else is `datetime_type`.
 */

const MS_WATERSHED = 20_000_000_000;

/** speedate's `ParseError` documentation strings, the reason pydantic quotes. */
const REASON = {
  tooShort: 'input is too short',
  extra: 'unexpected extra characters at the end of the input',
  dateSep: 'invalid date separator, expected `-`',
  year: 'invalid character in year',
  yearTooSmall: 'years before 1600 are not supported',
  month: 'invalid character in month',
  day: 'invalid character in day',
  monthRange: 'month value is outside expected range of 1-12',
  dayRange: 'day value is outside expected range',
} as const;

const DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt_ ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?(?:([Zz])|([+\-\u2212])(\d{2}):?(\d{2}))?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The date part as speedate reads it: the instant of its midnight, or why it is not a date. */
function parseDate(text: string): number | string {
  if (text.length < 10) return REASON.tooShort;
  const digits = (from: number, to: number) => /^\d+$/.test(text.slice(from, to));
  if (!digits(0, 4)) return REASON.year;
  const year = Number(text.slice(0, 4));
  if (year < 1600) return REASON.yearTooSmall;
  if (text[4] !== '-') return REASON.dateSep;
  if (!digits(5, 7)) return REASON.month;
  if (text[7] !== '-') return REASON.dateSep;
  if (!digits(8, 10)) return REASON.day;
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12) return REASON.monthRange;
  if (day < 1 || day > daysIn(year, month)) return REASON.dayRange;
  return Date.UTC(year, month - 1, day);
}

/**
 * A parsed datetime: the instant (a naive one read as UTC), and `echo`, the value as Python's
 * `datetime.isoformat()` writes it back in an error's `input` (microseconds only when there are
 * some; the offset as given, none when naive).
 */
export interface ParsedDatetime {
  ms: number;
  echo: string;
}

type Parsed = ParsedDatetime | { type: string; msg: string; ctx?: Record<string, unknown> };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoformat(wall: number, micro: number, offsetMinutes: number | null): string {
  const d = new Date(wall);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const fraction = micro ? `.${pad(micro, 6)}` : '';
  if (offsetMinutes === null) return `${date}T${time}${fraction}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${date}T${time}${fraction}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A full datetime, or null when the string is not one (pydantic then tries other readings). */
function parseDateTime(text: string): ParsedDatetime | null {
  const m = DATETIME.exec(text);
  if (!m) return null;
  const midnight = parseDate(text.slice(0, 10));
  if (typeof midnight === 'string') return null;
  const [hour, minute, second] = [m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const micro = Number((m[7] ?? '').padEnd(6, '0'));
  let offset: number | null = m[8] ? 0 : null;
  if (m[9]) {
    const [h, min] = [Number(m[10]), Number(m[11])];
    if (min > 59 || h * 60 + min >= 24 * 60) return null;
    offset = (m[9] === '+' ? 1 : -1) * (h * 60 + min);
  }
  const wall = midnight + ((hour * 60 + minute) * 60 + second) * 1000;
  return {
    ms: wall + Math.floor(micro / 1000) - (offset ?? 0) * 60_000,
    echo: isoformat(wall, micro, offset),
  };
}

/** The first and last instants speedate takes as unix timestamps: 1600-01-01 and 9999-12-31. */
const FIRST = Date.UTC(1600, 0, 1);
const LAST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Seconds, or milliseconds above 2e10, as speedate reads a unix timestamp (in UTC). */
function fromTimestamp(value: number): Parsed {
  const ms = Math.floor(Math.abs(value) > MS_WATERSHED ? value : value * 1000);
  if (ms >= FIRST && ms <= LAST) {
    const wholeSecond = Math.floor(ms / 1000) * 1000;
    return { ms, echo: isoformat(wholeSecond, (ms - wholeSecond) * 1000, 0) };
  }
  const reason =
    ms < FIRST
      ? 'dates before 1600 are not supported as unix timestamps'
      : 'dates after 9999 are not supported as unix timestamps';
  return {
    type: 'datetime_parsing',
    msg: `Input should be a valid datetime, ${reason}`,
    ctx: { error: reason },
  };
}

/** Pydantic's lax datetime, from JSON. */
export function parsePydanticDatetime(value: unknown): Parsed {
  if (typeof value === 'number' && Number.isFinite(value)) return fromTimestamp(value);
  if (typeof value !== 'string')
    return { type: 'datetime_type', msg: 'Input should be a valid datetime' };
  const full = parseDateTime(value);
  if (full !== null) return full;
  if (/^[-+]?\d+(\.\d+)?$/.test(value)) return fromTimestamp(Number(value));
  const date = parseDate(value.slice(0, 10));
  const reason = typeof date === 'string' ? date : value.length > 10 ? REASON.extra : null;
  if (reason === null) return { ms: date as number, echo: isoformat(date as number, 0, null) };
  return {
    type: 'datetime_from_date_parsing',
    msg: `Input should be a valid datetime or date, ${reason}`,
    ctx: { error: reason },
  };
}

/**
 * `FutureDatetime | None` with the default `None`: absent or null is null; otherwise the parsed
 * datetime, which must be after `now()` (`datetime_future`).
 */
export const futureDatetime = (now: () => number) =>
  z.unknown().transform((value, ctx): ParsedDatetime | null => {
    if (value === null || value === undefined) return null;
    const parsed = parsePydanticDatetime(value);
    if ('ms' in parsed && parsed.ms > now()) return parsed;
    const issue =
      'ms' in parsed ? { type: 'datetime_future', msg: 'Input should be in the future' } : parsed;
    addIssue(ctx, value, issue.msg, {
      type: issue.type,
      ...('ctx' in issue && issue.ctx ? { ctx: issue.ctx } : {}),
    });
    return z.NEVER;
  });

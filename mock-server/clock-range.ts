/**
 * How far the mock's clock may be moved from real time: ten years either way. Enough for every
 * expiry, renewal and trial the seed has, and far inside what `Date` can represent (±275,000
 * years), so no offset a client sets can make every later date, and so every answer, fail.
 */
export const MAX_CLOCK_OFFSET_MS = 10 * 365.25 * 24 * 60 * 60 * 1000;

export const isSaneClockOffset = (ms: unknown): ms is number =>
  typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= MAX_CLOCK_OFFSET_MS;

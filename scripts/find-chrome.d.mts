/** The browser the tests drive; exits with a clear message when there is none. */
export function findChrome(): string;

/**
 * Long work done on the request thread in slices: `await slice()` between its steps lets the
 * server answer other requests once `ms` have passed since the last pause. Awaiting a database
 * call does not do that by itself: SQLite answers synchronously, so a loop of saves can run for
 * minutes without the event loop ever taking a turn.
 */
export const slices = (ms = 15): (() => Promise<void>) => {
  let since = performance.now()
  return async () => {
    if (performance.now() - since < ms) return
    await new Promise((resolve) => setImmediate(resolve))
    since = performance.now()
  }
}

/**
 * Concurrent calls for the same key share one run of `work`: the hundred journalists who ask for
 * the same missing PDF at the embargo lift wait for one rendering, not a hundred.
 *
 * With a `name`, the calls in flight are shared by the whole process (on globalThis): Next
 * bundles each route apart, and a release published through the REST API is rendered in the
 * background by that route's copy of this module while the export route's readers ask theirs.
 */
export const singleFlight = <T>(name?: string) => {
  const shared = ((
    globalThis as { __pressroomFlights?: Map<string, Map<string, Promise<unknown>>> }
  ).__pressroomFlights ??= new Map())
  let inFlight = (name ? shared.get(name) : undefined) as Map<string, Promise<T>> | undefined
  if (!inFlight) {
    inFlight = new Map<string, Promise<T>>()
    if (name) shared.set(name, inFlight)
  }
  const flights = inFlight
  return (key: string, work: () => Promise<T>): Promise<T> => {
    const running = flights.get(key)
    if (running) return running
    const started = work().finally(() => flights.delete(key))
    flights.set(key, started)
    return started
  }
}

/**
 * Concurrent calls for the same key share one run of `work`: the hundred journalists who ask for
 * the same missing PDF at the embargo lift wait for one rendering, not a hundred.
 */
export const singleFlight = <T>() => {
  const inFlight = new Map<string, Promise<T>>()
  return (key: string, work: () => Promise<T>): Promise<T> => {
    const running = inFlight.get(key)
    if (running) return running
    const started = work().finally(() => inFlight.delete(key))
    inFlight.set(key, started)
    return started
  }
}

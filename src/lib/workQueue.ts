// With the extension: the CLI bundles (scripts/run.mjs) are plain Node ESM, where next has no
// exports map for 'next/server'.
import { after } from 'next/server.js'

/**
 * How long queued work waits after its answer was handed over. Next runs `after` work as soon as
 * the response is handed to the socket, while the client is still reading it; on two cores that
 * work (a query, a mail) slowed the answer itself by a millisecond, enough to tell a known address
 * from a new one. A short pause lets the answer arrive first.
 */
const pauseAfterAnswerMs = 25

/**
 * Runs `work` once the answer to the current request has been sent (Next's `after`) and a moment
 * has passed; outside a request (a script, the Local API), after that moment too.
 */
const afterAnswer = (work: () => void) => {
  const later = () => setTimeout(work, pauseAfterAnswerMs)
  try {
    after(later)
  } catch {
    later()
  }
}

/**
 * Work done after its request was answered, one piece after another in this process. The sign-up
 * form answers before its sign-up touches the database, and the work starts only once the answer
 * is out, so a new, pending, confirmed or unsubscribed address all answer alike, however long
 * their work takes. Work still waiting when the process stops is lost (the person signs up
 * again); past `max` waiting pieces, more are refused, so a flood cannot grow memory without end.
 */
export const createWorkQueue = (onError: (error: unknown) => void, max = 1_000) => {
  let tail: Promise<void> = Promise.resolve()
  let waiting = 0
  return {
    /** Queues the work, to start after the answer; false when the queue is full. */
    add(work: () => Promise<void>): boolean {
      if (waiting >= max) return false
      waiting += 1
      afterAnswer(() => {
        tail = tail
          .then(work)
          .catch(onError)
          .finally(() => {
            waiting -= 1
          })
      })
      return true
    },
  }
}

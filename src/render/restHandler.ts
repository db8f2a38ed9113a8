/** Payload's REST handler for a Fetch request, as Next's API route runs it. */
export type RestHandler = (request: Request) => Promise<Response>

// On globalThis: the API route is bundled by Next, the server in front of it apart.
const slot = ((
  globalThis as { __pressroomRest?: { handler: RestHandler | null } }
).__pressroomRest ??= {
  handler: null,
})

/** Called by the API route when Next loads it: the front server may then call Payload directly. */
export const offerRestHandler = (handler: RestHandler | null): void => {
  slot.handler = handler
}

/** The handler the API route offered, or null until Next has loaded that route. */
export const restHandler = (): RestHandler | null => slot.handler

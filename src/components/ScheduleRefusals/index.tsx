'use client'

import { ServerFunctionsContext, useServerFunctions } from '@payloadcms/ui'
import { type ReactNode, useMemo } from 'react'

/**
 * The `schedule-publish` server function answers a refusal with `{ error }` rather than throwing
 * (Payload's handler shape). Here such an answer is thrown, so the schedule drawer
 * (src/components/ScheduleDrawer) shows the server's refusal, worded in the admin's language by
 * the server (src/jobs/scheduleFromDrawer.ts), in its error toast instead of "Zaplanowano
 * pomyślnie". tests/e2e-review.test.ts fails if this stops.
 */
export const ScheduleRefusals = ({ children }: { children: ReactNode }) => {
  const functions = useServerFunctions()
  const value = useMemo(
    () => ({
      ...functions,
      schedulePublish: (async (args: Parameters<typeof functions.schedulePublish>[0]) => {
        const result = (await functions.schedulePublish(args)) as { error?: string } | undefined
        if (result && typeof result === 'object' && typeof result.error === 'string')
          throw new Error(result.error)
        return result
      }) as typeof functions.schedulePublish,
    }),
    [functions],
  )
  return <ServerFunctionsContext value={value}>{children}</ServerFunctionsContext>
}

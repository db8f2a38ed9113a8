'use client'

import { ServerFunctionsContext, useServerFunctions } from '@payloadcms/ui'
import { type ReactNode, useMemo } from 'react'

/**
 * Payload's schedule drawer toasts "Zaplanowano pomyślnie" whatever the `schedule-publish`
 * server function answered (@payloadcms/ui's ScheduleDrawer awaits it and never reads the
 * result; only a thrown error reaches its error toast). Here an answer carrying `error` is thrown,
 * so the drawer shows the server's refusal, worded in the admin's language by the server
 * (src/jobs/scheduleFromDrawer.ts). tests/e2e-review.test.ts fails if the drawer changes under it.
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

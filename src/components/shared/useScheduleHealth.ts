'use client'

import { useEffect, useState } from 'react'

import type { ScheduleHealth } from '../../collections/PressReleases/endpoints/scheduleHealth'
import { fetchJson } from './i18n'

/** The schedule as the server sees it, read on mount and every minute while the page is open. */
export const useScheduleHealth = (): ScheduleHealth | null => {
  const [health, setHealth] = useState<ScheduleHealth | null>(null)
  useEffect(() => {
    let live = true
    const load = () =>
      fetchJson<ScheduleHealth>('/press-releases/schedule-health')
        .then((h) => live && setHealth(h))
        .catch(() => undefined)
    void load()
    const timer = setInterval(load, 60_000)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [])
  return health
}

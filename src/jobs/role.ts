/**
 * What this instance does, from PRESSROOM_ROLE: `all` (the default) serves and runs the job
 * queue, `web` only serves, `worker` runs the queue (and still answers HTTP, for health checks).
 */
export type PressroomRole = 'web' | 'worker' | 'all'

const roles: PressroomRole[] = ['web', 'worker', 'all']

export const pressroomRole = (value = process.env.PRESSROOM_ROLE): PressroomRole => {
  const role = (value || 'all').trim().toLowerCase()
  if (!roles.includes(role as PressroomRole)) {
    throw new Error(`PRESSROOM_ROLE must be web, worker or all (got "${value}")`)
  }
  return role as PressroomRole
}

export const runsJobs = (role = pressroomRole()): boolean => role !== 'web'

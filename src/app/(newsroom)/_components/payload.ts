import config from '@payload-config'
import { getPayload } from 'payload'

/** The app's Payload instance, for server components and route handlers. */
export const newsroomPayload = () => getPayload({ config })

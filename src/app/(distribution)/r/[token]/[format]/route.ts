import config from '@payload-config'
import { getPayload } from 'payload'

import { openPersonalLink, type PersonalLink } from '../../../../../distribution/personalLinks'
import {
  personalFileResponse,
  personalHeaders,
  personalNotFound,
} from '../../../../../distribution/personalResponse'
import { noteDatabaseFailure } from '../../../../../lib/databaseHealth'
import { isDatabaseUnavailable } from '../../../../../lib/unavailable'
import { databaseUnavailableResponse } from '../../../../../lib/unavailablePage'

type Context = { params: Promise<{ token: string; format: string }> }

const formats = new Set(['pdf', 'html', 'txt'])

export const dynamic = 'force-dynamic'

/** /r/{token}/pdf|html|txt: the journalist's stamped copy before the lift, the public one after. */
export const GET = async (_request: Request, { params }: Context): Promise<Response> => {
  const { token, format } = await params
  if (!formats.has(format)) return personalNotFound()
  let link: PersonalLink | null
  try {
    link = await openPersonalLink(await getPayload({ config }), token, format as 'pdf')
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error
    // The newsroom's answer while the database is away; the proxy gives it to the next requests.
    noteDatabaseFailure()
    return databaseUnavailableResponse()
  }
  if (!link) return personalNotFound()
  if (link.kind === 'public') {
    return new Response(null, {
      status: 302,
      headers: { Location: link.location, ...personalHeaders },
    })
  }
  return personalFileResponse(link, format as 'pdf')
}

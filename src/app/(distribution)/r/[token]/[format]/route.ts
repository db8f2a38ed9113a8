import config from '@payload-config'
import { getPayload } from 'payload'

import { openPersonalLink } from '../../../../../distribution/personalLinks'
import {
  personalFileResponse,
  personalHeaders,
  personalNotFound,
} from '../../../../../distribution/personalResponse'

type Context = { params: Promise<{ token: string; format: string }> }

const formats = new Set(['pdf', 'html', 'txt'])

export const dynamic = 'force-dynamic'

/** /r/{token}/pdf|html|txt: the journalist's stamped copy before the lift, the public one after. */
export const GET = async (_request: Request, { params }: Context): Promise<Response> => {
  const { token, format } = await params
  if (!formats.has(format)) return personalNotFound()
  const link = await openPersonalLink(await getPayload({ config }), token, format as 'pdf')
  if (!link) return personalNotFound()
  if (link.kind === 'public') {
    return new Response(null, {
      status: 302,
      headers: { Location: link.location, ...personalHeaders },
    })
  }
  return personalFileResponse(link, format as 'pdf')
}

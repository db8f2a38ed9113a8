import config from '@payload-config'
import { handleEndpoints } from 'payload'

import { offerRestHandler } from '../../../render/restHandler'

// Imported by the API routes: once Next has loaded any of them, the server in front of Next
// (src/render/frontServer.ts) hands staff exports to Payload's REST handler, the one those routes
// run, without Next's routing.
offerRestHandler((request) => handleEndpoints({ config, request }))

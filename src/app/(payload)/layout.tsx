import config from '@payload-config'
import '@payloadcms/next/css'
import type { ServerFunctionClient } from 'payload'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { cookies, headers } from 'next/headers'
import { getPayload, getRequestLanguage } from 'payload'
import React from 'react'

import { scheduleRefusal } from '../../access/schedulePublication'
import { scheduleTimeRefusal } from '../../lib/scheduleTime'
import { importMap } from './admin/importMap.js'

type Args = { children: React.ReactNode }

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  if (args.name === 'schedule-publish') {
    const payload = await getPayload({ config })
    const { user } = await payload.auth({ headers: await headers() })
    const error = scheduleRefusal(user)
    if (error) return { error }
    const { date } = args.args as { date?: unknown }
    const language = getRequestLanguage({
      config: payload.config,
      cookies: await cookies(),
      headers: await headers(),
    })
    const pastTime = await scheduleTimeRefusal(payload, language, date)
    if (pastTime) return { error: pastTime }
  }
  return handleServerFunctions({ ...args, config, importMap })
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout

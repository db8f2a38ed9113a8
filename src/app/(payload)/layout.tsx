import config from '@payload-config'
import '@payloadcms/next/css'
import type { ServerFunctionClient } from 'payload'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { headers } from 'next/headers'
import { getPayload } from 'payload'
import React from 'react'

import { scheduleRefusal } from '../../access/schedulePublication'
import { importMap } from './admin/importMap.js'

type Args = { children: React.ReactNode }

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  if (args.name === 'schedule-publish') {
    const payload = await getPayload({ config })
    const { user } = await payload.auth({ headers: await headers() })
    const error = scheduleRefusal(user)
    if (error) return { error }
  }
  return handleServerFunctions({ ...args, config, importMap })
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { pl } from '@payloadcms/translations/languages/pl'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Boilerplates } from './src/collections/Boilerplates'
import { Media } from './src/collections/Media'
import { People } from './src/collections/People'
import { PressContacts } from './src/collections/PressContacts'
import { PressPacks } from './src/collections/PressPacks'
import { PressReleases } from './src/collections/PressReleases'
import { Quotes } from './src/collections/Quotes'
import { Users } from './src/collections/Users'
import { databaseAdapter, databaseKind, migrationsFor } from './src/db'
import { PressOffice } from './src/globals/PressOffice'
import { schedulePublishTask } from './src/jobs/schedulePublish'
import { defaultLocale, locales } from './src/lib/locales'
import { loggerConfig } from './src/lib/logger'
import { databaseUrl, payloadSecret, timezone } from './src/lib/settings'

const dbUrl = databaseUrl()

export default buildConfig({
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Pressroom' },
    dateFormat: 'd MMMM yyyy, HH:mm',
    // Gravatar is a request to the outside for every page; the office's machines may not reach it.
    avatar: 'default',
    // The schedule drawer's time is the office's local time unless someone picks another zone.
    timezones: {
      supportedTimezones: ({ defaultTimezones }) =>
        defaultTimezones.some((zone) => zone.value === timezone())
          ? defaultTimezones
          : [{ label: timezone(), value: timezone() }, ...defaultTimezones],
      defaultTimezone: timezone(),
    },
    components: {
      beforeDashboard: [
        '/src/components/ScheduleHealthBanner#ScheduleHealthBanner',
        '/src/components/PressOfficeDashboard#PressOfficeDashboard',
      ],
    },
  },
  editor: lexicalEditor(),
  db: databaseAdapter(dbUrl),
  collections: [PressReleases, Quotes, People, Boilerplates, PressContacts, Media, PressPacks, Users],
  globals: [PressOffice],
  i18n: { supportedLanguages: { pl, en }, fallbackLanguage: 'pl' },
  localization: {
    locales: [
      { code: 'pl', label: 'Polski' },
      { code: 'en', label: 'English' },
      { code: 'uk', label: 'Українська' },
    ] satisfies { code: (typeof locales)[number]; label: string }[],
    defaultLocale,
    fallback: true,
  },
  logger: loggerConfig(),
  secret: payloadSecret(),
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve('src/payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve('src/generated-schema.graphql') },
  jobs: {
    tasks: [schedulePublishTask],
    // Due publications run every minute in the server; `npm run jobs` runs them once.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 50 }],
  },
  onInit: async (payload) => {
    const kind = databaseKind(dbUrl)
    if (kind !== 'mongodb') await payload.db.migrate({ migrations: migrationsFor(kind) })
  },
})

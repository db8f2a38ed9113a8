import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { pl } from '@payloadcms/translations/languages/pl'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AuditEvents } from './src/collections/AuditEvents'
import { ReleaseEvents } from './src/collections/ReleaseEvents'
import { Boilerplates } from './src/collections/Boilerplates'
import { Deliveries } from './src/collections/Deliveries'
import { Journalists } from './src/collections/Journalists'
import { LinkUses } from './src/collections/LinkUses'
import { ReviewComments } from './src/collections/ReviewComments'
import { MailingLists } from './src/collections/MailingLists'
import { Media } from './src/collections/Media'
import { People } from './src/collections/People'
import { PressContacts } from './src/collections/PressContacts'
import { PressPacks } from './src/collections/PressPacks'
import { PressReleases } from './src/collections/PressReleases'
import { Quotes } from './src/collections/Quotes'
import { Users } from './src/collections/Users'
import { databaseAdapter, databaseKind, migrationsFor, sqliteBusyTimeoutMs } from './src/db'
import { pressroomMailer } from './src/distribution/mailer'
import { sendMailTask } from './src/distribution/sendMailTask'
import { PressOffice } from './src/globals/PressOffice'
import { claimingJobsCollection } from './src/jobs/runEndpoint'
import { startJobRunners } from './src/jobs/runner'
import { schedulePublishTask } from './src/jobs/schedulePublish'
import { defaultLocale, localeNames, locales } from './src/lib/locales'
import { surfaceCommitFailures } from './src/payload-patches/commitFailures'
import { keepVersionsImmutable } from './src/payload-patches/immutableVersions'
import { withDatabaseLock } from './src/lib/databaseLock'
import { depthLimit, maxQueryComplexity } from './src/lib/graphqlDepth'
import { loggerConfig } from './src/lib/logger'
import { withCleanText, withCleanTextGlobal } from './src/lib/controlChars'
import { withPagingCheck } from './src/lib/paging'
import { renderStorePlugin } from './src/render/plugin'
import { mediaStoragePlugin } from './src/storage/mediaStorage'
import { translations } from './src/lib/translations'
import { noteDatabaseFailure, setDatabaseProbe } from './src/lib/databaseHealth'
import { cookiePrefix } from './src/lib/credentials'
import { answerDatabaseOutage, databaseAnswers } from './src/lib/unavailable'
import { keepPublicErrors } from './src/payload-patches/publicErrors'
import { keepSqliteConnectionsUsable } from './src/payload-patches/sqliteConnections'
import { serialiseSessionWrites } from './src/payload-patches/sessionWrites'
import { limitTransactions } from './src/payload-patches/transactionLimit'
import { userLookupPlugin, watchUserLookups } from './src/payload-patches/userLookup'
import {
  configuredPublicUrl,
  databaseUrl,
  defaultTimezone,
  payloadSecret,
} from './src/lib/settings'

const dbUrl = databaseUrl()
const publicUrl = configuredPublicUrl()

export default buildConfig({
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Pressroom' },
    dateFormat: 'd MMMM yyyy, HH:mm',
    // Gravatar is a request to the outside for every page; the office's machines may not reach it.
    avatar: 'default',
    // The schedule drawer opens in the default office zone (the config cannot read the setting).
    timezones: {
      supportedTimezones: ({ defaultTimezones }) =>
        defaultTimezones.some((zone) => zone.value === defaultTimezone())
          ? defaultTimezones
          : [{ label: defaultTimezone(), value: defaultTimezone() }, ...defaultTimezones],
      defaultTimezone: defaultTimezone(),
    },
    components: {
      providers: ['/src/components/ScheduleRefusals#ScheduleRefusals'],
      beforeDashboard: [
        '/src/components/CrisisPanel#CrisisPanel',
        '/src/components/ScheduleHealthBanner#ScheduleHealthBanner',
        '/src/components/PressOfficeDashboard#PressOfficeDashboard',
      ],
    },
  },
  // With a public address, cookie-authenticated requests are accepted from that origin only.
  ...(publicUrl ? { serverURL: publicUrl, csrf: [publicUrl], cors: [publicUrl] } : {}),
  editor: lexicalEditor(),
  db: databaseAdapter(dbUrl),
  collections: [
    PressReleases,
    Quotes,
    People,
    Boilerplates,
    PressContacts,
    Media,
    PressPacks,
    Users,
    Journalists,
    MailingLists,
    Deliveries,
    LinkUses,
    AuditEvents,
    ReviewComments,
    ReleaseEvents,
  ]
    .map(withPagingCheck)
    .map(withCleanText),
  globals: [PressOffice].map(withCleanTextGlobal),
  i18n: { supportedLanguages: { pl, en }, fallbackLanguage: 'pl', translations },
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale,
    fallback: true,
  },
  plugins: [renderStorePlugin(), mediaStoragePlugin(), userLookupPlugin()],
  logger: loggerConfig(),
  email: pressroomMailer(),
  secret: payloadSecret(),
  sharp,
  telemetry: false,
  cookiePrefix,
  // Generated by `npm run generate:types` and committed; never rewritten as a side effect of
  // booting Payload (a rewrite mid-test-run would change the build's sources under a live server).
  // Press photos can be large; an import is held to its own, smaller limit (src/import/limits.ts).
  upload: { limits: { fileSize: 50 * 1024 * 1024 } },
  typescript: { outputFile: path.resolve('src/payload-types.ts'), autoGenerate: false },
  graphQL: {
    schemaOutputFile: path.resolve('src/generated-schema.graphql'),
    maxComplexity: maxQueryComplexity,
    validationRules: () => [depthLimit()],
  },
  jobs: {
    tasks: [schedulePublishTask, sendMailTask],
    // Due publications run every minute in the server; `npm run jobs` runs them once. The mail
    // queue is looked at every 10 s: a send at the embargo lift should not wait a minute. Our own
    // runners claim each job first, so several instances never run one job twice (src/jobs/runner.ts).
    autoRun: startJobRunners,
    // GET /api/payload-jobs/run claims each job too (src/jobs/runEndpoint.ts).
    jobsCollectionOverrides: claimingJobsCollection,
  },
  // In this order: an outage answers 503 whatever the error said.
  hooks: { afterError: [keepPublicErrors, answerDatabaseOutage] },
  onInit: async (payload) => {
    const kind = databaseKind(dbUrl)
    // A dropped idle connection (the database restarting) is logged, not fatal to the process.
    ;(
      payload.db as unknown as { pool?: { on: (e: 'error', f: (err: Error) => void) => void } }
    ).pool?.on('error', (err) => {
      noteDatabaseFailure()
      payload.logger.warn({ err }, 'A database connection was lost; it will be replaced')
    })
    // Pages ask whether the database answers again after a failure (src/proxy.ts).
    setDatabaseProbe(() => databaseAnswers(payload.db))
    // A signed-in request whose user cannot be read in an outage is a 503, not anonymous.
    watchUserLookups(payload)
    // Sign-ins of one account at the same moment keep every session.
    serialiseSessionWrites(payload)
    // Saves leave half of the pooled connections to reads.
    limitTransactions(payload)
    // A save whose COMMIT failed must not be answered as saved.
    surfaceCommitFailures(payload)
    // Every SQLite connection waits for the write lock, and none is left with a statement running.
    keepSqliteConnectionsUsable(payload, sqliteBusyTimeoutMs)
    // Every save writes a new version; none rewrites one already written.
    keepVersionsImmutable(payload)
    // Instances starting together on one database migrate one after the other.
    if (kind !== 'mongodb') {
      await withDatabaseLock(payload, 'pressroom:migrate', () =>
        payload.db.migrate({ migrations: migrationsFor(kind) }),
      )
    }
  },
})

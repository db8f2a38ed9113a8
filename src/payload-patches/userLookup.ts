import type {
  AuthStrategyFunctionArgs,
  CollectionBeforeOperationHook,
  Config,
  Payload,
  PayloadRequest,
  Plugin,
} from 'payload'

import { carriesCredentials } from '../lib/credentials'
import {
  databaseAnswers,
  DatabaseUnavailableError,
  isDatabaseUnavailable,
  userLookupFailed,
  userLookupFailedKey,
} from '../lib/unavailable'

/** Fails the request as a database outage when its user could not be read. */
export const refuseWithoutUser = (req: Partial<PayloadRequest> | undefined, what: string): void => {
  if (userLookupFailed(req)) throw new DatabaseUnavailableError(`${what} (reading who signed in)`)
}

/**
 * Payload's token strategy turns any error while reading the signed-in user into "nobody signed
 * in", so during a database outage a signed-in save reached the access rules as anonymous and was
 * refused 403. Wrapped here: a token whose user could not be read for a database error, or that
 * found no user while the database does not answer, marks the request, and refuseWithoutUser and
 * the outage hooks answer it 503 instead. tests/payload-internals.test.ts fails when Payload
 * stops swallowing the error (the patch is then unnecessary) or the strategy no longer reads
 * through findByID.
 */
export const watchUserLookups = (payload: Payload): void => {
  const strategy = payload.authStrategies.find((s) => s.name === 'local-jwt')
  if (!strategy) return
  // The strategy reads the user with findByID: a read of an account that fails on the database
  // marks its request, even when the database answers again a moment later (a dropped connection).
  const findByID = payload.findByID
  payload.findByID = (async (options: Parameters<Payload['findByID']>[0]) => {
    try {
      return await findByID(options)
    } catch (error) {
      const auth = payload.collections[options.collection]?.config.auth
      if (auth && options.req && isDatabaseUnavailable(error)) {
        ;(options.req.context ??= {})[userLookupFailedKey] = true
      }
      throw error
    }
  }) as Payload['findByID']
  const authenticate = strategy.authenticate
  strategy.authenticate = async (args: AuthStrategyFunctionArgs) => {
    const result = await authenticate(args)
    if (
      !result.user &&
      args.req &&
      carriesCredentials(args.headers) &&
      !(await databaseAnswers(payload.db))
    ) {
      ;(args.req.context ??= {})[userLookupFailedKey] = true
    }
    return result
  }
}

const refuseOperation: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  refuseWithoutUser(req, `${operation} on ${collection.slug}`)
  return args
}

/** Every collection operation of a request whose user could not be read fails as an outage. */
export const userLookupPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [refuseOperation, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
  })

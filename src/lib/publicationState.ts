import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

/**
 * A save never changes the publication state unless the request names `_status`. Payload fills an
 * omitted `_status` from the newest version, so a plain save of a published document with newer
 * drafts took the draft's status and unpublished it. Here an omitted status is the status of the
 * document as it stands (published or not), on every path: REST, GraphQL, the Local API.
 */
const omittedKey = (slug: string) => `pressroomStatusOmitted:${slug}`

/** beforeOperation: notes, for this request's writes to the collection, whether `_status` was named. */
export const noteOmittedStatus: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update' && operation !== 'restoreVersion' && operation !== 'create')
    return args
  const { data, draft } = args as { data?: Record<string, unknown>; draft?: boolean | string }
  const savesDraft = draft === true || draft === 'true'
  req.context[omittedKey(collection.slug)] =
    operation === 'update' && !savesDraft && Boolean(data) && !('_status' in data!)
  return args
}

/** beforeChange: an update that did not name `_status` keeps the stored document's status. */
export const keepPublicationState: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !req.context[omittedKey(collection.slug)] || !originalDoc?.id) {
    return data
  }
  const stored = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    select: { _status: true },
    req,
  })
  return stored?._status ? { ...data, _status: stored._status } : data
}

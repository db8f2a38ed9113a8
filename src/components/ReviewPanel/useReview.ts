'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { ForcedPublication, Review } from '../../review/workflow'
import { fetchJson } from '../shared/i18n'

/** What the server decided about this document's review for the signed-in person. */
export type ReviewView = {
  timeZone: string
  submittedByName: string | null
  forcedByName: string | null
  review: Review
  forcedPublication: ForcedPublication
  awaitsApproval: boolean
  mayPublish: boolean
  mustForce: boolean
  mayApproveForced: boolean
  comments: {
    id: number
    comment: string
    version: string | null
    author: string | null
    at: string
  }[]
}

const refreshEvent = 'pressroom:review-changed'

/** Tells every review view on the page to ask the server again (after a review step). */
export const reviewChanged = () => window.dispatchEvent(new Event(refreshEvent))

/** GET …/:id/review, again after every save and every review step. */
export const useReview = () => {
  const { collectionSlug, id, lastUpdateTime } = useDocumentInfo()
  const [view, setView] = useState<ReviewView | null>(null)
  const load = useCallback(() => {
    if (!id || !collectionSlug) return
    fetchJson<ReviewView>(`/${collectionSlug}/${id}/review`)
      .then(setView)
      .catch(() => setView(null))
  }, [collectionSlug, id])
  useEffect(load, [load, lastUpdateTime])
  useEffect(() => {
    window.addEventListener(refreshEvent, load)
    return () => window.removeEventListener(refreshEvent, load)
  }, [load])
  return { view, collectionSlug, id }
}

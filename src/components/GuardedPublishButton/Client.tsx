'use client'

import {
  PublishButton,
  toast,
  useAuth,
  useDocumentInfo,
  useForm,
  useFormFields,
  useModal,
} from '@payloadcms/ui'
import { type MouseEvent, useEffect, useRef, useState } from 'react'

import type { User } from '../../payload-types'
import type { QuoteBlocker } from '../../lib/unapprovedQuotes'
import { canPublish } from '../../access/roles'
import { fetchJson } from '../shared/i18n'
import { ScheduleDrawer, scheduleDrawerSlug } from '../ScheduleDrawer'
import { ForceDialog } from '../ReviewPanel/ForceDialog'
import { SubmitForReviewButton } from '../ReviewPanel/SubmitForReviewButton'
import { useReview } from '../ReviewPanel/useReview'

/**
 * Authors may not publish (src/access/publicChanges.ts refuses) nor schedule
 * (src/access/schedulePublication.ts refuses the drawer's server action): so the publish button,
 * the schedule entry and the menu that holds it are not offered to them at all. They save drafts
 * and submit them for review ("Przekaż do akceptacji").
 */
// The button only in this wrapper: a drawer's own Save (a quote made from the "+") keeps its id.
const noScheduling =
  '[data-testid="guarded-publish"] #action-save, #action-save-popup, #schedule-publish { display: none !important; }'

/**
 * Payload's Publish button, checked first: the server says which of the form's quotes would stop
 * the publication (in the admin's language), and the toast names each one instead of sending.
 */
export const GuardedPublishButtonClient = ({ timeZone }: { timeZone: string }) => {
  const { user } = useAuth<User>()
  const { id } = useDocumentInfo()
  const { openModal } = useModal()
  const quotes = useFormFields(([fields]) => fields.quotes?.value)
  const { dispatchFields } = useForm()
  const { view } = useReview()
  const checked = useRef(false)
  const publishButton = useRef<HTMLButtonElement | null>(null)
  const [forcing, setForcing] = useState(false)
  const [forceReady, setForceReady] = useState(false)

  // The reason is in the form's state now: publish with it (the server flags the publication).
  useEffect(() => {
    if (!forceReady) return
    setForceReady(false)
    checked.current = true
    publishButton.current?.click()
  }, [forceReady])

  const onClickCapture = (event: MouseEvent<HTMLDivElement>) => {
    // "Zaplanuj publikację" opens our drawer (the office's words and clock), not Payload's.
    if ((event.target as HTMLElement).closest('#schedule-publish')) {
      event.preventDefault()
      event.stopPropagation()
      openModal(scheduleDrawerSlug(id))
      // Stopped here, the click never reaches the menu, which closes on a press outside it.
      document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }))
      return
    }
    const button = (event.target as HTMLElement).closest('#action-save')
    if (!button || checked.current) {
      checked.current = false
      return
    }
    if (view?.mustForce) {
      // The server refuses the writer's own publication without a reason: ask for one first.
      event.preventDefault()
      event.stopPropagation()
      publishButton.current = button as HTMLButtonElement
      setForcing(true)
      return
    }
    if (!Array.isArray(quotes) || quotes.length === 0) return
    event.preventDefault()
    event.stopPropagation()
    const publish = () => {
      checked.current = true
      ;(button as HTMLButtonElement).click()
    }
    fetchJson<{ blockers: QuoteBlocker[] }>('/press-releases/publish-check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ quotes }),
    })
      .then(({ blockers }) => {
        if (blockers.length === 0) return publish()
        for (const b of blockers) toast.error(b.message, { duration: 10_000 })
      })
      // Cannot check: let the server decide, as without this guard.
      .catch(publish)
  }

  // Authors write and submit; an editor decides (src/access/secondPairOfEyes.ts).
  if (!canPublish(user)) return <SubmitForReviewButton />

  return (
    <div
      onClickCapture={onClickCapture}
      data-testid="guarded-publish"
      style={{ display: 'contents' }}
    >
      {!canPublish(user) && <style data-testid="no-scheduling">{noScheduling}</style>}
      <PublishButton />
      <ScheduleDrawer timeZone={timeZone} />
      {forcing && (
        <ForceDialog
          onCancel={() => setForcing(false)}
          onConfirm={(reason) => {
            dispatchFields({ type: 'UPDATE', path: 'forcedPublication.reason', value: reason })
            setForcing(false)
            setForceReady(true)
          }}
        />
      )}
    </div>
  )
}

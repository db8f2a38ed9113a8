'use client'

import { Button, toast } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { CrisisOverview, Decision, HeldItem } from '../../crisis/held'
import type { CustomKey } from '../../lib/translations'
import { fetchJson, formatWhen, type Lang, useAdminUrl, useLang, useWords } from '../shared/i18n'
import { Notice } from '../shared/Notice'

const itemWords: Record<HeldItem['kind'], CustomKey> = {
  publication: 'crisisHeldPublication',
  unpublication: 'crisisHeldUnpublication',
  mail: 'crisisHeldMail',
}

const HeldRow = ({
  item,
  overview,
  lang,
  onDecided,
}: {
  item: HeldItem
  overview: CrisisOverview
  lang: Lang
  onDecided: () => void
}) => {
  const say = useWords()
  const adminUrl = useAdminUrl()
  const [at, setAt] = useState('')
  const [busy, setBusy] = useState(false)
  const decide = async (action: Decision) => {
    setBusy(true)
    try {
      await fetchJson('/globals/press-office/held/decide', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ item: item.id, action, ...(action === 'reschedule' ? { at } : {}) }),
      })
      toast.success(say('crisisDecided'))
      onDecided()
    } catch (error) {
      // The server's refusal, already in the admin's language.
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const decidable = overview.canDecide && !overview.freeze.active
  return (
    <li data-testid="held-item" data-item={item.id} style={{ margin: '8px 0' }}>
      <a href={adminUrl(`/collections/press-releases/${item.release}`)}>
        {say(itemWords[item.kind], {
          title: item.title || `#${item.release}`,
          count: item.count ?? 0,
        })}
      </a>{' '}
      <span style={{ opacity: 0.8 }}>
        — {say('crisisDueAt', { when: formatWhen(item.dueAt, lang, overview.timeZone) })}
      </span>
      {decidable && (
        <div
          style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginTop: 4 }}
        >
          <Button
            buttonStyle="primary"
            size="small"
            margin={false}
            disabled={busy}
            onClick={() => decide('publish-now')}
          >
            {say(item.kind === 'mail' ? 'crisisSendNow' : 'crisisPublishNow')}
          </Button>
          <label style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
            <span className="sr-only">{say('crisisRescheduleAt')}</span>
            <input
              type="text"
              value={at}
              placeholder={overview.exampleAt}
              aria-label={say('crisisRescheduleAt')}
              onChange={(e) => setAt(e.target.value)}
              style={{ width: 170, padding: '3px 6px' }}
            />
          </label>
          <Button
            buttonStyle="secondary"
            size="small"
            margin={false}
            disabled={busy}
            onClick={() => decide('reschedule')}
          >
            {say('crisisReschedule')}
          </Button>
          <Button
            buttonStyle="secondary"
            size="small"
            margin={false}
            disabled={busy}
            onClick={() => decide('cancel')}
          >
            {say('cancel')}
          </Button>
        </div>
      )}
    </li>
  )
}

/**
 * The crisis on the dashboard, as the server reports it: the emergency notice while it is on, the
 * freeze with its reason and start, what it holds with the times each fell due, and, once lifted,
 * the decision on each (publish or send now, reschedule, cancel). Shows nothing on a quiet day.
 */
export const CrisisPanel = () => {
  const lang = useLang()
  const say = useWords()
  const adminUrl = useAdminUrl()
  const [overview, setOverview] = useState<CrisisOverview | null>(null)
  const load = useCallback(() => {
    fetchJson<CrisisOverview>('/globals/press-office/held')
      .then(setOverview)
      .catch(() => undefined)
  }, [])
  useEffect(() => {
    load()
    const timer = setInterval(load, 30_000)
    return () => clearInterval(timer)
  }, [load])
  if (!overview) return null
  const { freeze, notice, items, timeZone } = overview
  if (!notice && !freeze.active && items.length === 0) {
    return <div data-testid="crisis-panel" data-state="quiet" hidden />
  }
  return (
    <section
      data-testid="crisis-panel"
      data-state={freeze.active ? 'frozen' : 'open'}
      style={{ marginBottom: 24 }}
    >
      <h2 style={{ margin: '0 0 8px', fontSize: '1.25rem' }}>{say('crisisTitle')}</h2>
      {notice && (
        <Notice tone="info" testId="crisis-notice">
          <strong>{notice.kind}.</strong>{' '}
          {say('crisisNoticeOn', {
            when: formatWhen(notice.since, lang, timeZone),
            heading: notice.heading,
          })}
        </Notice>
      )}
      {freeze.active && (
        <Notice tone="warning" testId="crisis-freeze">
          {say('crisisFrozen', {
            when: freeze.since ? formatWhen(freeze.since, lang, timeZone) : '',
            reason: freeze.reason,
          })}
        </Notice>
      )}
      {items.length > 0 && (
        <div data-testid="held-list">
          <h3 style={{ margin: '8px 0 4px' }}>{say('crisisHeldTitle')}</h3>
          <p style={{ margin: 0 }}>
            {freeze.active
              ? say('crisisHeldWhileFrozen')
              : say('crisisHeldAfterLift', {
                  when: freeze.liftedAt ? formatWhen(freeze.liftedAt, lang, timeZone) : '',
                })}
          </p>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((item) => (
              <HeldRow key={item.id} item={item} overview={overview} lang={lang} onDecided={load} />
            ))}
          </ul>
        </div>
      )}
      <p style={{ margin: '8px 0 0' }}>
        <a href={adminUrl('/globals/press-office')}>{say('crisisSettingsLink')}</a>
      </p>
    </section>
  )
}

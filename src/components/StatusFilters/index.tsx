'use client'

import { useSearchParams } from 'next/navigation'

import { type Text, useLang } from '../shared/i18n'
import { useScheduleHealth } from '../shared/useScheduleHealth'

type Filter = { key: string; label: Text; where: (now: string, scheduled: string[]) => string }

const filters: Filter[] = [
  { key: 'all', label: { pl: 'Wszystkie', en: 'All' }, where: () => '' },
  {
    key: 'draft',
    label: { pl: 'Szkice', en: 'Drafts' },
    where: () => 'where[_status][equals]=draft',
  },
  {
    key: 'scheduled',
    label: { pl: 'Zaplanowane', en: 'Scheduled' },
    // Scheduling lives in the job queue, so the list asks for those releases by id.
    where: (_, ids) =>
      (ids.length ? ids : ['0'])
        .map((id, i) => `where[id][in][${i}]=${encodeURIComponent(id)}`)
        .join('&'),
  },
  {
    key: 'embargoed',
    label: { pl: 'Pod embargiem', en: 'Embargoed' },
    where: (now) =>
      `where[and][0][_status][equals]=published&where[and][1][embargoUntil][greater_than]=${encodeURIComponent(now)}`,
  },
  {
    key: 'published',
    label: { pl: 'Opublikowane', en: 'Published' },
    where: () => 'where[_status][equals]=published',
  },
]

/** Quick status filters above the releases list (the status column itself is computed). */
export const StatusFilters = () => {
  const lang = useLang()
  const health = useScheduleHealth()
  const current = useSearchParams()?.get('status') ?? 'all'
  const now = health?.now ?? new Date().toISOString()
  const scheduled = [
    ...new Set(
      (health?.upcoming ?? []).concat(health?.overdue ?? []).map((e) => String(e.releaseId)),
    ),
  ]
  return (
    <nav
      data-testid="status-filters"
      data-ready={health ? 'true' : undefined}
      aria-label={lang === 'pl' ? 'Filtr statusu' : 'Status filter'}
      style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}
    >
      {filters.map((f) => {
        const where = f.where(now, scheduled)
        const href = `?status=${f.key}${where ? `&${where}` : ''}`
        return (
          <a
            key={f.key}
            href={href}
            data-status-filter={f.key}
            aria-current={current === f.key ? 'page' : undefined}
            className={`btn btn--size-small btn--no-margin btn--style-${current === f.key ? 'primary' : 'secondary'}`}
            style={{ margin: 0 }}
          >
            <span className="btn__content">
              <span className="btn__label">{f.label[lang]}</span>
            </span>
          </a>
        )
      })}
    </nav>
  )
}

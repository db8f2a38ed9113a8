'use client'

import { useSearchParams } from 'next/navigation'
import { useEffect, useState } from 'react'

import type {
  StatusFilterKey,
  StatusFilters as Filters,
} from '../../collections/PressReleases/endpoints/statusFilters'
import type { CustomKey } from '../../lib/translations'
import { fetchJson, useWords } from '../shared/i18n'

const labels: Record<StatusFilterKey, CustomKey> = {
  all: 'filterAll',
  draft: 'filterDraft',
  scheduled: 'filterScheduled',
  embargoed: 'filterEmbargoed',
  published: 'filterPublished',
}

/** Quick status filters above the releases list; the server builds each filter's query. */
export const StatusFilters = () => {
  const say = useWords()
  const current = useSearchParams()?.get('status') ?? 'all'
  const [filters, setFilters] = useState<Filters | null>(null)
  useEffect(() => {
    let live = true
    fetchJson<Filters>('/press-releases/status-filters')
      .then((f) => live && setFilters(f))
      .catch(() => live && setFilters(null))
    return () => {
      live = false
    }
  }, [])
  if (!filters) return null
  return (
    <nav
      data-testid="status-filters"
      data-ready="true"
      aria-label={say('filterLabel')}
      style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}
    >
      {filters.map((f) => (
        <a
          key={f.key}
          href={`?status=${f.key}${f.query ? `&${f.query}` : ''}`}
          data-status-filter={f.key}
          aria-current={current === f.key ? 'page' : undefined}
          className={`btn btn--size-small btn--no-margin btn--style-${current === f.key ? 'primary' : 'secondary'}`}
          style={{ margin: 0 }}
        >
          <span className="btn__content">
            <span className="btn__label">{say(labels[f.key])}</span>
          </span>
        </a>
      ))}
    </nav>
  )
}

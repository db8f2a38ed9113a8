import React from 'react'

import type { Locale } from '../../../lib/locales'
import type { RecordView } from '../../../record/view'

/** The release's record (metryka): who is responsible for it, who published it, and when. */
export const RecordBlock = ({ record, lang }: { record: RecordView; lang: Locale }) => (
  <section className="record" aria-labelledby="record-heading" lang={lang} data-testid="record">
    <h2 id="record-heading">{record.title}</h2>
    <dl>
      {record.rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.dateTime ? <time dateTime={row.dateTime}>{row.value}</time> : row.value}</dd>
        </div>
      ))}
    </dl>
  </section>
)

'use client'

import { apiUrl, useWords } from '../shared/i18n'

/**
 * Above the audit trail's list: download it as CSV for a range of days. A plain GET form, so the
 * browser saves the file the server names; the server checks the role and the dates.
 */
export const AuditCsv = () => {
  const say = useWords()
  return (
    <form
      method="get"
      action={apiUrl('/audit-events/csv')}
      data-testid="audit-csv"
      aria-label={say('auditCsvTitle')}
      style={{
        display: 'flex',
        gap: 12,
        alignItems: 'flex-end',
        flexWrap: 'wrap',
        marginBottom: 16,
      }}
    >
      <strong style={{ width: '100%' }}>{say('auditCsvTitle')}</strong>
      <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
        {say('auditCsvFrom')}
        <input type="date" name="from" />
      </label>
      <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
        {say('auditCsvTo')}
        <input type="date" name="to" />
      </label>
      <button type="submit" className="btn btn--size-small btn--style-secondary btn--no-margin">
        <span className="btn__content">
          <span className="btn__label">{say('auditCsvDownload')}</span>
        </span>
      </button>
      <small style={{ width: '100%', opacity: 0.8 }}>{say('auditCsvHint')}</small>
    </form>
  )
}

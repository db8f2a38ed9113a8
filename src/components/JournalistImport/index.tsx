'use client'

import { Button, Gutter } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

import type { ImportReport } from '../../distribution/importJournalists'

import { fetchJson, useWords } from '../shared/i18n'

/** Above the journalists list: a CSV file in, and a report of what went in and what did not. */
export const JournalistImport = () => {
  const say = useWords()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const confirmed = form.get('consent') === 'confirmed'
    form.delete('consent')
    setBusy(true)
    setError(null)
    setReport(null)
    try {
      const result = await fetchJson<ImportReport>(
        `/journalists/import${confirmed ? '?consent=confirmed' : ''}`,
        { method: 'POST', body: form },
      )
      setReport(result)
      router.refresh()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const problems = (title: string, rows: ImportReport['errors']) =>
    rows.length ? (
      <div>
        <strong>
          {title} ({rows.length})
        </strong>
        <ul style={{ margin: '4px 0 8px', paddingLeft: 20 }}>
          {rows.map((p) => (
            <li key={`${p.line}-${p.reason}`}>
              {say('journalistsImportLine', { line: p.line })}
              {p.email ? ` (${p.email})` : ''}: {p.reason}
            </li>
          ))}
        </ul>
      </div>
    ) : null

  return (
    <Gutter className="journalist-import">
      <div data-testid="journalist-import" style={{ marginTop: 16, marginBottom: 8 }}>
        {!open ? (
          <Button size="small" buttonStyle="secondary" margin={false} onClick={() => setOpen(true)}>
            {say('journalistsImport')}
          </Button>
        ) : (
          <form
            onSubmit={submit}
            style={{
              display: 'grid',
              gap: 10,
              padding: 12,
              border: '1px solid var(--theme-elevation-150)',
              borderRadius: 4,
            }}
          >
            <p style={{ margin: 0 }}>{say('journalistsImportHint')}</p>
            <input type="file" name="file" accept=".csv,text/csv" required aria-label="CSV" />
            <label style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
              <input type="checkbox" name="consent" value="confirmed" />
              <span>{say('journalistsImportConsent')}</span>
            </label>
            <div style={{ display: 'flex', gap: 10 }}>
              <Button type="submit" size="small" margin={false} disabled={busy}>
                {say('journalistsImportRun')}
              </Button>
              <Button
                size="small"
                buttonStyle="secondary"
                margin={false}
                onClick={() => setOpen(false)}
              >
                {say('cancel')}
              </Button>
            </div>
            {error ? (
              <div role="alert" style={{ color: 'var(--theme-error-500)' }}>
                {error}
              </div>
            ) : null}
            {report ? (
              <div role="status" data-testid="journalist-import-report">
                <p style={{ margin: '4px 0' }}>
                  {say('journalistsImported', {
                    imported: report.imported,
                    rows: report.rows,
                    consent: report.consent,
                  })}
                </p>
                {report.encoding === 'windows-1250' ? (
                  <p style={{ margin: '4px 0' }}>{say('journalistsImportEncoding')}</p>
                ) : null}
                {problems(say('journalistsImportErrors'), report.errors)}
                {problems(say('journalistsImportDuplicates'), report.duplicates)}
              </div>
            ) : null}
          </form>
        )}
      </div>
    </Gutter>
  )
}

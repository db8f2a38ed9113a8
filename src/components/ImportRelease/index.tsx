'use client'

import { Button, Gutter, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

import { defaultLocale, localeNames } from '../../lib/locales'
import { apiUrl, useAdminUrl, useWords } from '../shared/i18n'
import { StatusFilters } from '../StatusFilters'

/** Above the releases list: a .docx or .txt becomes a new draft, opened for editing. */
export const ImportRelease = () => {
  const say = useWords()
  const adminUrl = useAdminUrl()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const locale = String(form.get('locale') ?? defaultLocale)
    const headline = String(form.get('headline') ?? '').trim()
    form.delete('locale')
    form.delete('headline')
    const query = new URLSearchParams({ locale, ...(headline ? { headline } : {}) })
    setBusy(true)
    setError(null)
    try {
      const res = await fetch(apiUrl(`/press-releases/import?${query}`), {
        method: 'POST',
        body: form,
        credentials: 'include',
      })
      const body = await res.json().catch(() => ({}))
      if (!res.ok) throw new Error(body?.errors?.[0]?.message ?? `HTTP ${res.status}`)
      // The server says what it did: a provisional headline, where the date came from, quotes.
      toast.success(body.message ?? say('imported', { headline: body.headline }), {
        duration: 12_000,
      })
      router.push(adminUrl(`/collections/press-releases/${body.id}?locale=${locale}`))
    } catch (e) {
      setError((e as Error).message)
      setBusy(false)
    }
  }

  return (
    <Gutter className="import-release">
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          gap: 12,
          flexWrap: 'wrap',
          marginTop: 16,
          marginBottom: 8,
        }}
      >
        <StatusFilters />
        <div data-testid="import-release">
          {!open ? (
            <Button
              size="small"
              buttonStyle="secondary"
              margin={false}
              onClick={() => setOpen(true)}
            >
              {say('importFromFile')}
            </Button>
          ) : (
            <form
              onSubmit={submit}
              style={{
                display: 'flex',
                gap: 10,
                alignItems: 'center',
                flexWrap: 'wrap',
                padding: 12,
                border: '1px solid var(--theme-elevation-150)',
                borderRadius: 4,
              }}
            >
              <input type="file" name="file" accept=".docx,.txt" required aria-label="file" />
              <label>
                {say('importHeadline')}{' '}
                <input
                  type="text"
                  name="headline"
                  maxLength={200}
                  placeholder={say('importHeadlineHint')}
                  style={{ width: 'min(28rem, 80vw)' }}
                />
              </label>
              <label>
                {say('importFileLanguage')}{' '}
                <select name="locale" defaultValue={defaultLocale}>
                  {Object.entries(localeNames).map(([code, name]) => (
                    <option key={code} value={code}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
              <Button type="submit" size="small" margin={false} disabled={busy}>
                {say('importAsDraft')}
              </Button>
              <Button
                size="small"
                buttonStyle="secondary"
                margin={false}
                onClick={() => setOpen(false)}
              >
                {say('cancel')}
              </Button>
              {error ? (
                <div
                  role="alert"
                  data-testid="import-error"
                  style={{ flexBasis: '100%', color: 'var(--theme-error-500)' }}
                >
                  {error}
                </div>
              ) : null}
            </form>
          )}
        </div>
      </div>
    </Gutter>
  )
}

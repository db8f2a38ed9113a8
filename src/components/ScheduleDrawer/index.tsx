'use client'

import {
  Button,
  Drawer,
  ReactSelect,
  toast,
  useConfig,
  useDocumentInfo,
  useDocumentTitle,
  useModal,
  useServerFunctions,
  useTranslation,
} from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import { useCallback, useEffect, useState } from 'react'

import { formatMoment, momentExamples } from '../../lib/moments'
import { OfficeDateTimeInput } from '../OfficeDateTime/Input'
import { useWords } from '../shared/i18n'

/** The drawer's modal slug: not Payload's own, so Payload's drawer never opens beside it. */
export const scheduleDrawerSlug = (id: number | string | undefined) =>
  `pressroom-schedule-${id ?? 'new'}`

type Upcoming = {
  id: number | string
  waitUntil?: string | null
  input?: { type?: 'publish' | 'unpublish'; locale?: string }
}

const isMoment = (value: string | null) => Boolean(value && /^\d{4}-\d{2}-\d{2}T/.test(value))

/**
 * "Zaplanuj publikację": the time is typed or picked as the admin writes it, on the office's clock
 * (OfficeDateTimeInput), and sent to the `schedule-publish` server function
 * (src/jobs/scheduleFromDrawer.ts), whose refusal reaches the toast (src/components/ScheduleRefusals).
 * Publishing is the default; unpublishing is offered only for a published pack: a release is taken
 * down by its withdrawal.
 */
export const ScheduleDrawer = ({ timeZone }: { timeZone: string }) => {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { title } = useDocumentTitle()
  const { i18n, t } = useTranslation()
  const say = useWords()
  const { config } = useConfig()
  const { isModalOpen } = useModal()
  const { getUpcomingScheduledPublish, schedulePublish } = useServerFunctions()
  const slug = scheduleDrawerSlug(id)
  const open = isModalOpen(slug)
  // Radio ids as Payload's drawer named them, so a test or a habit finds the same choice.
  const field = `schedule-publish-${id}-type`
  const [type, setType] = useState<'publish' | 'unpublish'>('publish')
  const [date, setDate] = useState<string | null>(null)
  const [locale, setLocale] = useState('all')
  const [processing, setProcessing] = useState(false)
  const [upcoming, setUpcoming] = useState<Upcoming[] | null>(null)

  const fetchUpcoming = useCallback(async () => {
    const docs = (await getUpcomingScheduledPublish({ id, collectionSlug })) as Upcoming[]
    setUpcoming(docs ?? [])
  }, [getUpcomingScheduledPublish, id, collectionSlug])

  useEffect(() => {
    if (!open) return
    setType('publish')
    void fetchUpcoming().catch(() => setUpcoming([]))
  }, [open, fetchUpcoming])

  const save = async () => {
    if (!date) return toast.error(t('general:noDateSelected'))
    if (!isMoment(date)) {
      return toast.error(
        say('momentUnreadable', momentExamples(new Date(), i18n.dateFNS, timeZone)),
      )
    }
    setProcessing(true)
    try {
      await schedulePublish({
        type,
        date: new Date(date),
        doc: collectionSlug ? { relationTo: collectionSlug, value: String(id) } : undefined,
        localeToPublish: type === 'publish' && locale !== 'all' ? locale : undefined,
        timezone: timeZone,
      })
      setDate(null)
      toast.success(t('version:scheduledSuccessfully'))
      await fetchUpcoming()
    } catch (error) {
      toast.error((error as Error).message)
    }
    setProcessing(false)
  }

  const cancel = async (jobId: number | string) => {
    try {
      await schedulePublish({ deleteID: jobId })
      toast.success(t('general:deletedSuccessfully'))
      await fetchUpcoming()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  const locales = config.localization ? config.localization.locales : []
  const localeLabel = (code?: string) => {
    const found = locales.find((l) => l.code === code)
    return found ? getTranslation(found.label, i18n) : say('scheduleAllLanguages')
  }
  const languageOptions = [
    { label: say('scheduleAllLanguages'), value: 'all' },
    ...locales.map((l) => ({ label: getTranslation(l.label, i18n), value: l.code })),
  ]
  // A release leaves the public only by "Wycofaj…" with a reason (src/access/unpublishing.ts).
  const choices =
    hasPublishedDoc && collectionSlug !== 'press-releases'
      ? (['publish', 'unpublish'] as const)
      : (['publish'] as const)

  return (
    <Drawer
      slug={slug}
      className="schedule-publish"
      title={t('general:schedulePublishFor', { title })}
    >
      <div className="schedule-publish__scheduler" data-testid="office-schedule">
        <p className="field-label">{t('version:type')}</p>
        <ul className="schedule-publish__type">
          {choices.map((choice) => (
            <li key={choice}>
              {/* Payload's radio markup, so the choice looks like every other radio in the admin. */}
              <label htmlFor={`field-${field}-${choice}`}>
                <div className={`radio-input${type === choice ? ' radio-input--is-selected' : ''}`}>
                  <input
                    type="radio"
                    id={`field-${field}-${choice}`}
                    name={field}
                    checked={type === choice}
                    disabled={processing}
                    onChange={() => setType(choice)}
                  />
                  <span className="radio-input__styled-radio" />
                  <span className="radio-input__label">
                    {t(choice === 'publish' ? 'version:publish' : 'version:unpublish')}
                  </span>
                </div>
              </label>
            </li>
          ))}
        </ul>
        <br />
        <label className="field-label" htmlFor="schedule-time">
          {say('scheduleWhen')}
        </label>
        <OfficeDateTimeInput
          id="schedule-time"
          value={date}
          onChange={setDate}
          timeZone={timeZone}
          readOnly={processing}
          minDate={new Date()}
        />
        <br />
        {locales.length > 0 && type === 'publish' && (
          <>
            <label className="field-label" htmlFor="schedule-locale">
              {say('scheduleLanguage')}
            </label>
            <ReactSelect
              inputId="schedule-locale"
              isClearable={false}
              options={languageOptions}
              value={languageOptions.find((o) => o.value === locale)}
              onChange={(option) =>
                setLocale(String((option as { value?: string } | null)?.value ?? 'all'))
              }
            />
            <br />
          </>
        )}
        <div className="schedule-publish__actions">
          <Button buttonStyle="primary" disabled={processing} onClick={save} type="button">
            {t('general:save')}
          </Button>
          {processing && <span>{t('general:saving')}</span>}
        </div>
      </div>
      <div className="schedule-publish__upcoming" data-testid="office-schedule-upcoming">
        <h4>{say('scheduleUpcoming')}</h4>
        {upcoming?.length === 0 && <p>{say('nothingScheduled')}</p>}
        {upcoming && upcoming.length > 0 && (
          <table className="table">
            <thead>
              <tr>
                <th>{t('version:type')}</th>
                <th>{say('scheduleWhen')}</th>
                <th>{say('scheduleLanguage')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {upcoming.map((job) => (
                <tr key={job.id}>
                  <td>
                    {t(job.input?.type === 'unpublish' ? 'version:unpublish' : 'version:publish')}
                  </td>
                  <td>
                    {job.waitUntil
                      ? formatMoment(new Date(job.waitUntil), i18n.dateFNS, timeZone)
                      : ''}
                  </td>
                  <td>{localeLabel(job.input?.locale)}</td>
                  <td>
                    <Button
                      buttonStyle="secondary"
                      className="schedule-publish__delete"
                      size="small"
                      onClick={() => cancel(job.id)}
                    >
                      {t('general:delete')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Drawer>
  )
}

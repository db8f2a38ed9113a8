import { adminWords, type AdminWordKey } from '../lib/adminWords'

/**
 * Why a delivery was skipped or failed, as a code: the admin shows it in its own language, and the
 * `reason` field keeps the English sentence for API readers (and rows from before the codes).
 */
export const reasonCodes = [
  'no-language',
  'not-embargo-trusted',
  'link-revoked',
  'consent-pending',
  'unsubscribed',
  'journalist-deleted',
  'no-published-version',
  'message-failed',
  'retrying',
  'smtp-refused',
  'gave-up',
  'cancelled-after-freeze',
] as const
export type ReasonCode = (typeof reasonCodes)[number]

/** The admin's words for each code; `{{detail}}` and `{{attempts}}` are filled in. */
export const reasonWord: Record<ReasonCode, AdminWordKey> = {
  'no-language': 'distReasonNoLanguage',
  'not-embargo-trusted': 'distReasonNotEmbargoTrusted',
  'link-revoked': 'distReasonLinkRevoked',
  'consent-pending': 'distReasonConsentPending',
  unsubscribed: 'distReasonUnsubscribed',
  'journalist-deleted': 'distReasonJournalistDeleted',
  'no-published-version': 'distReasonNoPublishedVersion',
  'message-failed': 'distReasonMessageFailed',
  retrying: 'distReasonRetrying',
  'smtp-refused': 'distReasonSmtpRefused',
  'gave-up': 'distReasonGaveUp',
  'cancelled-after-freeze': 'distReasonCancelledAfterFreeze',
}

/** What the code leaves open: the journalist's languages, the mail server's words, attempts. */
export type ReasonVars = { detail?: string | null; attempts?: number | null }

export const isReasonCode = (value: unknown): value is ReasonCode =>
  reasonCodes.includes(value as ReasonCode)

/** The reason in one of the admin's languages. */
export const reasonText = (
  lang: keyof typeof adminWords,
  code: ReasonCode,
  vars: ReasonVars = {},
): string =>
  adminWords[lang][reasonWord[code]]
    .replace('{{detail}}', vars.detail ?? '')
    .replace('{{attempts}}', String(vars.attempts ?? ''))

/** The three fields a delivery stores for a reason. */
export type StoredReason = { reasonCode: ReasonCode; reasonDetail: string | null; reason: string }

export const storedReason = (code: ReasonCode, vars: ReasonVars = {}): StoredReason => ({
  reasonCode: code,
  reasonDetail: vars.detail ?? null,
  reason: reasonText('en', code, vars),
})

/** No reason: a delivery queued or sent. */
export const noReason = { reasonCode: null, reasonDetail: null, reason: null } as const

import { decidingOf, publicationEvent, summaryOf } from '../src/audit/changes'
import { auditCsv } from '../src/audit/csv'
import { auditRangeWhere, BadRangeBound } from '../src/audit/range'

const live = (doc: Record<string, unknown> | null) => decidingOf(doc)
const at = (h: number) => new Date(Date.UTC(2026, 11, 7, h)).toISOString()

describe('the one diff of a save (src/audit/changes.ts)', () => {
  const draft = { _status: 'draft', updatedAt: at(8) }
  const published = { _status: 'published', updatedAt: at(9) }
  const same = { before: null, after: null }

  it.each([
    ['a new document', 'create', null, draft],
    ['a deleted one', 'delete', published, null],
    ['draft → published', 'publish', draft, published],
    ['published → draft', 'unpublish', published, { ...draft, updatedAt: at(10) }],
    [
      'an embargo set on the live release',
      'embargo',
      published,
      { ...published, embargoUntil: at(12), updatedAt: at(10) },
    ],
    ['a live edit', 'change-published', published, { ...published, updatedAt: at(10) }],
  ])('%s is one "%s" entry', (_what, action, before, after) => {
    expect(publicationEvent({ before: live(before), after: live(after) }, same)?.action).toBe(
      action,
    )
  })

  it('leaves no entry for a draft saved over the live document (the live row is untouched)', () => {
    expect(publicationEvent({ before: live(published), after: live(published) }, same)).toBeNull()
  })

  it('says before → after of status and embargo', () => {
    const event = publicationEvent(
      { before: live(draft), after: live({ ...published, embargoUntil: at(12) }) },
      same,
    )
    expect(summaryOf(event?.changes)).toBe(`status: draft → published; embargoUntil: — → ${at(12)}`)
  })

  it('reads the review workflow paths when a document has them', () => {
    const submitted = { ...draft, review: { state: 'submitted' } }
    const latest = (a: Record<string, unknown>, b: Record<string, unknown>) => ({
      before: live(a),
      after: live(b),
    })
    const unchanged = { before: live(draft), after: live(draft) }
    expect(publicationEvent(unchanged, latest(draft, submitted))?.action).toBe('submit')
    expect(
      publicationEvent(unchanged, latest(submitted, { ...draft, review: { state: 'returned' } }))
        ?.action,
    ).toBe('return')
    const forced = { ...published, forcedPublication: { reason: 'Pilne: awaria wodociągu' } }
    const event = publicationEvent(
      { before: live(draft), after: live(forced) },
      latest(draft, forced),
    )
    expect([event?.action, event?.reason]).toEqual(['force-publish', 'Pilne: awaria wodociągu'])
    const approved = {
      ...forced,
      forcedPublication: { ...forced.forcedPublication, approvedBy: 7 },
    }
    expect(
      publicationEvent({ before: live(forced), after: live(forced) }, latest(forced, approved))
        ?.action,
    ).toBe('approve-forced')
  })
})

describe('the CSV (src/audit/csv.ts)', () => {
  const row = (values: Record<string, string>) => ({ at: at(9), action: 'publish', ...values })

  it.each(['=HYPERLINK("http://zly.test")', '+48 12', '-1+1', '@SUM(A1)', '\tx', '\rx'])(
    'neutralises a cell starting like a formula: %j',
    (value) => {
      const csv = auditCsv([row({ actorName: value, reason: value })])
      const [, line] = csv.replace(/^\uFEFF/, '').split('\r\n')
      expect(line).toContain(`'${value.replace(/"/g, '""')}`)
      expect(line).not.toMatch(new RegExp(`(^|,)"?[=+\\-@\\t\\r]`))
    },
  )

  it('keeps Polish letters, quotes and commas, with a header and a BOM for spreadsheets', () => {
    const csv = auditCsv([row({ actorName: 'Łucja Żak', docTitle: 'Rondo, „nowe” "x"' })])
    expect(csv.startsWith('\uFEFFat,day,action,')).toBe(true)
    expect(csv).toContain('Łucja Żak')
    expect(csv).toContain('"Rondo, „nowe” ""x"""')
  })
})

describe('the CSV range (src/audit/range.ts)', () => {
  it('reads days and moments', () => {
    expect(auditRangeWhere('2026-12-01', '2026-12-07')).toEqual({
      and: [
        { day: { greater_than_equal: '2026-12-01' } },
        { day: { less_than_equal: '2026-12-07' } },
      ],
    })
    expect(auditRangeWhere('2026-12-07T08:00:00Z', '')).toEqual({
      and: [{ at: { greater_than_equal: '2026-12-07T08:00:00.000Z' } }],
    })
    expect(auditRangeWhere(null, undefined)).toEqual({})
  })

  it.each([
    ['from', 'wczoraj', null],
    ['to', null, '2026-02-30'],
    ['from', '7 gru 2026', null],
  ])('names the field %s that cannot be read', (field, from, to) => {
    expect(() => auditRangeWhere(from, to)).toThrow(BadRangeBound)
    try {
      auditRangeWhere(from, to)
    } catch (error) {
      expect((error as BadRangeBound).field).toBe(field)
    }
  })
})

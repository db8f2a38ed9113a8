import { BrowserPool } from '../src/generator/browser'
import { browserCandidates } from '../src/generator/findBrowser'
import { printHtml } from '../src/generator/pdf'
import { printStylesheets } from '../src/generator/assets'
import { pdfPages } from './helpers/pdf'

// A 2×2 red PNG: every document with a photo waits for its images to decode before printing.
const png =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg=='

const documentWith = (n: number) =>
  `<!doctype html><html lang="pl"><head>${printStylesheets()
    .map((href) => `<link rel="stylesheet" href="${href}">`)
    .join(
      '',
    )}</head><body><p>Komunikat numer ${n}</p><img src="${png}" alt="zdjęcie"></body></html>`

const system = async () => {
  const saved = process.env.PUPPETEER_EXECUTABLE_PATH
  delete process.env.PUPPETEER_EXECUTABLE_PATH
  try {
    return (await browserCandidates('system'))[0] ?? null
  } finally {
    if (saved !== undefined) process.env.PUPPETEER_EXECUTABLE_PATH = saved
  }
}

// A full Chrome/Chromium (Debian's `chromium`): the browser a machine may have instead of the
// packaged headless shell. CI installs it; elsewhere the suite says it skipped.
const found = await system()

;(found ? describe : describe.skip)(
  found ? 'a full system Chromium' : 'skipped: no system Chromium (apt-get install chromium)',
  () => {
    it('prints documents with images on every pooled page at once, none waiting for the timeout', async () => {
      const pool = new BrowserPool({ size: 4, timeoutMs: 15_000 })
      const saved = process.env.PRESSROOM_BROWSER
      process.env.PRESSROOM_BROWSER = 'system'
      try {
        for (let round = 0; round < 3; round++) {
          const texts = await Promise.all(
            [1, 2, 3, 4].map(async (i) =>
              (await pdfPages(await printHtml(pool, documentWith(round * 4 + i)))).join(' '),
            ),
          )
          texts.forEach((text, i) => expect(text).toContain(`Komunikat numer ${round * 4 + i + 1}`))
        }
        expect(pool.found?.kind).toBe('full')
        expect(pool.launches).toBe(1)
      } finally {
        if (saved === undefined) delete process.env.PRESSROOM_BROWSER
        else process.env.PRESSROOM_BROWSER = saved
        await pool.close()
      }
    }, 120_000)
  },
)

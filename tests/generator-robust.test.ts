import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { bootPayload, type TestPayload } from './helpers/payload'
import { BrowserPool, RenderTimeout } from '../src/generator/browser'
import { exportRelease } from '../src/generator/release'
import { printHtml } from '../src/generator/pdf'
import { printStylesheets } from '../src/generator/assets'
import { doc, link, paragraph } from './helpers/lexical'
import { sanitize } from '../src/generator/sanitizeBody'
import { setupOffice, makeRelease } from './helpers/content'
import { pdfPages } from './helpers/pdf'

/** A process's state letter from /proc (T: stopped, Z: exited, not yet reaped), or 'gone'. */
const processState = (pid: number): string => {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0]
  } catch {
    return 'gone'
  }
}

let t: TestPayload
let server: http.Server
let hits: string[] = []
let base: string

beforeAll(async () => {
  t = await bootPayload('generator-robust')
  await setupOffice(t.payload)
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '')
    res.end('gotcha')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
  await t?.destroy()
})

describe('hostile content', () => {
  let pool: BrowserPool
  beforeAll(() => {
    pool = new BrowserPool({ size: 2 })
  })
  afterAll(() => pool.close())

  it('the loopback listener counts requests (control)', async () => {
    await fetch(`${base}/control`)
    expect(hits).toEqual(['/control'])
    hits = []
  })

  it('renders a hostile release inert, with its text visible, and makes no request', async () => {
    const release = await makeRelease(t.payload, {
      headline: '<script>alert(1)</script> {{constructor.constructor("return process")()}}',
      lead: `<img src="${base}/lead.png"> {{#each this}}x{{/each}}`,
      body: doc(
        paragraph(`<script>fetch('${base}/script')</script>Tekst akapitu zostaje.`),
        paragraph(link('javascript:alert(document.cookie)', 'kliknij tutaj')),
        paragraph(link('file:///etc/passwd', 'plik')),
      ) as never,
    })
    const files = await exportRelease(t.payload, release.id, ['pdf', 'html', 'txt'], {
      locale: 'pl',
      overrideAccess: true,
      pool,
    })
    const [pdf, html, txt] = files
    const text = (await pdfPages(pdf.data as Uint8Array)).join('\n')
    expect(text).toContain('<script>alert(1)</script>')
    expect(text).toContain('{{constructor.constructor(')
    expect(text).toContain('Tekst akapitu zostaje.')
    expect(text).toContain('kliknij tutaj')
    const markup = html.data as string
    expect(markup).not.toMatch(/<script/i)
    expect(markup).not.toMatch(/javascript:/i)
    expect(markup).not.toMatch(/file:\/\/\/etc/)
    expect(markup).not.toContain(`src="${base}`)
    expect(txt.data).toContain('<script>alert(1)</script>')
    expect(hits).toEqual([])
  })

  it('keeps no image, script, frame or unsafe link through the body allow-list', () => {
    const html = sanitize(
      `<p>ok</p><img src="file:///etc/passwd"><img src="http://169.254.169.254/x"><script>x()</script>` +
        `<iframe src="${base}"></iframe><a href="javascript:alert(1)">a</a><a href="data:text/html,x">b</a>` +
        `<p onclick="x()" style="background:url(${base})">c</p><a href="https://krakow.example">d</a>`,
    )
    expect(html).toBe('<p>ok</p><a>a</a><a>b</a><p>c</p><a href="https://krakow.example">d</a>')
  })

  it('refuses every request but our own files, even for HTML that got past the sanitiser', async () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="${base}/style.css">
      <meta http-equiv="refresh" content="0;url=${base}/refresh">
      </head><body>
      <p>Widoczny tekst</p>
      <img src="${base}/direct.png"><img src="file:///etc/passwd">
      <img src="http://169.254.169.254/latest/meta-data/">
      <iframe src="${base}/frame"></iframe>
      <script>fetch('${base}/js')</script>
      <object data="${base}/object"></object>
      </body></html>`
    const pdf = await printHtml(pool, html)
    expect((await pdfPages(pdf)).join('\n')).toContain('Widoczny tekst')
    expect(hits).toEqual([])
    expect(pool.refused).toEqual(
      expect.arrayContaining([
        `${base}/style.css`,
        `${base}/direct.png`,
        'file:///etc/passwd',
        'http://169.254.169.254/latest/meta-data/',
      ]),
    )
  })
})

describe('a document swapped into a warm page', () => {
  it('refuses every request but our own files there too', async () => {
    const pool = new BrowserPool({ size: 1 })
    try {
      const head = printStylesheets()
        .map((href) => `<link rel="stylesheet" href="${href}">`)
        .join('')
      await printHtml(
        pool,
        `<!doctype html><html><head>${head}</head><body><p>Pierwszy</p></body></html>`,
      )
      // Marked on a node a swap keeps and a whole new document replaces: the next one is swapped in.
      await pool.run((page) =>
        page.evaluate(() => document.head.querySelector('link')?.setAttribute('data-warm', '1')),
      )
      hits = []
      const before = pool.refused.length
      const pdf = await printHtml(
        pool,
        `<!doctype html><html><head>${head}<meta http-equiv="refresh" content="0;url=${base}/refresh"></head><body>
        <p>Drugi widoczny</p><img src="${base}/direct.png"><img src="file:///etc/passwd">
        <img src="http://169.254.169.254/latest/meta-data/"><iframe src="${base}/frame"></iframe>
        <object data="${base}/object"></object></body></html>`,
      )
      expect(
        await pool.run((page) =>
          page.evaluate(() => Boolean(document.querySelector('link[data-warm]'))),
        ),
      ).toBe(true)
      const text = (await pdfPages(pdf)).join('\n')
      expect(text).toContain('Drugi widoczny')
      expect(text).not.toContain('Pierwszy')
      expect(hits).toEqual([])
      expect(pool.refused.slice(before)).toEqual(
        expect.arrayContaining([
          `${base}/direct.png`,
          'file:///etc/passwd',
          'http://169.254.169.254/latest/meta-data/',
        ]),
      )
    } finally {
      await pool.close()
    }
  })
})

describe('a crashed or hung browser', () => {
  it('still yields 50 PDFs when Chromium is killed in the middle of a batch', async () => {
    const pool = new BrowserPool({ size: 4 })
    try {
      const releases = []
      for (let i = 1; i <= 50; i++)
        releases.push(await makeRelease(t.payload, { headline: `Komunikat numer ${i}` }))
      let done = 0
      let killed = false
      const pdfs = await Promise.all(
        releases.map(async (release) => {
          const [file] = await exportRelease(t.payload, release.id, ['pdf'], {
            locale: 'pl',
            overrideAccess: true,
            pool,
          })
          if (++done === 10 && !killed) {
            killed = true
            process.kill(pool.pid() as number, 'SIGKILL')
          }
          return file
        }),
      )
      expect(killed).toBe(true)
      expect(pool.launches).toBeGreaterThanOrEqual(2)
      expect(pdfs).toHaveLength(50)
      const texts = await Promise.all(
        pdfs.map(async (f) => (await pdfPages(f.data as Uint8Array)).join('\n')),
      )
      texts.forEach((text, i) => expect(text).toContain(`Komunikat numer ${i + 1}`))
    } finally {
      await pool.close()
    }
  })

  it('relaunches a hung browser after the per-document timeout and retries the document once', async () => {
    // Ten times what a one-page document takes on a busy 2-core machine, so only the stopped
    // browser times out; the test waits it out once.
    const pool = new BrowserPool({ size: 1, timeoutMs: 10_000 })
    try {
      const release = await makeRelease(t.payload, {
        headline: 'Komunikat po zawieszeniu',
        lead: 'Od poniedziałku tramwaje wracają na Aleje Trzech Wieszczów.',
      })
      await exportRelease(t.payload, release.id, ['pdf'], {
        locale: 'pl',
        overrideAccess: true,
        pool,
      })
      const hung = pool.pid() as number
      process.kill(hung, 'SIGSTOP')
      const [file] = await exportRelease(t.payload, release.id, ['pdf'], {
        locale: 'pl',
        overrideAccess: true,
        pool,
      })
      const pages = await pdfPages(file.data as Uint8Array)
      expect(pages.join('\n')).toContain('Komunikat po zawieszeniu')
      expect(pages.join('\n')).toContain('tramwaje wracają na Aleje Trzech Wieszczów')
      // The stopped Chromium was killed, not left behind, and a new one printed the retry.
      expect(processState(hung)).not.toBe('T')
      expect(pool.pid()).not.toBe(hung)
      // One launch before the hang and one after it; a third only if the machine was so slow that
      // the first document timed out as well. The retry is once, so never more.
      expect(pool.launches).toBeGreaterThanOrEqual(2)
      expect(pool.launches).toBeLessThanOrEqual(3)
    } finally {
      await pool.close()
    }
  })

  it('retries a document that hangs only once, then fails with the timeout', async () => {
    // The job never settles, so the timeout is certain however loaded the machine is.
    const pool = new BrowserPool({ size: 1, timeoutMs: 1000 })
    try {
      let attempts = 0
      const hangs = () => {
        attempts++
        return new Promise<never>(() => {})
      }
      await expect(pool.run(hangs)).rejects.toBeInstanceOf(RenderTimeout)
      expect(attempts).toBe(2)
      expect(pool.launches).toBe(2)
    } finally {
      await pool.close()
    }
  })
})

import type { Page } from 'puppeteer'

import fs from 'node:fs'

import { BrowserPool } from '../src/generator/browser'
import { browserCandidates, findBrowser } from '../src/generator/findBrowser'
import { UserError } from '../src/lib/errors'

const withEnv = async <T>(
  vars: Record<string, string | undefined>,
  run: () => Promise<T>,
): Promise<T> => {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  try {
    return await run()
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}

describe('which browser prints', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH before anything else', async () => {
    const found = await withEnv({ PUPPETEER_EXECUTABLE_PATH: process.execPath }, () =>
      findBrowser(),
    )
    expect(found).toMatchObject({
      executablePath: process.execPath,
      source: 'PUPPETEER_EXECUTABLE_PATH',
    })
  })

  it('says how to get a browser when PUPPETEER_EXECUTABLE_PATH names no file', async () => {
    await expect(
      withEnv({ PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' }, () => findBrowser()),
    ).rejects.toThrow(
      /PUPPETEER_EXECUTABLE_PATH is \/nonexistent\/chrome.*apt-get install chromium/,
    )
  })

  it('lists every headless shell before any full browser', async () => {
    const found = await withEnv({ PUPPETEER_EXECUTABLE_PATH: undefined }, () => browserCandidates())
    expect(found.length).toBeGreaterThan(0)
    const kinds = found.map((b) => b.kind)
    const firstFull = kinds.indexOf('full')
    if (firstFull >= 0) expect(kinds.slice(firstFull)).not.toContain('shell')
    for (const b of found) expect(fs.statSync(b.executablePath).isFile()).toBe(true)
  })

  it('narrows to the system or the packaged browser when asked', async () => {
    const system = await withEnv({ PUPPETEER_EXECUTABLE_PATH: undefined }, () =>
      browserCandidates('system'),
    )
    const packaged = await withEnv({ PUPPETEER_EXECUTABLE_PATH: undefined }, () =>
      browserCandidates('packaged'),
    )
    expect(system.every((b) => b.source === 'system')).toBe(true)
    expect(packaged.every((b) => b.source === '@sparticuz/chromium')).toBe(true)
    await expect(
      withEnv({ PRESSROOM_BROWSER: 'firefox', PUPPETEER_EXECUTABLE_PATH: undefined }, () =>
        findBrowser(),
      ),
    ).rejects.toThrow(/PRESSROOM_BROWSER is "firefox": use auto, system or packaged/)
  })

  it('answers with how to get a browser when the one found does not start', async () => {
    const pool = new BrowserPool({ size: 1, timeoutMs: 10_000 })
    try {
      const run = withEnv({ PUPPETEER_EXECUTABLE_PATH: '/bin/false' }, () =>
        pool.run(async () => 'printed'),
      )
      await expect(run).rejects.toThrow(UserError)
      await expect(run).rejects.toThrow(/No Chromium found for PDFs.*Tried: \/bin\/false/)
    } finally {
      await pool.close()
    }
  })
})

describe('the page pool after a burst', () => {
  it('closes idle pages beyond its minimum once they have waited idleMs, and still prints', async () => {
    const pool = new BrowserPool({ size: 4, minPages: 1, idleMs: 60_000 })
    try {
      const before = await pool.run(async (page: Page) => (await page.browser().pages()).length)
      let started = 0
      let release: () => void = () => {}
      const allStarted = new Promise<void>((resolve) => (release = resolve))
      await Promise.all(
        Array.from({ length: 4 }, () =>
          pool.run(async (page: Page) => {
            if (++started === 4) release()
            await allStarted
            await page.setContent('<p>burst</p>')
          }),
        ),
      )
      expect(await pool.openPages()).toBe(before + 3)
      const now = Date.now()
      expect(await pool.trimIdle(now)).toBe(0)
      expect(await pool.trimIdle(now + 60_001)).toBe(3)
      expect(await pool.openPages()).toBe(before)
      const text = await pool.run(async (page: Page) => {
        await page.setContent('<p>after the burst</p>')
        return page.$eval('p', (p) => p.textContent)
      })
      expect(text).toBe('after the burst')
    } finally {
      await pool.close()
    }
  })
})

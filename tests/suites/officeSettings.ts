import type { Payload } from 'payload'

import type { PressContact, PressRelease } from '../../src/payload-types'

import { webAssets } from '../../src/generator/assets'
import { loadOffice } from '../../src/generator/loadRelease'
import { loadForExport, viewFor } from '../../src/generator/release'
import { releaseText } from '../../src/generator/text'
import { makeRelease, setupOffice } from '../helpers/content'

/**
 * The office settings a document prints are kept between documents, yet an edit of the settings
 * or of the contact they name is in the next document, on the instance that saved it and on any
 * other on the same database (on SQLite both are the one instance).
 */
export const officeSettingsSuite = (pair: { first: Payload; second: Payload }) => {
  let contact: PressContact
  let release: PressRelease

  /** The release as a journalist's TXT document, printed by `payload`'s instance. */
  const printed = async (payload: Payload, locale: 'pl' | 'en' = 'pl') =>
    releaseText(viewFor(await loadForExport(payload, release.id, { locale }), webAssets()))

  beforeAll(async () => {
    await setupOffice(pair.first)
    release = await makeRelease(pair.first, { headline: 'Nowe ławki na Plantach' })
    await pair.first.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'en',
      data: { headline: 'New benches on the Planty' },
      overrideAccess: true,
    })
    contact = await pair.first.create({
      collection: 'press-contacts',
      data: {
        name: 'Marta Zielińska',
        email: 'm.zielinska@krakow.example',
        phone: '+48 12 555 01 10',
      },
      overrideAccess: true,
    })
    await pair.first.updateGlobal({
      slug: 'press-office',
      data: { defaultContact: contact.id },
      overrideAccess: true,
    })
  })

  const rename = (payload: Payload, officeName: string, locale: 'pl' | 'en' = 'pl') =>
    payload.updateGlobal({
      slug: 'press-office',
      locale,
      data: { officeName },
      overrideAccess: true,
    })

  it('keeps the settings between documents while nothing is saved', async () => {
    const first = await loadOffice(pair.second, 'pl')
    expect(await loadOffice(pair.second, 'pl')).toBe(first)
  })

  it('prints a renamed office in the next document, on either instance', async () => {
    await printed(pair.second)
    await rename(pair.first, 'Biuro Prasowe Prezydenta Miasta Krakowa')
    expect(await printed(pair.second)).toContain('Biuro Prasowe Prezydenta Miasta Krakowa')
    expect(await printed(pair.first)).toContain('Biuro Prasowe Prezydenta Miasta Krakowa')
  })

  it('keeps each language apart', async () => {
    await rename(pair.first, 'Biuro Prasowe Urzędu Miasta Krakowa')
    await rename(pair.first, 'Press Office of the City of Kraków', 'en')
    const [pl, en] = await Promise.all([printed(pair.second, 'pl'), printed(pair.second, 'en')])
    expect(pl).toContain('Biuro Prasowe Urzędu Miasta Krakowa')
    expect(pl).not.toContain('Press Office of the City of Kraków')
    expect(en).toContain('Press Office of the City of Kraków')
  })

  it('prints the default contact’s new number in the next document', async () => {
    expect(await printed(pair.second)).toContain('+48 12 555 01 10')
    await pair.first.update({
      collection: 'press-contacts',
      id: contact.id,
      data: { phone: '+48 12 555 01 99' },
      overrideAccess: true,
    })
    const text = await printed(pair.second)
    expect(text).toContain('+48 12 555 01 99')
    expect(text).not.toContain('+48 12 555 01 10')
  })
}

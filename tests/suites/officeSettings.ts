import type { Payload } from 'payload'

import type { PressContact } from '../../src/payload-types'

import { loadOffice } from '../../src/generator/loadRelease'
import { setupOffice } from '../helpers/content'

/**
 * The office settings a document prints are kept between documents, yet an edit of the settings
 * or of the contact they name is in the next document, on the instance that saved it and on any
 * other on the same database (on SQLite both are the one instance).
 */
export const officeSettingsSuite = (pair: { first: Payload; second: Payload }) => {
  let contact: PressContact

  beforeAll(async () => {
    await setupOffice(pair.first)
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
    await loadOffice(pair.second, 'pl')
    await rename(pair.first, 'Biuro Prasowe Prezydenta Miasta Krakowa')
    expect((await loadOffice(pair.second, 'pl')).officeName).toBe(
      'Biuro Prasowe Prezydenta Miasta Krakowa',
    )
    expect((await loadOffice(pair.first, 'pl')).officeName).toBe(
      'Biuro Prasowe Prezydenta Miasta Krakowa',
    )
  })

  it('keeps each language apart', async () => {
    await rename(pair.first, 'Press Office of the City of Kraków', 'en')
    const [pl, en] = await Promise.all([
      loadOffice(pair.second, 'pl'),
      loadOffice(pair.second, 'en'),
    ])
    expect([pl.officeName, en.officeName]).toEqual([
      'Biuro Prasowe Prezydenta Miasta Krakowa',
      'Press Office of the City of Kraków',
    ])
  })

  it('prints the default contact’s new number in the next document', async () => {
    await loadOffice(pair.second, 'pl')
    await pair.first.update({
      collection: 'press-contacts',
      id: contact.id,
      data: { phone: '+48 12 555 01 99' },
      overrideAccess: true,
    })
    const office = await loadOffice(pair.second, 'pl')
    expect((office.defaultContact as PressContact).phone).toBe('+48 12 555 01 99')
  })
}

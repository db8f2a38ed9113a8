import type { SamplePerson } from './types'

// Fictional office holders: any likeness to real people is unintended.
export const people: SamplePerson[] = [
  {
    key: 'mayor',
    name: { pl: 'Anna Sokolnicka', en: 'Anna Sokolnicka', uk: 'Анна Сокольницька' },
    organisation: 'Urząd Miasta Krakowa',
    role: {
      pl: 'Prezydent Miasta Krakowa',
      en: 'Mayor of Kraków',
      uk: 'Президентка міста Кракова',
    },
  },
  {
    key: 'deputyMayor',
    name: { pl: 'Michał Dębiec', en: 'Michał Dębiec', uk: 'Міхал Дембєц' },
    organisation: 'Urząd Miasta Krakowa',
    role: {
      pl: 'Zastępca Prezydenta Miasta Krakowa ds. rozwoju miasta',
      en: 'Deputy Mayor of Kraków for City Development',
      uk: 'Заступник президента міста Кракова з питань розвитку міста',
    },
  },
]

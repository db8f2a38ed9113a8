import type { SamplePerson } from './types'

// Fictional office holders: any likeness to real people is unintended.
export const people: SamplePerson[] = [
  {
    key: 'mayor',
    name: 'Anna Sokolnicka',
    organisation: 'Urząd Miasta Krakowa',
    role: {
      pl: 'Prezydent Miasta Krakowa',
      en: 'Mayor of Kraków',
      uk: 'Президентка міста Кракова',
    },
  },
  {
    key: 'deputyMayor',
    name: 'Michał Dębiec',
    organisation: 'Urząd Miasta Krakowa',
    role: {
      pl: 'Zastępca Prezydenta Miasta Krakowa ds. rozwoju miasta',
      en: 'Deputy Mayor of Kraków for City Development',
      uk: 'Заступник президента міста Кракова з питань розвитку міста',
    },
  },
]

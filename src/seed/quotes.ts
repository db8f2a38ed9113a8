import type { SampleQuote } from './types'

export const quotes: SampleQuote[] = [
  {
    key: 'budgetVote',
    speaker: 'mayor',
    status: 'approved',
    saidDaysAgo: 2,
    source: 'konferencja prasowa w Urzędzie Miasta',
    context: {
      pl: 'Otwarcie głosowania w budżecie obywatelskim',
      en: 'Opening of the citizens’ budget vote',
      uk: 'Початок голосування за громадський бюджет',
    },
    text: {
      pl: 'Budżet obywatelski to najprostszy sposób, by zmienić swoją ulicę, podwórko czy park. Zachęcam wszystkich, także najmłodszych mieszkańców, do oddania głosu – każdy projekt, który wygra, zrealizujemy w ciągu roku.',
      en: 'The citizens’ budget is the simplest way to change your street, your courtyard or your park. I encourage everyone, our youngest residents included, to vote: every winning project will be delivered within a year.',
      uk: 'Громадський бюджет – це найпростіший спосіб змінити свою вулицю, подвір’я чи парк. Закликаю всіх, зокрема наймолодших мешканців, проголосувати: кожен проєкт-переможець ми реалізуємо протягом року.',
    },
  },
  {
    key: 'tramLine',
    speaker: 'deputyMayor',
    status: 'approved',
    saidDaysAgo: 1,
    source: 'odbiór techniczny trasy tramwajowej',
    context: {
      pl: 'Zakończenie budowy trasy tramwajowej do Mistrzejowic',
      en: 'Completion of the tram line to Mistrzejowice',
    },
    text: {
      pl: 'Po dwóch latach budowy mieszkańcy Mistrzejowic dostają to, na co czekali od dekad: szybki tramwaj do centrum. Dziękuję za cierpliwość wszystkim, którzy przez ten czas jeździli objazdami.',
      en: 'After two years of construction, Mistrzejowice gets what its residents have waited decades for: a fast tram to the city centre. Thank you for your patience to everyone who has been taking detours all this time.',
    },
  },
  {
    key: 'airReport',
    speaker: 'mayor',
    status: 'approved',
    saidDaysAgo: 1,
    source: 'posiedzenie Zespołu ds. Jakości Powietrza',
    context: { pl: 'Raport o jakości powietrza po sezonie grzewczym' },
    text: {
      pl: 'Te liczby to zasługa mieszkańców, którzy wymienili piece, i wszystkich, którzy wybierają tramwaj zamiast samochodu. Nie spoczniemy jednak, dopóki każdy dzień w roku nie będzie dniem czystego powietrza.',
    },
  },
  {
    key: 'airHeating',
    speaker: 'deputyMayor',
    status: 'approved',
    saidDaysAgo: 1,
    source: 'posiedzenie Zespołu ds. Jakości Powietrza',
    context: { pl: 'Program dopłat do podłączenia do sieci ciepłowniczej' },
    text: {
      pl: 'Od stycznia podwajamy dopłaty do podłączenia kamienic do miejskiej sieci ciepłowniczej. Chcemy, żeby ostatnie kopciuchy zniknęły ze śródmieścia jeszcze przed kolejną zimą.',
    },
  },
  {
    key: 'treesProgramme',
    speaker: 'mayor',
    status: 'approved',
    saidDaysAgo: 6,
    source: 'sesja Rady Miasta Krakowa',
    context: {
      pl: 'Przyjęcie programu „Zielony Kraków 2030”',
      en: 'Adoption of the Green Kraków 2030 programme',
    },
    text: {
      pl: 'Drzewo posadzone dziś da cień naszym dzieciom i wnukom. Dlatego nie sadzimy „na pokaz”: każde drzewo ma swojego opiekuna, podlewanie przez trzy lata i miejsce, w którym naprawdę ma szansę urosnąć.',
      en: 'A tree planted today will give shade to our children and grandchildren. That is why we do not plant for show: every tree has a carer, three years of watering and a spot where it really has a chance to grow.',
    },
  },
  {
    key: 'treesHeat',
    speaker: 'mayor',
    status: 'approved',
    saidDaysAgo: 6,
    source: 'sesja Rady Miasta Krakowa',
    context: {
      pl: 'Zieleń jako ochrona przed upałem',
      en: 'Greenery as protection from heat',
    },
    text: {
      pl: 'Ostatnie lata pokazały, że upał jest dla miasta takim samym zagrożeniem jak smog. Szpaler drzew obniża temperaturę chodnika nawet o kilkanaście stopni – to najtańszy klimatyzator, jaki znamy.',
      en: 'Recent summers have shown that heat is as much a threat to the city as smog. A row of trees can cool a pavement by more than ten degrees: it is the cheapest air conditioner we know of.',
    },
  },
  {
    key: 'treesStreets',
    speaker: 'deputyMayor',
    status: 'approved',
    saidDaysAgo: 6,
    source: 'sesja Rady Miasta Krakowa',
    context: {
      pl: 'Drzewa przy remontowanych ulicach',
      en: 'Trees along streets under renovation',
    },
    text: {
      pl: 'Od przyszłego roku żaden projekt przebudowy ulicy nie zostanie zatwierdzony bez planu nasadzeń. Drzewa będą sadzone w nowoczesnych systemach, które chronią korzenie przed zagęszczeniem gleby i solą.',
      en: 'From next year, no street reconstruction project will be approved without a planting plan. Trees will go into modern root systems that protect them from compacted soil and road salt.',
    },
  },
  {
    key: 'cultureNearby',
    speaker: 'mayor',
    status: 'pending',
    saidDaysAgo: 0,
    source: 'wywiad radiowy (autoryzacja w toku)',
    context: { pl: 'Program „Kultura bliżej domu”' },
    text: {
      pl: 'Kultura nie może kończyć się na Rynku. Chcemy, żeby koncert, spektakl czy warsztaty były w zasięgu krótkiego spaceru z każdego osiedla.',
    },
  },
]

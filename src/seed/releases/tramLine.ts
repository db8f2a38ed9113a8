import type { SampleRelease } from '../types'

export const tramLine: SampleRelease = {
  state: { kind: 'scheduled', inDays: 2, hour: 9 },
  topics: ['transport', 'tramwaj', 'inwestycje'],
  quotes: ['tramLine'],
  boilerplates: ['city'],
  text: {
    pl: {
      headline: 'Tramwaj dojedzie do Mistrzejowic. Pierwsze kursy w poniedziałek',
      subheadline: 'Nowa trasa skraca podróż do centrum o kwadrans',
      lead: 'Po dwóch latach budowy nowa trasa tramwajowa łączy Mistrzejowice z siecią tramwajową miasta. Pierwsze tramwaje z pasażerami wyjadą na tory w poniedziałek o 4.30, a dojazd z osiedla do Ronda Mogilskiego zajmie 14 minut.',
      bodyHtml: `
<p>Trasa ma 3,2 km długości i pięć nowych przystanków. Wzdłuż torowiska powstały drogi rowerowe, chodniki i ponad 300 nowych drzew. Przystanki mają wiaty z zielonymi dachami i tablice z informacją o odjazdach w czasie rzeczywistym.</p>
<h2>Zmiany w komunikacji od poniedziałku</h2>
<ul>
<li>linia 14 zostaje wydłużona do nowej pętli Mistrzejowice,</li>
<li>nowa linia 27 połączy Mistrzejowice z Dworcem Głównym,</li>
<li>autobusy linii 138 i 159 skracają trasę do pętli przy nowym węźle przesiadkowym.</li>
</ul>
<p>Szczegółowe rozkłady jazdy są dostępne na stronie <a href="https://komunikacja.krakow.example/mistrzejowice">komunikacja.krakow.example</a> oraz w punktach sprzedaży biletów.</p>
<p>W pierwszym tygodniu na przystankach dyżurować będą pracownicy przewoźnika, którzy pomogą pasażerom odnaleźć się w nowym układzie linii.</p>`,
    },
    en: {
      headline: 'Trams reach Mistrzejowice: first services on Monday',
      subheadline: 'The new line cuts the trip to the city centre by a quarter of an hour',
      lead: 'After two years of construction, a new tram line links Mistrzejowice to the city network. The first passenger trams run on Monday at 4:30 a.m., and the ride from the estate to Rondo Mogilskie takes 14 minutes.',
      bodyHtml: `
<p>The line is 3.2 km long with five new stops. Cycle paths, pavements and more than 300 new trees have been built alongside the tracks.</p>
<h2>Service changes from Monday</h2>
<ul>
<li>line 14 is extended to the new Mistrzejowice terminus,</li>
<li>new line 27 links Mistrzejowice with the main railway station,</li>
<li>bus lines 138 and 159 are cut back to the new interchange.</li>
</ul>
<p>Timetables are available at <a href="https://komunikacja.krakow.example/mistrzejowice">komunikacja.krakow.example</a>.</p>`,
    },
  },
}

import type { SampleRelease } from '../types'

export const airQuality: SampleRelease = {
  state: { kind: 'embargoed', inDays: 1, hour: 10 },
  topics: ['smog', 'jakość powietrza', 'ekologia'],
  quotes: ['airReport', 'airHeating'],
  boilerplates: ['city', 'network'],
  text: {
    pl: {
      headline: 'Najczystsze powietrze od początku pomiarów. Raport po sezonie grzewczym',
      subheadline: 'Liczba dni ze smogiem spadła o jedną trzecią',
      lead: 'W minionym sezonie grzewczym dopuszczalne stężenie pyłu PM10 przekroczono w Krakowie w 21 dniach – najmniej, odkąd prowadzone są pomiary. Tak wynika z raportu, który Zespół ds. Jakości Powietrza przedstawił dziś prezydent miasta.',
      bodyHtml: `
<p>Jeszcze kilka lat temu dni ze smogiem liczono w Krakowie w dziesiątkach każdej zimy. Raport wskazuje trzy główne przyczyny poprawy: zakaz palenia węglem i drewnem, rozbudowę sieci ciepłowniczej oraz rosnącą liczbę pasażerów komunikacji miejskiej.</p>
<h2>Najważniejsze dane z raportu</h2>
<ul>
<li>21 dni z przekroczeniem normy dobowej PM10 (przed rokiem – 32),</li>
<li>średnie stężenie benzo(a)pirenu niższe o 18 procent,</li>
<li>1 240 kamienic podłączonych do sieci ciepłowniczej w ciągu roku.</li>
</ul>
<p>Pełny raport wraz z danymi ze wszystkich stacji pomiarowych zostanie opublikowany na stronie <a href="https://powietrze.krakow.example/raport">powietrze.krakow.example</a> w dniu zakończenia embarga.</p>
<p>Miasto zapowiada kolejne działania: podwojenie dopłat do przyłączy ciepłowniczych w śródmieściu i rozszerzenie sieci czujników jakości powietrza na wszystkie szkoły podstawowe.</p>`,
    },
  },
}

import type { SampleRelease } from '../types'

export const cultureNearby: SampleRelease = {
  state: { kind: 'draft', inDays: 7 },
  topics: ['kultura', 'osiedla'],
  quotes: ['cultureNearby'],
  boilerplates: ['city'],
  text: {
    pl: {
      headline: 'Kultura bliżej domu: 40 wydarzeń w osiedlowych domach kultury',
      subheadline: 'Koncerty, spektakle i warsztaty w każdej dzielnicy, wstęp wolny',
      lead: 'Od przyszłego miesiąca w osiedlowych domach kultury odbędzie się 40 bezpłatnych wydarzeń przygotowanych razem z miejskimi teatrami, filharmonią i muzeami. Program „Kultura bliżej domu” obejmie wszystkie dzielnice Krakowa.',
      bodyHtml: `
<p>Program ma przybliżyć ofertę miejskich instytucji kultury mieszkańcom osiedli oddalonych od centrum. Artyści przyjadą tam, gdzie mieszkańcy spędzają na co dzień czas: do domów kultury, bibliotek i szkół.</p>
<h2>Co w programie</h2>
<ul>
<li>kameralne koncerty muzyków filharmonii,</li>
<li>spektakle dla dzieci i rodzin,</li>
<li>warsztaty rękodzieła i fotografii dla seniorów.</li>
</ul>
<p>Harmonogram wydarzeń zostanie opublikowany na stronie <a href="https://kultura.krakow.example">kultura.krakow.example</a>. [DO UZUPEŁNIENIA: liczba miejsc i zasady zapisów – czekamy na potwierdzenie od instytucji.]</p>`,
    },
  },
}

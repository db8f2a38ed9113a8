import type { SampleRelease } from '../types'

// The long one: several quotes and a body that runs onto a second page in print.
export const greenKrakow: SampleRelease = {
  state: { kind: 'published', daysAgo: 5 },
  topics: ['zieleń', 'klimat', 'drzewa', 'Rada Miasta'],
  quotes: ['treesProgramme', 'treesHeat', 'treesStreets'],
  boilerplates: ['city', 'network'],
  text: {
    pl: {
      headline: 'Sto tysięcy nowych drzew. Rada Miasta przyjęła program „Zielony Kraków 2030”',
      subheadline:
        'Nowe parki kieszonkowe, szpalery wzdłuż ulic i trzyletnia opieka nad każdym drzewem',
      lead: 'Do 2030 roku w Krakowie zostanie posadzonych sto tysięcy drzew i pół miliona krzewów, a w każdej dzielnicy powstanie co najmniej jeden nowy park kieszonkowy. Rada Miasta Krakowa przyjęła wczoraj program „Zielony Kraków 2030”, który wyznacza kierunki rozwoju miejskiej zieleni na najbliższe lata.',
      bodyHtml: `
<p>Program jest efektem ponad roku prac Zarządu Zieleni Miejskiej, konsultacji z mieszkańcami i rozmów z radami dzielnic. W konsultacjach wzięło udział ponad 6 tysięcy osób, które wskazały na mapie miejsca, gdzie zieleni brakuje najbardziej. Najczęściej wskazywano ulice o dużym natężeniu ruchu, okolice szkół i przystanków oraz osiedla z wielkiej płyty, na których w ostatnich dekadach ubyło drzew.</p>
<p>Na realizację programu miasto przeznaczy w ciągu pięciu lat około 320 mln zł. Część tej kwoty pochodzić będzie ze środków zewnętrznych, w tym z programów Unii Europejskiej na adaptację miast do zmian klimatu.</p>
<h2>Najważniejsze cele programu</h2>
<ul>
<li>100 tysięcy nowych drzew i 500 tysięcy krzewów do 2030 roku,</li>
<li>co najmniej jeden nowy park kieszonkowy w każdej z osiemnastu dzielnic,</li>
<li>szpalery drzew wzdłuż 60 km ulic, w pierwszej kolejności tam, gdzie latem jest najgoręcej,</li>
<li>zielone torowiska na wszystkich nowych i przebudowywanych trasach tramwajowych,</li>
<li>trzyletnia pielęgnacja i podlewanie każdego nowo posadzonego drzewa.</li>
</ul>
<h2>Drzewa, które przetrwają</h2>
<p>Program kładzie nacisk nie tylko na liczbę sadzonych drzew, ale przede wszystkim na to, by przetrwały one pierwsze, najtrudniejsze lata. Każde nowe drzewo trafi do miejskiej inwentaryzacji zieleni i otrzyma swoją kartę: gatunek, datę posadzenia, harmonogram podlewania i przeglądów. Wykonawcy nasadzeń będą odpowiadać za ich stan przez trzy lata, a drzewa, które nie przyjmą się, będą musieli wymienić na własny koszt.</p>
<p>Przy ulicach drzewa będą sadzone w tzw. systemach strukturalnych, które zapewniają korzeniom przestrzeń i dostęp do wody pod nawierzchnią chodnika. Dobór gatunków uwzględni odporność na suszę, upał i zasolenie – obok klonów i lip pojawią się m.in. miłorzęby, platany i wiązy odporne na holenderską chorobę wiązów.</p>
<h2>Mniej betonu, więcej wody</h2>
<p>Drugim filarem programu jest zatrzymywanie wody deszczowej tam, gdzie spadnie. Przy przebudowie placów i parkingów miasto będzie zastępować szczelne nawierzchnie przepuszczalnymi, a wzdłuż ulic powstaną ogrody deszczowe – niewielkie obniżenia terenu obsadzone roślinami, które zbierają wodę z chodników i jezdni. Woda, która dziś spływa do kanalizacji, będzie podlewać drzewa i zasilać wody gruntowe.</p>
<p>Program przewiduje także odbetonowanie co najmniej dwudziestu miejskich placów i podwórek szkolnych. Pierwsze projekty przygotowano razem z dyrekcjami szkół i radami rodziców: zamiast asfaltu pojawią się trawniki, łąki kwietne, drzewa owocowe i zacienione miejsca do nauki na świeżym powietrzu.</p>
<p>Według szacunków Zarządu Zieleni Miejskiej nowe nasadzenia i ogrody deszczowe pozwolą co roku zatrzymać w gruncie kilkaset milionów litrów wody opadowej, zmniejszając ryzyko podtopień podczas gwałtownych burz.</p>
<h2>Mieszkańcy współgospodarzami zieleni</h2>
<p>Do programu włączą się mieszkańcy. Od wiosny ruszy akcja „Adoptuj drzewo”, w ramach której sąsiedzi, szkoły i firmy będą mogli zobowiązać się do podlewania drzew przy swojej ulicy w czasie upałów. Miasto zapewni konewki, worki nawadniające i krótkie szkolenia prowadzone przez ogrodników Zarządu Zieleni Miejskiej.</p>
<p>Rady dzielnic co roku będą wskazywać lokalizacje nowych nasadzeń, a mapa wszystkich posadzonych drzew będzie dostępna w internecie. Każdy mieszkaniec będzie mógł sprawdzić, gdzie i kiedy drzewo zostało posadzone, oraz zgłosić, że wymaga ono opieki.</p>
<h2>Harmonogram</h2>
<p>Pierwsze nasadzenia w ramach programu rozpoczną się jesienią, najlepszą porą na sadzenie drzew. W pierwszym roku miasto posadzi 15 tysięcy drzew, głównie wzdłuż ulic w Nowej Hucie, na Prądniku Czerwonym i w Podgórzu. Parki kieszonkowe powstaną w pierwszej kolejności w miejscach wskazanych przez mieszkańców w konsultacjach: przy ulicach, na których dziś są nieużytki lub parkingi.</p>
<p>Co roku Zarząd Zieleni Miejskiej przedstawi Radzie Miasta sprawozdanie z realizacji programu: liczbę posadzonych i utrzymanych drzew, poniesione koszty i wyniki pomiarów temperatury w miejscach objętych nasadzeniami.</p>
<p>Pełny tekst programu, mapa planowanych nasadzeń i formularz akcji „Adoptuj drzewo” są dostępne na stronie <a href="https://zielen.krakow.example/zielony-krakow-2030">zielen.krakow.example</a>.</p>`,
    },
    en: {
      headline: 'One hundred thousand new trees: City Council adopts Green Kraków 2030',
      subheadline: 'Pocket parks, tree-lined streets and three years of care for every tree',
      lead: 'By 2030 Kraków will plant one hundred thousand trees and half a million shrubs, and every district will get at least one new pocket park. Yesterday Kraków City Council adopted the Green Kraków 2030 programme, which sets the course for the city’s green spaces over the coming years.',
      bodyHtml: `
<p>The programme is the result of more than a year of work by the Municipal Greenery Authority, public consultation and talks with district councils. More than 6,000 people took part in the consultation, marking on a map the places where greenery is most lacking: busy streets, the surroundings of schools and stops, and large prefabricated housing estates that have lost trees in recent decades.</p>
<p>The city will spend around PLN 320 million on the programme over five years, part of it from external funds, including European Union programmes for climate adaptation.</p>
<h2>Key goals</h2>
<ul>
<li>100,000 new trees and 500,000 shrubs by 2030,</li>
<li>at least one new pocket park in each of the eighteen districts,</li>
<li>rows of trees along 60 km of streets, starting where summers are hottest,</li>
<li>green tram tracks on all new and rebuilt tram lines,</li>
<li>three years of care and watering for every newly planted tree.</li>
</ul>
<h2>Trees that survive</h2>
<p>The programme is not only about how many trees are planted but, above all, about helping them through their first and hardest years. Every new tree will be entered in the city’s tree inventory with its own record: species, planting date, watering and inspection schedule. Planting contractors will be responsible for the trees for three years and must replace, at their own cost, any that fail to take root.</p>
<p>Along streets, trees will be planted in structural soil systems that give roots space and access to water beneath the pavement. Species will be chosen for their tolerance of drought, heat and road salt.</p>
<h2>Residents as co-carers</h2>
<p>From spring, an “Adopt a Tree” scheme will let neighbours, schools and companies commit to watering the trees in their street during heatwaves. The city will provide watering cans, irrigation bags and short training sessions run by its gardeners.</p>
<p>The full programme, a map of planned planting and the “Adopt a Tree” form are available at <a href="https://zielen.krakow.example/zielony-krakow-2030">zielen.krakow.example</a>.</p>`,
    },
  },
}

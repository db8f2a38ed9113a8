import type { SampleRelease } from '../types'

export const citizensBudget: SampleRelease = {
  state: { kind: 'published', daysAgo: 2 },
  topics: ['budżet obywatelski', 'partycypacja'],
  quotes: ['budgetVote'],
  boilerplates: ['city'],
  text: {
    pl: {
      headline: 'Rusza głosowanie w budżecie obywatelskim: 94 projekty do wyboru',
      subheadline: 'Mieszkańcy zdecydują, na co miasto przeznaczy 40 mln zł',
      lead: 'Od dziś przez trzy tygodnie mieszkańcy Krakowa mogą głosować na projekty zgłoszone do budżetu obywatelskiego. Do wyboru są 94 propozycje – 31 ogólnomiejskich i 63 dzielnicowe – o łącznej wartości ponad 40 mln zł.',
      bodyHtml: `
<p>W tegorocznej edycji mieszkańcy złożyli 412 wniosków. Po weryfikacji formalnej i ocenie merytorycznej na listę do głosowania trafiły 94 projekty. Najwięcej dotyczy zieleni i rekreacji, ale nie brakuje też propozycji związanych z bezpieczeństwem pieszych, kulturą i pomocą sąsiedzką.</p>
<p>Projekty na liście do głosowania według dziedzin:</p>
<table>
<thead><tr><th>Dziedzina</th><th>Ogólnomiejskie</th><th>Dzielnicowe</th><th>Razem</th></tr></thead>
<tbody>
<tr><th>Zieleń i rekreacja</th><td>12</td><td>27</td><td>39</td></tr>
<tr><th>Bezpieczeństwo pieszych i rowerzystów</th><td>7</td><td>15</td><td>22</td></tr>
<tr><th>Kultura i edukacja</th><td>6</td><td>11</td><td>17</td></tr>
<tr><th>Pomoc sąsiedzka i seniorzy</th><td>3</td><td>6</td><td>9</td></tr>
<tr><th>Sport</th><td>3</td><td>4</td><td>7</td></tr>
<tr><th>Razem</th><td>31</td><td>63</td><td>94</td></tr>
</tbody>
</table>
<h2>Jak głosować</h2>
<p>Głosować może każdy mieszkaniec Krakowa, bez względu na wiek. Każdy głosujący wybiera do pięciu projektów ogólnomiejskich i do pięciu projektów w swojej dzielnicy. Głos można oddać:</p>
<ul>
<li>przez internet, na stronie <a href="https://budzet.krakow.example">budzet.krakow.example</a>,</li>
<li>w punktach obsługi mieszkańców Urzędu Miasta,</li>
<li>w filiach Biblioteki Kraków, w godzinach ich otwarcia.</li>
</ul>
<p>Osoby, które potrzebują pomocy przy głosowaniu, mogą skorzystać z dyżurów koordynatorów dzielnicowych. Ich harmonogram jest dostępny na stronie budżetu obywatelskiego.</p>
<p>Wyniki głosowania zostaną ogłoszone w ciągu dwóch tygodni od jego zakończenia. Zwycięskie projekty zostaną wpisane do budżetu miasta na przyszły rok.</p>`,
      easyRead: `Mieszkańcy Krakowa mogą teraz głosować.
Głosują na pomysły dla miasta.
Te pomysły to budżet obywatelski.

Do wyboru są 94 pomysły.
Są to na przykład nowe parki, ławki i bezpieczne przejścia.
Miasto wyda na nie 40 milionów złotych.

Głosować może każdy mieszkaniec Krakowa.
Wiek nie ma znaczenia.
Możesz wybrać 5 pomysłów dla całego miasta.
Możesz też wybrać 5 pomysłów dla swojej dzielnicy.

Jak zagłosować?
Wejdź na stronę budzet.krakow.example.
Możesz też pójść do urzędu miasta albo do biblioteki.
Tam ktoś ci pomoże.

Głosowanie trwa 3 tygodnie.
Potem miasto policzy głosy.
Pomysły z największą liczbą głosów miasto zrobi w przyszłym roku.`,
    },
    en: {
      headline: 'Citizens’ budget vote opens: 94 projects to choose from',
      subheadline: 'Residents will decide how the city spends PLN 40 million',
      lead: 'Starting today, Kraków residents have three weeks to vote on the projects submitted to the citizens’ budget. There are 94 proposals to choose from – 31 city-wide and 63 at district level – worth more than PLN 40 million in total.',
      bodyHtml: `
<p>Residents submitted 412 proposals this year. After formal and expert review, 94 projects made it onto the ballot. Most concern green spaces and recreation, alongside proposals on pedestrian safety, culture and neighbourly help.</p>
<p>Projects on the ballot by field:</p>
<table>
<thead><tr><th>Field</th><th>City-wide</th><th>District</th><th>Total</th></tr></thead>
<tbody>
<tr><th>Green spaces and recreation</th><td>12</td><td>27</td><td>39</td></tr>
<tr><th>Pedestrian and cyclist safety</th><td>7</td><td>15</td><td>22</td></tr>
<tr><th>Culture and education</th><td>6</td><td>11</td><td>17</td></tr>
<tr><th>Neighbourly help and older people</th><td>3</td><td>6</td><td>9</td></tr>
<tr><th>Sport</th><td>3</td><td>4</td><td>7</td></tr>
<tr><th>Total</th><td>31</td><td>63</td><td>94</td></tr>
</tbody>
</table>
<h2>How to vote</h2>
<p>Every resident of Kraków may vote, whatever their age. Each voter chooses up to five city-wide projects and up to five projects in their own district. Votes can be cast:</p>
<ul>
<li>online at <a href="https://budzet.krakow.example">budzet.krakow.example</a>,</li>
<li>at City Hall customer service points,</li>
<li>at branches of the Kraków Library during opening hours.</li>
</ul>
<p>Anyone who needs help with voting can visit the district coordinators during their office hours, listed on the citizens’ budget website.</p>
<p>Results will be announced within two weeks of the close of voting. Winning projects will be written into next year’s city budget.</p>`,
    },
    uk: {
      headline: 'Стартує голосування за громадський бюджет: 94 проєкти на вибір',
      subheadline: 'Мешканці вирішать, на що місто витратить 40 млн злотих',
      lead: 'Від сьогодні протягом трьох тижнів мешканці Кракова можуть голосувати за проєкти, подані до громадського бюджету. На вибір – 94 пропозиції: 31 загальноміська і 63 районні, загальною вартістю понад 40 млн злотих.',
      bodyHtml: `
<p>Цього року мешканці подали 412 заявок. Після формальної перевірки та експертної оцінки до списку для голосування увійшли 94 проєкти. Найбільше з них стосуються зелених зон і відпочинку, але є також пропозиції щодо безпеки пішоходів, культури та сусідської допомоги.</p>
<p>Проєкти у списку для голосування за сферами:</p>
<table>
<thead><tr><th>Сфера</th><th>Загальноміські</th><th>Районні</th><th>Разом</th></tr></thead>
<tbody>
<tr><th>Зелені зони та відпочинок</th><td>12</td><td>27</td><td>39</td></tr>
<tr><th>Безпека пішоходів і велосипедистів</th><td>7</td><td>15</td><td>22</td></tr>
<tr><th>Культура та освіта</th><td>6</td><td>11</td><td>17</td></tr>
<tr><th>Сусідська допомога та люди похилого віку</th><td>3</td><td>6</td><td>9</td></tr>
<tr><th>Спорт</th><td>3</td><td>4</td><td>7</td></tr>
<tr><th>Разом</th><td>31</td><td>63</td><td>94</td></tr>
</tbody>
</table>
<h2>Як проголосувати</h2>
<p>Голосувати може кожен мешканець Кракова, незалежно від віку, зокрема особи, які мешкають у місті на підставі тимчасового захисту. Кожен обирає до п’яти загальноміських і до п’яти районних проєктів. Проголосувати можна:</p>
<ul>
<li>онлайн на сторінці <a href="https://budzet.krakow.example">budzet.krakow.example</a>,</li>
<li>у пунктах обслуговування мешканців міської ради,</li>
<li>у філіях Бібліотеки Кракова в години їхньої роботи.</li>
</ul>
<p>Результати оголосять протягом двох тижнів після завершення голосування.</p>`,
    },
  },
}

/** The admin's words about dates and times: typed moments, embargo ends, scheduled publications. */
export const momentWords = {
  pl: {
    scheduleWhen: 'Termin',
    scheduleLanguage: 'Język publikacji',
    scheduleAllLanguages: 'Wszystkie języki',
    scheduleUpcoming: 'Zaplanowane zmiany',
    momentUnreadable: 'Nie rozpoznano daty i godziny. Wpisz je tak: {{example}} albo {{numeric}}.',
    momentRead: 'Odczytano: {{when}}',
    momentExample: 'np. {{example}} albo {{numeric}}',
    embargoMissing: 'Informacja z embargiem potrzebuje daty i godziny końca embarga.',
    embargoPast:
      'Koniec embarga ({{when}}) już minął. Podaj przyszły termin albo wybierz „Do natychmiastowej publikacji”.',
    schedulePast:
      'Termin publikacji ({{when}}) już minął. Wybierz przyszły termin albo opublikuj od razu.',
  },
  en: {
    scheduleWhen: 'Time',
    scheduleLanguage: 'Language to publish',
    scheduleAllLanguages: 'All languages',
    scheduleUpcoming: 'Scheduled changes',
    momentUnreadable:
      'This is not a date and time that can be read. Type it like this: {{example}} or {{numeric}}.',
    momentRead: 'Read as: {{when}}',
    momentExample: 'e.g. {{example}} or {{numeric}}',
    embargoMissing: 'An embargoed release needs the date and time its embargo ends.',
    embargoPast:
      'The embargo end ({{when}}) has already passed. Give a future time, or choose "For immediate release".',
    schedulePast:
      'The publication time ({{when}}) has already passed. Choose a future time, or publish now.',
  },
  uk: {
    scheduleWhen: 'Час',
    scheduleLanguage: 'Мова публікації',
    scheduleAllLanguages: 'Усі мови',
    scheduleUpcoming: 'Заплановані зміни',
    momentUnreadable:
      'Не вдалося розпізнати дату й час. Введіть їх так: {{example}} або {{numeric}}.',
    momentRead: 'Розпізнано: {{when}}',
    momentExample: 'напр. {{example}} або {{numeric}}',
    embargoMissing: 'Релізу з ембарго потрібні дата й час завершення ембарго.',
    embargoPast:
      'Час завершення ембарго ({{when}}) уже минув. Вкажіть майбутній час або виберіть «Для негайної публікації».',
    schedulePast:
      'Час публікації ({{when}}) уже минув. Виберіть майбутній час або опублікуйте одразу.',
  },
}

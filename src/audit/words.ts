/** The admin's words about the audit trail (Dziennik zdarzeń). */
export const auditWords = {
  pl: {
    auditAppendOnly: 'Wpisów w dzienniku zdarzeń nie można zmieniać ani usuwać.',
    auditDateInvalid:
      'Pole „{{field}}”: podaj dzień w postaci RRRR-MM-DD (np. 2026-12-07) albo pełną datę i godzinę ISO.',
    auditRangeInvalid: 'Pole „od” ({{from}}) jest późniejsze niż pole „do” ({{to}}).',
    auditAdminsOnly: 'Dziennik zdarzeń mogą przeglądać i pobierać tylko administratorzy.',
    auditCsvTitle: 'Pobierz dziennik jako CSV',
    auditCsvFrom: 'Od dnia',
    auditCsvTo: 'Do dnia (włącznie)',
    auditCsvDownload: 'Pobierz CSV',
    auditCsvHint:
      'Puste pola: cały dziennik. Filtry listy (dokument, osoba, dzień) są w przycisku „Filtry”.',
  },
  en: {
    auditAppendOnly: 'Audit trail entries cannot be changed or deleted.',
    auditDateInvalid:
      'Field "{{field}}": give a day as YYYY-MM-DD (e.g. 2026-12-07) or a full ISO date and time.',
    auditRangeInvalid: 'The "from" field ({{from}}) is later than the "to" field ({{to}}).',
    auditAdminsOnly: 'Only admins may read and download the audit trail.',
    auditCsvTitle: 'Download the audit trail as CSV',
    auditCsvFrom: 'From day',
    auditCsvTo: 'To day (inclusive)',
    auditCsvDownload: 'Download CSV',
    auditCsvHint:
      'Empty fields: the whole trail. The list filters (document, person, day) are under "Filters".',
  },
}

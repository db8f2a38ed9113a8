import { label } from '../fields/localizedLabel'

/**
 * What an audit entry says happened. The labels are what the admin shows in the list and its
 * filters; the key is what the CSV and scripts read.
 */
export const auditActions = {
  create: label('Utworzenie', 'Created'),
  publish: label('Publikacja', 'Published'),
  'change-published': label('Zmiana opublikowanej treści', 'Published content changed'),
  unpublish: label('Cofnięcie publikacji', 'Unpublished'),
  delete: label('Usunięcie', 'Deleted'),
  embargo: label('Zmiana embarga', 'Embargo changed'),
  schedule: label('Zaplanowanie publikacji', 'Publication scheduled'),
  'cancel-schedule': label('Odwołanie zaplanowanej publikacji', 'Scheduled publication cancelled'),
  'scheduled-publish': label('Publikacja według planu', 'Published on schedule'),
  submit: label('Przekazanie do akceptacji', 'Submitted for review'),
  return: label('Zwrot do poprawy', 'Returned for changes'),
  'force-publish': label(
    'Publikacja bez drugiej pary oczu',
    'Published without a second pair of eyes',
  ),
  'approve-forced': label('Akceptacja po publikacji', 'Approved after publication'),
  'quote-approved': label('Zatwierdzenie cytatu', 'Quote approved'),
  'quote-rejected': label('Odrzucenie cytatu', 'Quote rejected'),
  'distribution-sent': label('Wysyłka do dziennikarzy', 'Sent to journalists'),
  'links-revoked': label('Unieważnienie linków', 'Links revoked'),
  'user-created': label('Nowe konto', 'User created'),
  'role-changed': label('Zmiana uprawnień', 'Role or approver flag changed'),
  'journalist-exported': label('Eksport danych dziennikarza', 'Journalist data exported'),
  'journalist-erased': label('Usunięcie danych dziennikarza', 'Journalist data erased'),
  'login-lockout': label('Blokada logowania', 'Sign-in lock-out'),
  'emergency-on': label('Włączenie komunikatu alarmowego', 'Emergency notice switched on'),
  'emergency-changed': label('Zmiana komunikatu alarmowego', 'Emergency notice changed'),
  'emergency-off': label('Wyłączenie komunikatu alarmowego', 'Emergency notice switched off'),
  'freeze-on': label('Wstrzymanie publikacji i wysyłek', 'Publications and mail paused'),
  'freeze-off': label('Wznowienie publikacji i wysyłek', 'Publications and mail resumed'),
  'held-decision': label('Decyzja o wstrzymanej pozycji', 'Decision on a held item'),
  'send-to-everyone': label('Wysyłka do wszystkich (alarm)', 'Sent to everyone (emergency)'),
  withdraw: label('Wycofanie informacji', 'Release withdrawn'),
  unwithdraw: label('Przywrócenie wycofanej informacji', 'Withdrawn release restored'),
} as const

export type AuditAction = keyof typeof auditActions

/** Who acted: a signed-in person, the job runner, the server itself, or an unknown client. */
export const actorKinds = {
  user: label('Użytkownik', 'User'),
  job: label('Harmonogram (zadanie)', 'Job runner'),
  system: label('System', 'System'),
  client: label('Niezalogowany klient', 'Anonymous client'),
} as const

export type ActorKind = keyof typeof actorKinds

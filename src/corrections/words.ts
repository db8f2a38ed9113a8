/**
 * The admin's words for changes to published releases (the change kind and note, their refusals,
 * sending the correction), merged into the admin's translations (src/lib/translations.ts).
 */
const pl = {
  refuseChangeKindMissing:
    'Ta informacja jest opublikowana: wybierz „Rodzaj zmiany” (poprawka drobna, aktualizacja albo sprostowanie), aby zapisać zmianę jej treści.',
  refuseChangeNoteMissing:
    'Aktualizacja i sprostowanie wymagają publicznej notki o zmianie w każdym języku, w którym informacja jest opublikowana. Brakuje: {{languages}}.',
  refuseCorrectionLogIn: 'Zaloguj się, aby wysłać sprostowanie.',
  refuseCorrectionEditorsOnly: 'Sprostowania wysyłają tylko redaktorzy i administratorzy.',
  refuseCorrectionNoChange:
    'Od ostatniej wysyłki nie zapisano aktualizacji ani sprostowania tej informacji: nie ma czego wysłać.',
  refuseCorrectionNotSent:
    'Tej informacji jeszcze nikomu nie wysłano: nie ma komu wysłać sprostowania.',
  correctionSend: 'Wyślij sprostowanie',
  distKindCorrection: 'sprostowanie',
  correctionSendHint:
    'Każdy, kto otrzymał tę informację, dostanie jedną wiadomość z notką o zmianie i aktualnymi linkami.',
  correctionSent_one: 'Sprostowanie idzie do {{count}} odbiorcy.',
  correctionSent_few: 'Sprostowanie idzie do {{count}} odbiorców.',
  correctionSent_many: 'Sprostowanie idzie do {{count}} odbiorców.',
  correctionSent_other: 'Sprostowanie idzie do {{count}} odbiorcy.',
}

type Key = keyof typeof pl

const en: Record<Key, string> = {
  refuseChangeKindMissing:
    'This release is published: choose the "Kind of change" (minor, update or correction) to save a change to its content.',
  refuseChangeNoteMissing:
    'An update or a correction needs a public change note in every language the release is published in. Missing: {{languages}}.',
  refuseCorrectionLogIn: 'Log in to send a correction.',
  refuseCorrectionEditorsOnly: 'Only editors and admins send corrections.',
  refuseCorrectionNoChange:
    'No update or correction of this release has been saved since it was last sent: there is nothing to send.',
  refuseCorrectionNotSent:
    'This release has not been sent to anyone yet: there is no one to correct.',
  correctionSend: 'Send the correction',
  distKindCorrection: 'correction',
  correctionSendHint:
    'Everyone who received this release gets one message with the change note and fresh links.',
  correctionSent_one: 'The correction goes to {{count}} recipient.',
  correctionSent_few: 'The correction goes to {{count}} recipients.',
  correctionSent_many: 'The correction goes to {{count}} recipients.',
  correctionSent_other: 'The correction goes to {{count}} recipients.',
}

export const correctionWords = { pl, en }

/**
 * The admin's words about the second pair of eyes: submitting, returning, forced publications.
 * A refusal that reaches the form's toast has no colon: Payload's toast reads "intro: a, b" as a
 * list of field errors ("Druga para oczu (3):" and three bullets).
 */
export const reviewWords = {
  pl: {
    refuseSchedule: 'Tylko redaktor może zaplanować lub odwołać publikację: poproś redaktora.',
    reviewWriterMayNotPublish:
      'Zasada „druga para oczu” – bieżąca treść jest Twojego autorstwa, więc opublikować ją może tylko inny redaktor. Bez niego opublikujesz ją tylko z podanym powodem (forceReason).',
    reviewWriterMayNotSchedule:
      'Zasada „druga para oczu” – bieżąca treść jest Twojego autorstwa, więc zaplanować jej publikację może tylko inny redaktor.',
    reviewWriterMayNotSend:
      'Zasada „druga para oczu” – bieżąca treść jest Twojego autorstwa, więc wysłać ją dziennikarzom może tylko inny redaktor.',
    reviewForceReasonMissing:
      'Powód publikacji bez drugiej pary oczu (forceReason) – podaj, dlaczego publikujesz bez akceptacji innego redaktora.',
    reviewNoText:
      'Treść: informacja nie ma tekstu w żadnym języku (lead ani treść). Napisz go, zanim przekażesz ją do akceptacji.',
    reviewNoPackText:
      'Wstęp i informacje prasowe: pakiet nie ma treści. Uzupełnij go, zanim przekażesz go do akceptacji.',
    reviewNothingToReview:
      'Nic nie czeka na akceptację: najnowsza wersja jest już opublikowana. Zapisz zmiany jako szkic.',
    reviewCommentMissing: 'Komentarz: napisz, co trzeba poprawić.',
    reviewOnlyEditorsReturn: 'Tylko redaktor może zwrócić informację do poprawy.',
    reviewOnlyEditorsApprove: 'Tylko redaktor może zatwierdzić publikację bez drugiej pary oczu.',
    reviewNotForced:
      'Ta publikacja nie czeka na zatwierdzenie: nie była wymuszona albo już ją zatwierdzono.',
    reviewSameEditorApproves:
      'Zasada „druga para oczu” – publikacja bez akceptacji była Twoją decyzją, więc zatwierdzić ją musi inny redaktor.',
    reviewSubmit: 'Przekaż do akceptacji',
    reviewSubmitted: 'Przekazano do akceptacji.',
    reviewSaveFirst: 'Najpierw zapisz szkic, potem przekaż go do akceptacji.',
    reviewWaiting: 'Czeka na akceptację',
    reviewReturned: 'Do poprawy',
    reviewReturn: 'Do poprawy',
    reviewReturnSend: 'Zwróć do poprawy',
    reviewReturnedToast: 'Zwrócono do poprawy.',
    reviewForced: 'Opublikowano bez drugiej pary oczu',
    reviewForcedBy: 'Opublikowano: {{when}}, {{who}}. Powód: {{reason}}',
    reviewApproveForced: 'Zatwierdzam publikację',
    reviewApprovedToast: 'Publikacja zatwierdzona.',
    reviewForceTitle: 'Druga para oczu',
    reviewForceExplain:
      'Bieżąca treść jest Twojego autorstwa: opublikować ją powinien inny redaktor. Jeśli trzeba opublikować bez niego, podaj powód. Publikacja będzie oznaczona, dopóki nie zatwierdzi jej inny redaktor.',
    reviewForceReason: 'Powód publikacji bez drugiej pary oczu',
    reviewForcePublish: 'Opublikuj bez drugiej pary oczu',
    reviewCancel: 'Anuluj',
    reviewThread: 'Uwagi do poprawy',
    reviewWaitingTitle: 'Czeka na akceptację',
    reviewForcedTitle: 'Opublikowano bez drugiej pary oczu',
    reviewSubmittedBy: 'przekazano: {{when}}, {{who}}',
    reviewMailSubject: 'Czeka na akceptację: {{title}}',
    reviewMailBody:
      '{{who}} przekazuje do akceptacji: „{{title}}”.\n\nOtwórz w panelu: {{url}}\n\nOpublikować może redaktor, który nie pisał tej treści.',
    reviewVersion: 'wersja {{version}}',
    secondPairOfEyes: 'Druga para oczu',
    secondPairOfEyesHelp:
      'Informację i pakiet publikuje, planuje lub wysyła dziennikarzom tylko redaktor, który nie pisał ich bieżącej treści.',
  },
  en: {
    refuseSchedule: 'Only editors can schedule or cancel a publication: ask an editor.',
    reviewWriterMayNotPublish:
      'Second pair of eyes rule – you wrote the current text, so only another editor may publish it. Without one, you may publish it only with a reason (forceReason).',
    reviewWriterMayNotSchedule:
      'Second pair of eyes rule – you wrote the current text, so only another editor may schedule its publication.',
    reviewWriterMayNotSend:
      'Second pair of eyes rule – you wrote the current text, so only another editor may send it to journalists.',
    reviewForceReasonMissing:
      'Reason for publishing without a second pair of eyes (forceReason) – say why you publish without another editor approving.',
    reviewNoText:
      'Body: the release has no text in any language (no lead and no body). Write it before submitting for review.',
    reviewNoPackText:
      'Introduction and press releases: the pack has no content. Fill it in before submitting for review.',
    reviewNothingToReview:
      'Nothing waits for review: the newest version is already published. Save your changes as a draft.',
    reviewCommentMissing: 'Comment: say what needs changing.',
    reviewOnlyEditorsReturn: 'Only editors can return a release for changes.',
    reviewOnlyEditorsApprove:
      'Only editors can approve a publication made without a second pair of eyes.',
    reviewNotForced:
      'This publication awaits no approval: it was not forced, or it is already approved.',
    reviewSameEditorApproves:
      'Second pair of eyes rule – you forced this publication, so another editor must approve it.',
    reviewSubmit: 'Submit for review',
    reviewSubmitted: 'Submitted for review.',
    reviewSaveFirst: 'Save the draft first, then submit it for review.',
    reviewWaiting: 'Awaiting review',
    reviewReturned: 'Needs changes',
    reviewReturn: 'Needs changes',
    reviewReturnSend: 'Return for changes',
    reviewReturnedToast: 'Returned for changes.',
    reviewForced: 'Published without a second pair of eyes',
    reviewForcedBy: 'Published by {{who}}, {{when}}. Reason: {{reason}}',
    reviewApproveForced: 'Approve this publication',
    reviewApprovedToast: 'Publication approved.',
    reviewForceTitle: 'Second pair of eyes',
    reviewForceExplain:
      'You wrote the current text: another editor should publish it. If it must go out without one, give a reason. The publication stays flagged until another editor approves it.',
    reviewForceReason: 'Reason for publishing without a second pair of eyes',
    reviewForcePublish: 'Publish without a second pair of eyes',
    reviewCancel: 'Cancel',
    reviewThread: 'Change requests',
    reviewWaitingTitle: 'Awaiting review',
    reviewForcedTitle: 'Published without a second pair of eyes',
    reviewSubmittedBy: 'submitted by {{who}}, {{when}}',
    reviewMailSubject: 'Awaiting review: {{title}}',
    reviewMailBody:
      '{{who}} submitted for review: "{{title}}".\n\nOpen in the admin: {{url}}\n\nAn editor who did not write this text may publish it.',
    reviewVersion: 'version {{version}}',
    secondPairOfEyes: 'Second pair of eyes',
    secondPairOfEyesHelp:
      'A release or pack is published, scheduled or sent to journalists only by an editor who did not write its current text.',
  },
}

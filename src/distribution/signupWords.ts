import type { Locale } from '../lib/locales'

/** The words of the sign-up form, its confirmation mail and pages (the newsroom's three languages). */
export type SignupWords = {
  title: string
  intro: string
  email: string
  name: string
  outlet: string
  languages: string
  topics: string
  topicsHint: string
  honeypot: string
  submit: string
  privacy: string
  sent: string
  confirmed: string
  tooMany: string
  invalid: string
  back: string
  subscribeLink: string
  mailSubject: string
  /** The salutation line, `{name}` for the name where the language puts it there. */
  mailGreeting: string
  mailBody: string
  mailButton: string
  mailIgnore: string
  mailClosing: string
  confirmTitle: string
  confirmText: string
  confirmButton: string
  notFound: string
}

export const signupWords: Record<Locale, SignupWords> = {
  pl: {
    title: 'Zapisz się na informacje prasowe',
    intro:
      'Informacje prasowe przyjdą e-mailem w dniu publikacji. Wyślemy najpierw wiadomość z linkiem potwierdzającym: bez potwierdzenia nic więcej nie wyślemy.',
    email: 'E-mail',
    name: 'Imię i nazwisko',
    outlet: 'Redakcja',
    languages: 'Języki',
    topics: 'Tematy',
    topicsHint: 'Bez zaznaczenia: wszystkie informacje z list, na które trafi adres.',
    honeypot: 'Nie wypełniaj tego pola',
    submit: 'Zapisz mnie',
    privacy:
      'Adres służy tylko do wysyłania informacji prasowych. Z każdej wiadomości wypiszesz się jednym kliknięciem.',
    sent: 'Dziękujemy. Jeśli adres może zostać zapisany, za chwilę przyjdzie wiadomość z linkiem potwierdzającym.',
    confirmed: 'Zapis potwierdzony. Od teraz będziemy wysyłać informacje prasowe.',
    tooMany: 'Zbyt wiele zapisów z tego adresu IP. Spróbuj ponownie za kilka minut.',
    invalid: 'Podaj poprawny adres e-mail i imię i nazwisko.',
    back: 'Wróć do formularza',
    subscribeLink: 'Zapisz się na informacje prasowe',
    mailSubject: 'Potwierdź zapis na informacje prasowe',
    // A Polish office letter greets without the name ("Dzień dobry Jan Kowalski" reads badly).
    mailGreeting: 'Dzień dobry,',
    mailBody:
      'Ten adres e-mail został zapisany na informacje prasowe naszego biura prasowego. Aby je otrzymywać, prosimy potwierdzić zapis:',
    mailButton: 'Potwierdzam zapis',
    mailIgnore:
      'Jeśli to pomyłka, wystarczy zignorować tę wiadomość: bez potwierdzenia nie wyślemy nic więcej.',
    mailClosing: 'Z pozdrowieniami',
    confirmTitle: 'Potwierdź zapis',
    confirmText: 'Kliknij, aby potwierdzić zapis adresu {email} na informacje prasowe.',
    confirmButton: 'Potwierdzam zapis',
    notFound: 'Nie znaleziono',
  },
  en: {
    title: 'Get our press releases by e-mail',
    intro:
      'Press releases arrive by e-mail when they are published. We first send a message with a confirmation link: until you confirm, we send nothing else.',
    email: 'E-mail',
    name: 'Name',
    outlet: 'Outlet',
    languages: 'Languages',
    topics: 'Topics',
    topicsHint: 'None ticked: every release on the lists the address is added to.',
    honeypot: 'Leave this field empty',
    submit: 'Subscribe',
    privacy:
      'The address is used only to send press releases. Every message has a one-click unsubscribe.',
    sent: 'Thank you. If the address can be subscribed, a message with a confirmation link is on its way.',
    confirmed: 'Subscription confirmed. You will get our press releases from now on.',
    tooMany: 'Too many sign-ups from this IP address. Please try again in a few minutes.',
    invalid: 'Please give a valid e-mail address and your name.',
    back: 'Back to the form',
    subscribeLink: 'Get press releases by e-mail',
    mailSubject: 'Confirm your subscription to our press releases',
    mailGreeting: 'Dear {name},',
    mailBody:
      'This e-mail address has been subscribed to our press office’s releases. To receive them, please confirm:',
    mailButton: 'Confirm my subscription',
    mailIgnore:
      'If this was a mistake, simply ignore this message: without confirmation we send nothing else.',
    mailClosing: 'Kind regards',
    confirmTitle: 'Confirm your subscription',
    confirmText: 'Click to confirm that {email} should get our press releases.',
    confirmButton: 'Confirm my subscription',
    notFound: 'Not found',
  },
  uk: {
    title: 'Підпишіться на пресрелізи',
    intro:
      'Пресрелізи надходитимуть електронною поштою в день публікації. Спершу ми надішлемо лист із посиланням для підтвердження: без підтвердження більше нічого не надсилатимемо.',
    email: 'Електронна пошта',
    name: 'Ім’я та прізвище',
    outlet: 'Редакція',
    languages: 'Мови',
    topics: 'Теми',
    topicsHint: 'Якщо нічого не позначено: усі пресрелізи зі списків, до яких потрапить адреса.',
    honeypot: 'Не заповнюйте це поле',
    submit: 'Підписатися',
    privacy:
      'Адресу використовуємо лише для надсилання пресрелізів. Від кожного листа можна відписатися одним кліком.',
    sent: 'Дякуємо. Якщо адресу можна підписати, незабаром надійде лист із посиланням для підтвердження.',
    confirmed: 'Підписку підтверджено. Відтепер ми надсилатимемо вам пресрелізи.',
    tooMany: 'Забагато підписок з цієї IP-адреси. Спробуйте ще раз за кілька хвилин.',
    invalid: 'Вкажіть правильну адресу електронної пошти та ім’я.',
    back: 'Повернутися до форми',
    subscribeLink: 'Підписатися на пресрелізи',
    mailSubject: 'Підтвердьте підписку на пресрелізи',
    mailGreeting: 'Добрий день,',
    mailBody:
      'Цю адресу електронної пошти підписано на пресрелізи нашої пресслужби. Щоб отримувати їх, будь ласка, підтвердьте підписку:',
    mailButton: 'Підтверджую підписку',
    mailIgnore:
      'Якщо це помилка, просто проігноруйте цей лист: без підтвердження ми більше нічого не надсилатимемо.',
    mailClosing: 'З повагою',
    confirmTitle: 'Підтвердьте підписку',
    confirmText: 'Натисніть, щоб підтвердити підписку адреси {email} на пресрелізи.',
    confirmButton: 'Підтверджую підписку',
    notFound: 'Не знайдено',
  },
}

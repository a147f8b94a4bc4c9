import type { AlertKind } from '../../../../shared/alerts';
import type { Locale } from '../../../../shared/locale';

/** Everything an alert's words may say: the house, the place, the time and why. Never a share, never a name. */
export interface AlertMessageInput {
  kind: AlertKind;
  houseName: string;
  locale: Locale;
  raisedAt: number;
  /** Told to the second contact because nobody acknowledged in time. */
  escalation?: { afterMinutes: number };
  /** IANA zone for the time; the machine's own zone when absent. */
  timeZone?: string;
}

export interface AlertMessage {
  subject: string;
  text: string;
}

interface Wording {
  subject: Record<AlertKind, (time: string) => string>;
  sentence: Record<AlertKind, (time: string) => string>;
  escalationSubject: (subject: string) => string;
  escalation: (minutes: number) => string;
}

// The place is always the common-room screen: the kiosk is the only place an alert comes from.
const WORDING: Record<Locale, Wording> = {
  en: {
    subject: {
      'crisis-share': (time) => `someone may need staff now (${time})`,
      'urgent-request': (time) => `a resident asked for staff (${time})`,
      lockout: (time) => `wrong staff PINs at the screen (${time})`,
      test: () => 'test alert',
    },
    sentence: {
      'crisis-share': (time) => `a resident may need a staff member now at the common-room screen (urgent, ${time}).`,
      'urgent-request': (time) => `a resident asked for staff at the common-room screen at ${time} (urgent).`,
      lockout: (time) => `many wrong staff PINs were tried at the common-room screen at ${time}.`,
      test: (time) => `This is a test alert from the common-room screen (${time}). Nobody needs help.`,
    },
    escalationSubject: (subject) => `Still waiting: ${subject}`,
    escalation: (minutes) => `Nobody has acknowledged it after ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  },
  es: {
    subject: {
      'crisis-share': (time) => `alguien puede necesitar al personal ahora (${time})`,
      'urgent-request': (time) => `una persona residente pidió al personal (${time})`,
      lockout: (time) => `PIN de personal incorrectos en la pantalla (${time})`,
      test: () => 'alerta de prueba',
    },
    sentence: {
      'crisis-share': (time) => `una persona residente puede necesitar a alguien del personal ahora en la pantalla de la sala común (urgente, ${time}).`,
      'urgent-request': (time) => `una persona residente pidió ayuda del personal en la pantalla de la sala común a las ${time} (urgente).`,
      lockout: (time) => `se probaron muchos PIN de personal incorrectos en la pantalla de la sala común a las ${time}.`,
      test: (time) => `Esto es una alerta de prueba desde la pantalla de la sala común (${time}). Nadie necesita ayuda.`,
    },
    escalationSubject: (subject) => `Sigue esperando: ${subject}`,
    escalation: (minutes) => `Nadie lo ha confirmado después de ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`,
  },
};

/** The clock time in the house's language, 24-hour, e.g. "14:02". */
export function alertTime(at: number, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-ES' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

/** The subject and the one-sentence body of an alert, in the house's default language. */
export function alertMessage(input: AlertMessageInput): AlertMessage {
  const words = WORDING[input.locale] ?? WORDING.en;
  const time = alertTime(input.raisedAt, input.locale, input.timeZone);
  // One line: the name goes into a mail header and a push title.
  const house = input.houseName.replace(/\s+/g, ' ').trim();
  const prefix = `Hearth, ${house}: `;
  let subject = prefix + words.subject[input.kind](time);
  let text = prefix + words.sentence[input.kind](time);
  if (input.escalation) {
    subject = words.escalationSubject(subject);
    text = `${text} ${words.escalation(input.escalation.afterMinutes)}`;
  }
  return { subject, text };
}

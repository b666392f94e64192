import type { Locale, Mail } from '../mail/mail-templates';

const SIGNATURE = {
  nl: '\n\nMet vriendelijke groet,\nKnooppunt — het triple-helixplatform van Amstelland-Meerlanden',
  en: '\n\nKind regards,\nKnooppunt — the triple-helix platform of Amstelland-Meerlanden',
};

export interface ConversationMailFacts {
  title: string;
  table: string;
  /** e.g. "maandag 3 juni 2030, 09:00–11:00" in the recipient's language (Amsterdam time). */
  when: string;
  where: string;
  link: string;
  reason?: string | null;
}

export function formatWhen(locale: Locale, start: Date, end: Date): string {
  const day = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(start);
  const time = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${day}, ${time.format(start)}–${time.format(end)}`;
}

/** Mails about conversations, in the recipient's language (Dutch first). */
export const conversationMails = {
  confirmed(locale: Locale, f: ConversationMailFacts, rescheduled: boolean): Mail {
    if (locale === 'en') {
      return {
        subject: `${rescheduled ? 'Moved' : 'Invitation'}: ${f.title} (${f.when})`,
        body: `Hello,\n\n${rescheduled ? 'The conversation has moved. ' : ''}You are expected at "${f.title}" of ${f.table}:\n\nWhen: ${f.when} (Amsterdam time)\nWhere: ${f.where}\n\nDetails, agenda and the calendar entry (.ics):\n${f.link}\n\nYour personal calendar feed on Knooppunt shows it too.${SIGNATURE.en}`,
      };
    }
    return {
      subject: `${rescheduled ? 'Verplaatst' : 'Uitnodiging'}: ${f.title} (${f.when})`,
      body: `Hallo,\n\n${rescheduled ? 'Het gesprek is verplaatst. ' : ''}Je wordt verwacht bij "${f.title}" van ${f.table}:\n\nWanneer: ${f.when}\nWaar: ${f.where}\n\nDetails, agenda en de agenda-afspraak (.ics):\n${f.link}\n\nJe persoonlijke agendafeed op Knooppunt toont het ook.${SIGNATURE.nl}`,
    };
  },
  cancelled(locale: Locale, f: ConversationMailFacts): Mail {
    const reason = f.reason
      ? locale === 'en'
        ? `\n\nReason: ${f.reason}`
        : `\n\nReden: ${f.reason}`
      : '';
    if (locale === 'en') {
      return {
        subject: `Cancelled: ${f.title} (${f.when})`,
        body: `Hello,\n\n"${f.title}" of ${f.table} on ${f.when} does not take place (or not with you).${reason}\n\n${f.link}${SIGNATURE.en}`,
      };
    }
    return {
      subject: `Afgelast: ${f.title} (${f.when})`,
      body: `Hallo,\n\n"${f.title}" van ${f.table} op ${f.when} gaat niet door (of niet met jou).${reason}\n\n${f.link}${SIGNATURE.nl}`,
    };
  },
  reminder(locale: Locale, f: ConversationMailFacts): Mail {
    if (locale === 'en') {
      return {
        subject: `Reminder: ${f.title} (${f.when})`,
        body: `Hello,\n\nA reminder: "${f.title}" of ${f.table} is coming up.\n\nWhen: ${f.when} (Amsterdam time)\nWhere: ${f.where}\n\n${f.link}${SIGNATURE.en}`,
      };
    }
    return {
      subject: `Herinnering: ${f.title} (${f.when})`,
      body: `Hallo,\n\nEen herinnering: "${f.title}" van ${f.table} komt eraan.\n\nWanneer: ${f.when}\nWaar: ${f.where}\n\n${f.link}${SIGNATURE.nl}`,
    };
  },
};

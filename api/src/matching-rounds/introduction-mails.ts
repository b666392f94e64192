import type { Locale, Mail } from '../mail/mail-templates';

const SIGNATURE = {
  nl: '\n\nMet vriendelijke groet,\nKnooppunt — het triple-helixplatform van Amstelland-Meerlanden',
  en: '\n\nKind regards,\nKnooppunt — the triple-helix platform of Amstelland-Meerlanden',
};

/** Mails about introductions, in the recipient's language (Dutch first). */
export const introductionMails = {
  proposed(locale: Locale, organisation: string, lines: string[], link: string): Mail {
    const list = lines.map((line) => `- ${line}`).join('\n');
    return locale === 'en'
      ? {
          subject: `New introductions for ${organisation} on Knooppunt`,
          body: `Hello,\n\nA regional coordinator published a matching round with ${lines.length} introduction(s) for ${organisation}:\n\n${list}\n\nAccept or decline them on Knooppunt:\n${link}${SIGNATURE.en}`,
        }
      : {
          subject: `Nieuwe introducties voor ${organisation} op Knooppunt`,
          body: `Hallo,\n\nEen regiocoördinator heeft een matchingronde gepubliceerd met ${lines.length} introductie(s) voor ${organisation}:\n\n${list}\n\nAccepteer of wijs ze af op Knooppunt:\n${link}${SIGNATURE.nl}`,
        };
  },
  answered(
    locale: Locale,
    organisation: string,
    subject: string,
    accepted: boolean,
    placed: boolean,
    message: string,
    link: string,
  ): Mail {
    const quoted = message ? `\n\n"${message}"` : '';
    if (locale === 'en') {
      const outcome = placed
        ? ' Both sides accepted: the placement is confirmed.'
        : accepted
          ? ' Your answer is still needed.'
          : '';
      return {
        subject: `${organisation} ${accepted ? 'accepted' : 'declined'} the introduction: ${subject}`,
        body: `Hello,\n\n${organisation} ${accepted ? 'accepted' : 'declined'} the introduction ${subject}.${outcome}${quoted}\n\n${link}${SIGNATURE.en}`,
      };
    }
    const outcome = placed
      ? ' Beide kanten hebben geaccepteerd: de plaatsing is bevestigd.'
      : accepted
        ? ' Jullie antwoord is nog nodig.'
        : '';
    return {
      subject: `${organisation} heeft de introductie ${accepted ? 'geaccepteerd' : 'afgewezen'}: ${subject}`,
      body: `Hallo,\n\n${organisation} heeft de introductie ${subject} ${accepted ? 'geaccepteerd' : 'afgewezen'}.${outcome}${quoted}\n\n${link}${SIGNATURE.nl}`,
    };
  },
};

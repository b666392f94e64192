/** Plain-text mails in the recipient's language (Dutch first). */
export type Locale = 'nl' | 'en';

export interface Mail {
  subject: string;
  body: string;
  /** A calendar invitation sent along (RFC 5545 text, see api/src/calendar/ical.ts). */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

const SIGNATURE = {
  nl: '\n\nMet vriendelijke groet,\nKnooppunt — het triple-helixplatform van Amstelland-Meerlanden',
  en: '\n\nKind regards,\nKnooppunt — the triple-helix platform of Amstelland-Meerlanden',
};

export const mailTemplates = {
  verifyEmail(locale: Locale, name: string, link: string): Mail {
    return locale === 'en'
      ? {
          subject: 'Confirm your email address for Knooppunt',
          body: `Hello ${name},\n\nConfirm your email address by opening this link (valid for 48 hours):\n${link}\n\nDid you not create an account? Then you can ignore this mail.${SIGNATURE.en}`,
        }
      : {
          subject: 'Bevestig je e-mailadres voor Knooppunt',
          body: `Hallo ${name},\n\nBevestig je e-mailadres via deze link (48 uur geldig):\n${link}\n\nHeb je geen account aangemaakt? Dan kun je deze mail negeren.${SIGNATURE.nl}`,
        };
  },
  resetPassword(locale: Locale, name: string, link: string): Mail {
    return locale === 'en'
      ? {
          subject: 'Reset your Knooppunt password',
          body: `Hello ${name},\n\nChoose a new password through this link (valid for 1 hour):\n${link}\n\nDid you not ask for this? Then ignore this mail; your password stays as it is.${SIGNATURE.en}`,
        }
      : {
          subject: 'Nieuw wachtwoord voor Knooppunt',
          body: `Hallo ${name},\n\nKies een nieuw wachtwoord via deze link (1 uur geldig):\n${link}\n\nHeb je hier niet om gevraagd? Negeer deze mail dan; je wachtwoord blijft zoals het is.${SIGNATURE.nl}`,
        };
  },
  invitation(locale: Locale, organisation: string, inviter: string, link: string): Mail {
    return locale === 'en'
      ? {
          subject: `Invitation to join ${organisation} on Knooppunt`,
          body: `Hello,\n\n${inviter} invites you to join ${organisation} on Knooppunt. Accept through this link (valid for 14 days); sign in or create an account with this email address first:\n${link}${SIGNATURE.en}`,
        }
      : {
          subject: `Uitnodiging voor ${organisation} op Knooppunt`,
          body: `Hallo,\n\n${inviter} nodigt je uit om lid te worden van ${organisation} op Knooppunt. Neem de uitnodiging aan via deze link (14 dagen geldig); log eerst in of maak een account aan met dit e-mailadres:\n${link}${SIGNATURE.nl}`,
        };
  },
  organisationApproved(locale: Locale, organisation: string, link: string): Mail {
    return locale === 'en'
      ? {
          subject: `${organisation} is approved on Knooppunt`,
          body: `Hello,\n\nA regional coordinator has approved ${organisation}. You can now post on Knooppunt:\n${link}${SIGNATURE.en}`,
        }
      : {
          subject: `${organisation} is goedgekeurd op Knooppunt`,
          body: `Hallo,\n\nEen regiocoördinator heeft ${organisation} goedgekeurd. Je kunt nu plaatsen op Knooppunt:\n${link}${SIGNATURE.nl}`,
        };
  },
  organisationRejected(locale: Locale, organisation: string, reason: string): Mail {
    return locale === 'en'
      ? {
          subject: `${organisation} was not approved on Knooppunt`,
          body: `Hello,\n\nA regional coordinator did not approve ${organisation}, for this reason:\n\n${reason}\n\nAnswer this mail if you have questions.${SIGNATURE.en}`,
        }
      : {
          subject: `${organisation} is niet goedgekeurd op Knooppunt`,
          body: `Hallo,\n\nEen regiocoördinator heeft ${organisation} niet goedgekeurd, om deze reden:\n\n${reason}\n\nBeantwoord deze mail als je vragen hebt.${SIGNATURE.nl}`,
        };
  },
  partnershipProposed(
    locale: Locale,
    proposer: string,
    subject: string,
    message: string,
    link: string,
  ): Mail {
    const quoted = message ? `\n\n"${message}"` : '';
    return locale === 'en'
      ? {
          subject: `${proposer} proposes a partnership: ${subject}`,
          body: `Hello,\n\n${proposer} proposes a partnership for ${subject}.${quoted}\n\nAccept or decline it on Knooppunt:\n${link}${SIGNATURE.en}`,
        }
      : {
          subject: `${proposer} stelt een partnerschap voor: ${subject}`,
          body: `Hallo,\n\n${proposer} stelt een partnerschap voor bij ${subject}.${quoted}\n\nAccepteer of wijs het af op Knooppunt:\n${link}${SIGNATURE.nl}`,
        };
  },
  partnershipAnswered(
    locale: Locale,
    recipient: string,
    subject: string,
    accepted: boolean,
    message: string,
    link: string,
  ): Mail {
    const quoted = message ? `\n\n"${message}"` : '';
    return locale === 'en'
      ? {
          subject: `${recipient} ${accepted ? 'accepted' : 'declined'} your partnership: ${subject}`,
          body: `Hello,\n\n${recipient} ${accepted ? 'accepted' : 'declined'} your proposal for ${subject}.${quoted}\n\n${link}${SIGNATURE.en}`,
        }
      : {
          subject: `${recipient} heeft je partnerschap ${accepted ? 'geaccepteerd' : 'afgewezen'}: ${subject}`,
          body: `Hallo,\n\n${recipient} heeft je voorstel voor ${subject} ${accepted ? 'geaccepteerd' : 'afgewezen'}.${quoted}\n\n${link}${SIGNATURE.nl}`,
        };
  },
};

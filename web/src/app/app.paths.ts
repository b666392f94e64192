/**
 * Every route of the app: its path and the translation key of its title.
 * Links and route definitions both read from here, so a path changes in one place.
 */
export const appPaths = {
  home: { path: '', title: 'home.title' },
  accessibility: { path: 'toegankelijkheid', title: 'accessibility.title' },
  privacy: { path: 'privacy', title: 'privacy.title' },
  register: { path: 'registreren', title: 'register.title' },
  login: { path: 'inloggen', title: 'login.title' },
  verifyEmail: { path: 'verifieer-email', title: 'verifyEmail.title' },
  forgotPassword: { path: 'wachtwoord-vergeten', title: 'forgotPassword.title' },
  resetPassword: { path: 'wachtwoord-herstellen', title: 'resetPassword.title' },
  invitation: { path: 'uitnodiging', title: 'invitation.title' },
  account: { path: 'mijn-account', title: 'account.title' },
  organisations: { path: 'organisaties', title: 'organisations.list.title' },
  newOrganisation: { path: 'organisaties/nieuw', title: 'organisations.create.title' },
  organisation: { path: 'organisaties/:id', title: 'organisations.detail.title' },
  internshipNeeds: { path: 'stages', title: 'marketplace.needs.list.title' },
  internshipNeed: { path: 'stages/:id', title: 'marketplace.needs.detail.title' },
  editInternshipNeed: { path: 'stages/:id/bewerken', title: 'marketplace.needs.edit.title' },
  myInternshipNeeds: { path: 'mijn-stagevragen', title: 'marketplace.needs.mine.title' },
  newInternshipNeed: { path: 'mijn-stagevragen/nieuw', title: 'marketplace.needs.create.title' },
  cohorts: { path: 'cohorten', title: 'marketplace.cohorts.list.title' },
  cohort: { path: 'cohorten/:id', title: 'marketplace.cohorts.detail.title' },
  editCohort: { path: 'cohorten/:id/bewerken', title: 'marketplace.cohorts.edit.title' },
  myCohorts: { path: 'mijn-cohorten', title: 'marketplace.cohorts.mine.title' },
  newCohort: { path: 'mijn-cohorten/nieuw', title: 'marketplace.cohorts.create.title' },
  minors: { path: 'minors', title: 'partners.minors.list.title' },
  minor: { path: 'minors/:id', title: 'partners.minors.detail.title' },
  editMinor: { path: 'minors/:id/bewerken', title: 'partners.minors.edit.title' },
  myMinors: { path: 'mijn-minors', title: 'partners.minors.mine.title' },
  newMinor: { path: 'mijn-minors/nieuw', title: 'partners.minors.create.title' },
  challenges: { path: 'praktijkvraagstukken', title: 'partners.challenges.list.title' },
  challenge: { path: 'praktijkvraagstukken/:id', title: 'partners.challenges.detail.title' },
  editChallenge: {
    path: 'praktijkvraagstukken/:id/bewerken',
    title: 'partners.challenges.edit.title',
  },
  myChallenges: { path: 'mijn-praktijkvraagstukken', title: 'partners.challenges.mine.title' },
  newChallenge: {
    path: 'mijn-praktijkvraagstukken/nieuw',
    title: 'partners.challenges.create.title',
  },
  // The API's mails link here: keep this path.
  partnerships: { path: 'partnerschappen', title: 'partners.inbox.title' },
  approvals: { path: 'coordinatie/goedkeuringen', title: 'approvals.title' },
  auditLog: { path: 'coordinatie/auditlog', title: 'auditLog.title' },
  csvImport: { path: 'coordinatie/import', title: 'csvImport.title' },
  matchingRounds: { path: 'coordinatie/matchingrondes', title: 'rounds.list.title' },
  newMatchingRound: { path: 'coordinatie/matchingrondes/nieuw', title: 'rounds.create.title' },
  matchingRound: { path: 'coordinatie/matchingrondes/:id', title: 'rounds.detail.title' },
  // The API's introduction mails may link here: keep this path.
  introductions: { path: 'introducties', title: 'introductions.title' },
  // Transition tables, venues and regional conversations ('nieuw' before ':id')
  transitionTables: { path: 'tafels', title: 'tables.list.title' },
  newTransitionTable: { path: 'tafels/nieuw', title: 'tables.create.title' },
  transitionTable: { path: 'tafels/:id', title: 'tables.detail.title' },
  editTransitionTable: { path: 'tafels/:id/bewerken', title: 'tables.edit.title' },
  newConversation: { path: 'tafels/:id/nieuw-gesprek', title: 'conversations.create.title' },
  venues: { path: 'locaties', title: 'venues.list.title' },
  newVenue: { path: 'locaties/nieuw', title: 'venues.create.title' },
  editVenue: { path: 'locaties/:id/bewerken', title: 'venues.edit.title' },
  // The API's conversation mails link here: keep this path.
  conversation: { path: 'gesprekken/:id', title: 'conversations.detail.title' },
  editConversation: { path: 'gesprekken/:id/bewerken', title: 'conversations.edit.title' },
  conversationPlanning: { path: 'gesprekken/:id/planning', title: 'conversations.planning.title' },
  seasonPlanner: { path: 'seizoensplanner', title: 'conversations.season.title' },
  myInvitations: { path: 'uitnodigingen', title: 'conversations.invitations.title' },
  agenda: { path: 'agenda', title: 'agenda.title' },
  notifications: { path: 'meldingen', title: 'notifications.title' },
  outbox: { path: 'beheer/uitgaande-mail', title: 'outbox.title' },
  forbidden: { path: 'geen-toegang', title: 'forbidden.title' },
  notFound: { path: '**', title: 'notFound.title' },
} as const;

type AppRoute = keyof typeof appPaths;
/** Routes with a fixed path (no :parameter, no wildcard). */
type LinkableRoute = {
  [K in AppRoute]: (typeof appPaths)[K]['path'] extends `${string}:${string}` | '**' ? never : K;
}[AppRoute];

/** An absolute router link to a route of {@link appPaths}. */
export function linkTo(route: LinkableRoute): string {
  return `/${appPaths[route].path}`;
}

/** The link to one organisation's page. */
export function organisationLink(id: string): string {
  return `/${appPaths.organisations.path}/${encodeURIComponent(id)}`;
}

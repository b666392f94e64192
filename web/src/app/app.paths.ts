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
  approvals: { path: 'coordinatie/goedkeuringen', title: 'approvals.title' },
  auditLog: { path: 'coordinatie/auditlog', title: 'auditLog.title' },
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
